using System.Linq;
using WitSharp.Engine.Binary;
using WitSharp.Engine.Model;

namespace WitSharp.Engine.Tests.Binary;

public sealed class ModuleDecoderTests
{
    [Fact]
    public void DecodesFunctionBodiesAsByteRanges()
    {
        // (func (local i32 i32) (local i64) i32.const 7 drop)
        byte[] bytes = new ModuleBytes()
            .Section(1, 0x01, 0x60, 0x00, 0x00)
            .Section(3, 0x01, 0x00)
            .Section(10, 0x01, 0x09, 0x02, 0x02, 0x7F, 0x01, 0x7E, 0x41, 0x07, 0x1A, 0x0B)
            .ToArray();
        ModuleDefinition module = ModuleDecoder.Decode(bytes);
        FunctionBody body = Assert.Single(module.Functions).Body;
        Assert.Equal(new[] { new LocalDeclaration(2, ValType.I32), new LocalDeclaration(1, ValType.I64) }, body.Locals.ToArray());
        Assert.Equal(3u, body.LocalCount);
        Assert.Equal(new byte[] { 0x41, 0x07, 0x1A, 0x0B }, body.Code.ToArray());
        Assert.Equal(bytes.Length - 4, body.CodeOffset);
    }

    [Fact]
    public void NameSectionGivesModuleFunctionAndLocalNames()
    {
        byte[] names = ModuleBytes.Concat(
            new byte[] { 0x00 }, ModuleBytes.Leb(4), ModuleBytes.Name("mod"),
            new byte[] { 0x01 }, ModuleBytes.Leb(7), new byte[] { 0x01, 0x00 }, ModuleBytes.Name("main"),
            new byte[] { 0x02 }, ModuleBytes.Leb(6), new byte[] { 0x01, 0x00, 0x01, 0x00 }, ModuleBytes.Name("x"));
        byte[] bytes = new ModuleBytes().OneFunction(0x0B).Custom("name", names).ToArray();
        ModuleDefinition module = ModuleDecoder.Decode(bytes);
        Assert.Equal("mod", module.Names.ModuleName);
        Assert.Equal("main", module.Names.FunctionNames[0]);
        Assert.Equal("x", module.Names.LocalNames[0][0]);
        Assert.Equal("name", Assert.Single(module.CustomSections).Name);
    }

    [Fact]
    public void MalformedNameSectionIsIgnored()
    {
        // Function-names subsection claims 9 bytes but the section ends first.
        byte[] bytes = new ModuleBytes().OneFunction(0x0B).Custom("name", 0x01, 0x09, 0x01, 0x00).ToArray();
        ModuleDefinition module = ModuleDecoder.Decode(bytes);
        Assert.Null(module.Names.ModuleName);
        Assert.Empty(module.Names.FunctionNames);
        Assert.Single(module.CustomSections);
    }

    [Fact]
    public void AllEightElementSegmentForms()
    {
        byte[] offset = { 0x41, 0x00, 0x0B };
        byte[] refFunc = { 0xD2, 0x00, 0x0B };
        byte[] elements = ModuleBytes.Concat(
            new byte[] { 0x08 },
            new byte[] { 0x00 }, offset, new byte[] { 0x01, 0x00 },
            new byte[] { 0x01, 0x00, 0x01, 0x00 },
            new byte[] { 0x02, 0x00 }, offset, new byte[] { 0x00, 0x01, 0x00 },
            new byte[] { 0x03, 0x00, 0x01, 0x00 },
            new byte[] { 0x04 }, offset, new byte[] { 0x01 }, refFunc,
            new byte[] { 0x05, 0x70, 0x01 }, refFunc,
            new byte[] { 0x06, 0x00 }, offset, new byte[] { 0x70, 0x01 }, refFunc,
            new byte[] { 0x07, 0x6F, 0x01, 0xD0, 0x6F, 0x0B });
        byte[] bytes = new ModuleBytes()
            .Section(1, 0x01, 0x60, 0x00, 0x00)
            .Section(3, 0x01, 0x00)
            .Section(4, 0x01, 0x70, 0x00, 0x01)
            .Section(9, elements)
            .Section(10, 0x01, 0x02, 0x00, 0x0B)
            .ToArray();
        ModuleDefinition module = ModuleDecoder.Decode(bytes);
        Assert.Equal(
            new[] { SegmentMode.Active, SegmentMode.Passive, SegmentMode.Active, SegmentMode.Declarative, SegmentMode.Active, SegmentMode.Passive, SegmentMode.Active, SegmentMode.Declarative },
            module.Elements.Select(e => e.Mode).ToArray());
        Assert.Equal(Enumerable.Range(0, 8).Select(i => (byte)i).ToArray(), module.Elements.Select(e => e.Form).ToArray());
        Assert.All(module.Elements.Take(7), e => Assert.Equal(ValType.FuncRef, e.ElementType));
        Assert.Equal(ValType.ExternRef, module.Elements[7].ElementType);
        Assert.All(module.Elements.Take(7), e => Assert.Equal(ConstantExpressionKind.RefFunc, Assert.Single(e.Items).Kind));
        Assert.Equal(ConstantExpressionKind.RefNull, Assert.Single(module.Elements[7].Items).Kind);
        Assert.Equal(0, module.Elements[0].Offset!.I32);
        WitSharp.Engine.Validation.ModuleValidator.Validate(module);
    }

    [Theory]
    [InlineData(new byte[] { 0x00, 0x61, 0x73 }, "unexpected end")]
    [InlineData(new byte[] { 0x00, 0x61, 0x73, 0x6E, 0x01, 0x00, 0x00, 0x00 }, "magic header not detected")]
    [InlineData(new byte[] { 0x00, 0x61, 0x73, 0x6D, 0x02, 0x00, 0x00, 0x00 }, "unknown binary version")]
    [InlineData(new byte[] { 0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00, 0x0E, 0x00 }, "malformed section id")]
    [InlineData(new byte[] { 0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00, 0x03, 0x01, 0x00, 0x01, 0x01, 0x00 }, "unexpected content after last section")]
    [InlineData(new byte[] { 0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00, 0x03, 0x02, 0x01, 0x00 }, "function and code section have inconsistent lengths")]
    [InlineData(new byte[] { 0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00, 0x0C, 0x01, 0x01 }, "data count and data section have inconsistent lengths")]
    [InlineData(new byte[] { 0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00, 0x01, 0x02, 0x00, 0x00 }, "section size mismatch")]
    public void MalformedBinaries(byte[] bytes, string reason)
    {
        Assert.Equal(reason, Assert.Throws<WasmDecodeException>(() => ModuleDecoder.Decode(bytes)).Reason);
    }

    [Fact]
    public void ComponentBinaryIsNamedInTheError()
    {
        byte[] component = { 0x00, 0x61, 0x73, 0x6D, 0x0D, 0x00, 0x01, 0x00 };
        Assert.Contains("component", Assert.Throws<WasmDecodeException>(() => ModuleDecoder.Decode(component)).Message);
    }
}
