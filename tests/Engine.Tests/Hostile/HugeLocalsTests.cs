using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using WitSharp.Engine.Binary;
using WitSharp.Engine.Execution;
using WitSharp.Engine.Model;
using WitSharp.Engine.Tests.Binary;
using WitSharp.Engine.Tests.Compilation;
using WitSharp.Engine.Validation;


namespace WitSharp.Engine.Tests.Hostile;

/// <summary>
/// Issue #10's critical finding: a valid module declaring 2^31 locals and then writing local 0x1000000 made the
/// interpreter write outside its value stack. Such modules are now rejected at decode with the locals limit
/// named, and a function at the limit runs safely.
/// </summary>
public sealed class HugeLocalsTests
{
    /// <summary>
    /// (func (export "f") (result i64) (local i64 × <paramref name="runs"/>) i64.const 0x4141414141414141
    /// local.set <paramref name="index"/> local.get <paramref name="index"/>), with <paramref name="parameters"/> i64 parameters.
    /// </summary>
    internal static byte[] Module(IReadOnlyList<uint> runs, uint index, int parameters = 0)
    {
        var type = new List<byte> { 0x01, 0x60 };
        type.AddRange(ModuleBytes.Leb(parameters));
        for (int i = 0; i < parameters; i++) type.Add(0x7E);
        type.AddRange(new byte[] { 0x01, 0x7E });
        var body = new List<byte>(ModuleBytes.Leb(runs.Count));
        foreach (uint run in runs)
        {
            body.AddRange(ModuleBytes.Leb(run));
            body.Add(0x7E);
        }
        body.Add(0x42);
        body.AddRange(SignedLeb(0x4141414141414141));
        body.Add(0x21);
        body.AddRange(ModuleBytes.Leb(index));
        body.Add(0x20);
        body.AddRange(ModuleBytes.Leb(index));
        body.Add(0x0B);
        var code = new List<byte> { 0x01 };
        code.AddRange(ModuleBytes.Leb(body.Count));
        code.AddRange(body);
        return new ModuleBytes()
            .Section(1, type.ToArray())
            .Section(3, 0x01, 0x00)
            .Section(7, ModuleBytes.Concat(new byte[] { 0x01 }, ModuleBytes.Name("f"), new byte[] { 0x00, 0x00 }))
            .Section(10, code.ToArray())
            .ToArray();
    }

    private static byte[] SignedLeb(long value)
    {
        var result = new List<byte>();
        while (true)
        {
            byte b = (byte)(value & 0x7F);
            value >>= 7;
            bool done = (value == 0 && (b & 0x40) == 0) || (value == -1 && (b & 0x40) != 0);
            result.Add(done ? b : (byte)(b | 0x80));
            if (done) return result.ToArray();
        }
    }

    private static WasmDecodeException Rejected(byte[] bytes)
    {
        var engine = new WasmEngine();
        return Assert.Throws<WasmDecodeException>(() => engine.LoadModule(bytes));
    }

    [Fact]
    public void TheReportedModuleIsRejectedNamingTheLocalsLimit()
    {
        byte[] bytes = Module(new uint[] { 1u << 31 }, 0x1000000);
        WasmDecodeException e = Rejected(bytes);
        Assert.StartsWith("too many locals", e.Reason);
        Assert.Contains("function 0", e.Reason);
        Assert.Contains("2147483648", e.Reason);
        Assert.Contains(ImplementationLimits.MaxFunctionLocals.ToString(), e.Reason);
    }

    [Theory]
    // Runs that wrap a 32-bit sum to small numbers, and runs that only together pass the limit.
    [InlineData(new uint[] { 0x40000000, 0x40000000, 0x40000000, 0x40000000, 5 }, 3u)]
    [InlineData(new uint[] { 0xFFFFFFFF, 2 }, 1u)]
    [InlineData(new uint[] { 25_000, 25_001 }, 50_000u)]
    [InlineData(new uint[] { 1, 1, 1, 49_998 }, 100u)]
    [InlineData(new uint[] { 0x7FFFFFFF, 0x7FFFFFFF, 0x7FFFFFFF }, 0x1000000u)]
    public void LocalCountsPastTheLimitAcrossSeveralRunsAreRejected(uint[] runs, uint index)
    {
        Assert.StartsWith("too many locals", Rejected(Module(runs, index)).Reason);
    }

    [Fact]
    public void ParametersCountTowardTheLocalsLimit()
    {
        Assert.StartsWith("too many locals", Rejected(Module(new uint[] { 49_001 }, 0, parameters: 1_000)).Reason);
    }

    [Theory]
    [MemberData(nameof(Tiers.All), MemberType = typeof(Tiers))]
    public void AFunctionAtTheLocalsLimitRunsAndWritesItsLastLocal(CompilationMode mode)
    {
        const int limit = ImplementationLimits.MaxFunctionLocals;
        foreach ((uint[] runs, int parameters) in new[] { (new uint[] { limit }, 0), (new uint[] { 20_000, limit - 20_000 - 1_000 }, 1_000) })
        {
            var engine = new WasmEngine(Tiers.Options(mode));
            WasmModule module = engine.LoadModule(Module(runs, limit - 1, parameters));
            WasmInstance instance = new WasmLinker(engine).Instantiate(new WasmStore(engine), module);
            var arguments = new WasmValue[parameters];
            for (int i = 0; i < parameters; i++) arguments[i] = WasmValue.I64(i);
            WasmValue result = Assert.Single(instance.GetFunction("f")!.Invoke(arguments));
            Assert.Equal(0x4141414141414141, result.AsI64());
        }
    }

    [Fact]
    public void ALocalIndexPastTheFrameIsInvalid()
    {
        var engine = new WasmEngine();
        Assert.Throws<WasmValidationException>(() => engine.LoadModule(Module(new uint[] { 10 }, 10)));
        Assert.Throws<WasmValidationException>(() => engine.LoadModule(Module(new uint[] { 10 }, 0x1000000)));
    }

    [Fact]
    public void TheTranslatorRefusesSuchAFrameEvenWhenTheDecoderIsBypassed()
    {
        // Defence in depth: a module definition built in code, never decoded, with the reported body.
        byte[] bytes = Module(new uint[] { 1 }, 0);
        ModuleDefinition decoded = ModuleDecoder.Decode(bytes);
        FunctionBody body = decoded.Functions[0].Body;
        var huge = new FunctionBody(
            ImmutableArray.Create(new LocalDeclaration(1u << 31, ValType.I64)),
            1u << 31, body.Code, body.CodeOffset);
        var module = new ModuleDefinition
        {
            Types = decoded.Types,
            Functions = ImmutableArray.Create(new FunctionDefinition(0, huge)),
        };
        var e = Assert.ThrowsAny<InvalidOperationException>(() => Translator.Translate(module, 0));
        Assert.StartsWith("internal error", e.Message);
    }
}
