using System;
using WitSharp.Engine.Binary;
using WitSharp.Engine.Validation;

namespace WitSharp.Engine.Tests.Binary;

/// <summary>Proposals outside WebAssembly 2.0 are refused with a clean "unsupported feature … at offset N".</summary>
public sealed class UnsupportedFeatureTests
{
    private static WasmDecodeException Reject(byte[] module) =>
        Assert.Throws<WasmDecodeException>(() => ModuleValidator.Validate(ModuleDecoder.Decode(module)));

    // The body starts after: header 8, type section 6, function section 4, code section id+size 2, count 1, body size 1, locals 1.
    private const int FirstInstructionOffset = 23;

    [Theory]
    [InlineData(new byte[] { 0xFD, 0x0C }, "SIMD")]
    [InlineData(new byte[] { 0xFE, 0x03, 0x00 }, "threads")]
    [InlineData(new byte[] { 0x06, 0x40 }, "exception handling")]
    [InlineData(new byte[] { 0x12, 0x00 }, "tail calls")]
    [InlineData(new byte[] { 0x14, 0x00 }, "typed function references")]
    [InlineData(new byte[] { 0xFB, 0x00 }, "garbage collection")]
    public void InstructionsFromOtherProposals(byte[] instruction, string feature)
    {
        byte[] code = ModuleBytes.Concat(instruction, new byte[] { 0x0B });
        WasmDecodeException e = Reject(new ModuleBytes().OneFunction(code).ToArray());
        Assert.StartsWith("unsupported feature " + feature, e.Reason);
        Assert.Equal(FirstInstructionOffset, e.Offset);
        Assert.EndsWith($" at offset {FirstInstructionOffset}", e.Message);
    }

    [Fact]
    public void V128ValueType()
    {
        WasmDecodeException e = Reject(new ModuleBytes().Section(1, 0x01, 0x60, 0x01, 0x7B, 0x00).ToArray());
        Assert.StartsWith("unsupported feature SIMD", e.Reason);
        Assert.Equal(13, e.Offset);
    }

    [Fact]
    public void SharedMemoryAndMemory64()
    {
        Assert.StartsWith("unsupported feature threads", Reject(new ModuleBytes().Section(5, 0x01, 0x03, 0x01, 0x02).ToArray()).Reason);
        Assert.StartsWith("unsupported feature memory64", Reject(new ModuleBytes().Section(5, 0x01, 0x04, 0x01).ToArray()).Reason);
    }

    [Fact]
    public void TagSectionAndGcTypes()
    {
        Assert.StartsWith("unsupported feature exception handling", Reject(new ModuleBytes().Section(13, 0x00).ToArray()).Reason);
        Assert.StartsWith("unsupported feature garbage collection", Reject(new ModuleBytes().Section(1, 0x01, 0x5F, 0x00).ToArray()).Reason);
    }

    [Fact]
    public void MultipleMemoriesAreInvalidIn20()
    {
        var e = Assert.Throws<WasmValidationException>(() => ModuleValidator.Validate(ModuleDecoder.Decode(new ModuleBytes().Section(5, 0x02, 0x00, 0x01, 0x00, 0x01).ToArray())));
        Assert.Equal("multiple memories", e.Reason);
    }

    [Fact]
    public void UnknownOpcodeIsIllegal()
    {
        WasmDecodeException e = Reject(new ModuleBytes().OneFunction(0xFF, 0x0B).ToArray());
        Assert.Equal("illegal opcode", e.Reason);
        Assert.Equal(FirstInstructionOffset, e.Offset);
    }
}
