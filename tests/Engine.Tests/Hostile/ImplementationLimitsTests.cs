using System;
using System.Collections.Generic;
using WitSharp.Engine.Binary;
using WitSharp.Engine.Model;
using WitSharp.Engine.Tests.Binary;
using L = WitSharp.Engine.Binary.ImplementationLimits;

namespace WitSharp.Engine.Tests.Hostile;

/// <summary>
/// Each implementation limit (the JS API's numbers, <see cref="ImplementationLimits"/>): a module exactly at the
/// limit decodes, one past it is rejected with "too many" and the limit. Past the limit the count alone is
/// enough (the decoder checks it before reading the items), so those modules stay a few bytes long; at the limit
/// the modules are real, up to a few megabytes, except where noted.
/// </summary>
public sealed class ImplementationLimitsTests
{
    private static readonly byte[] VoidType = { 0x01, 0x60, 0x00, 0x00 };

    /// <summary>A section holding <paramref name="count"/> copies of <paramref name="item"/> after the count.</summary>
    private static byte[] Repeated(long count, params byte[] item)
    {
        var content = new List<byte>(ModuleBytes.Leb(count));
        for (long i = 0; i < count; i++) content.AddRange(item);
        return content.ToArray();
    }

    private static void AssertTooMany(byte[] bytes, int limit, string what)
    {
        var e = Assert.Throws<WasmDecodeException>(() => ModuleDecoder.Decode(bytes));
        Assert.StartsWith("too many " + what, e.Reason);
        Assert.Contains($"{(long)limit + 1} exceeds the implementation limit of {limit}", e.Reason);
    }

    public static TheoryData<string> Sections => new() { "types", "imports", "functions", "tables", "globals", "exports", "element segments", "data segments" };

    private static (byte Id, int Limit, byte[] Item, byte[][] Before) Layout(string what) => what switch
    {
        "types" => (1, L.MaxTypes, new byte[] { 0x60, 0x00, 0x00 }, Array.Empty<byte[]>()),
        "imports" => (2, L.MaxImports, new byte[] { 0x00, 0x00, 0x00, 0x00 }, new[] { VoidType }),
        "functions" => (3, L.MaxFunctions, new byte[] { 0x00 }, new[] { VoidType }),
        "tables" => (4, L.MaxTables, new byte[] { 0x70, 0x00, 0x00 }, Array.Empty<byte[]>()),
        "globals" => (6, L.MaxGlobals, new byte[] { 0x7F, 0x00, 0x41, 0x00, 0x0B }, Array.Empty<byte[]>()),
        "exports" => (7, L.MaxExports, new byte[] { 0x00, 0x00, 0x00 }, Array.Empty<byte[]>()),
        "element segments" => (9, L.MaxElementSegments, new byte[] { 0x01, 0x00, 0x00 }, Array.Empty<byte[]>()),
        "data segments" => (11, L.MaxDataSegments, new byte[] { 0x01, 0x00 }, Array.Empty<byte[]>()),
        _ => throw new ArgumentException(what),
    };

    private static byte[] SectionModule(string what, long count, bool repeatItems)
    {
        (byte id, _, byte[] item, byte[][] before) = Layout(what);
        var module = new ModuleBytes();
        if (before.Length > 0) module.Section(1, before[0]);
        module.Section(id, repeatItems ? Repeated(count, item) : ModuleBytes.Leb(count));
        if (what == "functions") module.Section(10, Repeated(count, 0x02, 0x00, 0x0B));
        return module.ToArray();
    }

    [Theory]
    [MemberData(nameof(Sections))]
    public void OnePastASectionLimitIsRejected(string what)
    {
        AssertTooMany(SectionModule(what, Layout(what).Limit + 1L, repeatItems: false), Layout(what).Limit, what);
    }

    [Theory]
    [MemberData(nameof(Sections))]
    public void ASectionAtItsLimitDecodes(string what)
    {
        // Ten million element segments would be a gigabyte of segment objects: that one is checked at 1/100 scale
        // (the check is the same comparison against the constant as for the others).
        int limit = Layout(what).Limit;
        long count = what == "element segments" ? limit / 100 : limit;
        ModuleDefinition module = ModuleDecoder.Decode(SectionModule(what, count, repeatItems: true));
        int decoded = what switch
        {
            "types" => module.Types.Length,
            "imports" => module.Imports.Length,
            "functions" => module.Functions.Length,
            "tables" => module.Tables.Length,
            "globals" => module.Globals.Length,
            "exports" => module.Exports.Length,
            "element segments" => module.Elements.Length,
            _ => module.Datas.Length,
        };
        Assert.Equal(count, decoded);
    }

    [Fact]
    public void ImportedTablesCountTowardTheTableLimit()
    {
        byte[] tableImport = { 0x00, 0x00, 0x01, 0x70, 0x00, 0x00 };
        byte[] bytes = new ModuleBytes()
            .Section(2, Repeated(L.MaxTables / 2, tableImport))
            .Section(4, Repeated(L.MaxTables / 2 + 1, 0x70, 0x00, 0x00))
            .ToArray();
        AssertTooMany(bytes, L.MaxTables, "tables");
        bytes = new ModuleBytes()
            .Section(2, Repeated(L.MaxTables / 2, tableImport))
            .Section(4, Repeated(L.MaxTables / 2, 0x70, 0x00, 0x00))
            .ToArray();
        Assert.Equal(L.MaxTables / 2, ModuleDecoder.Decode(bytes).Tables.Length);
    }

    private static byte[] FunctionType(int parameters, int results)
    {
        var type = new List<byte> { 0x01, 0x60 };
        type.AddRange(ModuleBytes.Leb(parameters));
        for (int i = 0; i < parameters; i++) type.Add(0x7F);
        type.AddRange(ModuleBytes.Leb(results));
        for (int i = 0; i < results; i++) type.Add(0x7F);
        return new ModuleBytes().Section(1, type.ToArray()).ToArray();
    }

    [Fact]
    public void ParametersAndResultsOfAFunctionType()
    {
        Assert.Equal(L.MaxFunctionParameters, ModuleDecoder.Decode(FunctionType(L.MaxFunctionParameters, 0)).Types[0].Parameters.Length);
        Assert.Equal(L.MaxFunctionResults, ModuleDecoder.Decode(FunctionType(0, L.MaxFunctionResults)).Types[0].Results.Length);
        AssertTooMany(FunctionType(L.MaxFunctionParameters + 1, 0), L.MaxFunctionParameters, "parameters");
        AssertTooMany(FunctionType(0, L.MaxFunctionResults + 1), L.MaxFunctionResults, "results");
    }

    /// <summary>One function whose body is <paramref name="size"/> bytes: no locals, nops, end.</summary>
    private static byte[] BodyOfSize(int size)
    {
        var code = new List<byte>(size + 8) { 0x01 };
        code.AddRange(ModuleBytes.Leb(size));
        code.Add(0x00);
        for (int i = 0; i < size - 2; i++) code.Add(0x01);
        code.Add(0x0B);
        return new ModuleBytes().Section(1, VoidType).Section(3, 0x01, 0x00).Section(10, code.ToArray()).ToArray();
    }

    [Fact]
    public void FunctionBodySize()
    {
        var engine = new WasmEngine();
        Assert.Equal(L.MaxFunctionBodySize - 1, engine.LoadModule(BodyOfSize(L.MaxFunctionBodySize)).Definition.Functions[0].Body.Code.Length);
        // Past the limit the size field alone is rejected, before the bytes are looked at.
        byte[] bytes = new ModuleBytes().Section(1, VoidType).Section(3, 0x01, 0x00)
            .Section(10, ModuleBytes.Concat(new byte[] { 0x01 }, ModuleBytes.Leb(L.MaxFunctionBodySize + 1L)))
            .ToArray();
        AssertTooMany(bytes, L.MaxFunctionBodySize, "bytes in the body of function 0");
    }

    [Fact]
    public void ModuleSize()
    {
        // A 1 GiB array of untouched zero pages: only the header and section framing are written and read.
        byte[] bytes = new byte[L.MaxModuleSize];
        byte[] header = { 0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00, 0x00 };
        header.CopyTo(bytes, 0);
        // A custom section filling the rest: a 5-byte size, then an empty name (the zero byte at 14).
        FixedLeb5(L.MaxModuleSize - 9 - 5).CopyTo(bytes, 9);
        bytes[14] = 0x00; // custom section name: empty
        Assert.Single(ModuleDecoder.Decode(bytes).CustomSections);
        bytes = null!;
        GC.Collect();
        var past = new ReadOnlyMemory<byte>(new byte[L.MaxModuleSize + 1]);
        var e = Assert.Throws<WasmDecodeException>(() => ModuleDecoder.Decode(past));
        Assert.StartsWith("too many bytes in the module", e.Reason);
    }

    private static byte[] FixedLeb5(int value) => new byte[]
    {
        (byte)(0x80 | (value & 0x7F)), (byte)(0x80 | ((value >> 7) & 0x7F)), (byte)(0x80 | ((value >> 14) & 0x7F)),
        (byte)(0x80 | ((value >> 21) & 0x7F)), (byte)((value >> 28) & 0x0F),
    };
}
