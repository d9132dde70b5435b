using WitSharp.Engine.Binary;
using WitSharp.Engine.Tests.Binary;
using WitSharp.Engine.Validation;

namespace WitSharp.Engine.Tests.Validation;

/// <summary>Typing rules of individual instructions, on hand-built one-function modules.</summary>
public sealed class InstructionTypingTests
{
    private static string InvalidReason(byte[] module) =>
        Assert.Throws<WasmValidationException>(() => ModuleValidator.Validate(ModuleDecoder.Decode(module))).Reason;

    private static void Valid(byte[] module) => ModuleValidator.Validate(ModuleDecoder.Decode(module));

    [Fact]
    public void BrTableTargetsMustAgreeInArity()
    {
        // block (result i32) block  i32.const 0 i32.const 0 br_table [0] 1  end i32.const 0 end drop: label 0 carries [], label 1 [i32].
        byte[] code = { 0x02, 0x7F, 0x02, 0x40, 0x41, 0x00, 0x41, 0x00, 0x0E, 0x01, 0x00, 0x01, 0x0B, 0x41, 0x00, 0x0B, 0x1A, 0x0B };
        Assert.Equal("type mismatch", InvalidReason(new ModuleBytes().OneFunction(code).ToArray()));
        // Same arity: block (result i32) block (result i32) i32.const 0 i32.const 0 br_table [0] 1 end end drop.
        byte[] same = { 0x02, 0x7F, 0x02, 0x7F, 0x41, 0x00, 0x41, 0x00, 0x0E, 0x01, 0x00, 0x01, 0x0B, 0x0B, 0x1A, 0x0B };
        Valid(new ModuleBytes().OneFunction(same).ToArray());
    }

    [Fact]
    public void TypedSelectTakesExactlyOneType()
    {
        byte[] two = { 0x41, 0x01, 0x41, 0x02, 0x41, 0x00, 0x1C, 0x02, 0x7F, 0x7F, 0x1A, 0x0B };
        Assert.Equal("invalid result arity", InvalidReason(new ModuleBytes().OneFunction(two).ToArray()));
        byte[] one = { 0x41, 0x01, 0x41, 0x02, 0x41, 0x00, 0x1C, 0x01, 0x7F, 0x1A, 0x0B };
        Valid(new ModuleBytes().OneFunction(one).ToArray());
    }

    [Fact]
    public void UntypedSelectRejectsReferences()
    {
        byte[] code = { 0xD0, 0x70, 0xD0, 0x70, 0x41, 0x00, 0x1B, 0x1A, 0x0B };
        Assert.Equal("type mismatch", InvalidReason(new ModuleBytes().OneFunction(code).ToArray()));
    }

    [Fact]
    public void IfWithoutElseMustPassItsParametersThrough()
    {
        // i32.const 1 if (result i32) i32.const 2 end drop
        byte[] code = { 0x41, 0x01, 0x04, 0x7F, 0x41, 0x02, 0x0B, 0x1A, 0x0B };
        Assert.Equal("type mismatch", InvalidReason(new ModuleBytes().OneFunction(code).ToArray()));
        byte[] withElse = { 0x41, 0x01, 0x04, 0x7F, 0x41, 0x02, 0x05, 0x41, 0x03, 0x0B, 0x1A, 0x0B };
        Valid(new ModuleBytes().OneFunction(withElse).ToArray());
    }

    [Fact]
    public void MemoryInstructionsNeedAMemoryAndNaturalAlignment()
    {
        // i32.const 0 i32.load align=4 offset=0 drop  -- no memory.
        byte[] load = { 0x41, 0x00, 0x28, 0x02, 0x00, 0x1A, 0x0B };
        Assert.Equal("unknown memory 0", InvalidReason(new ModuleBytes().OneFunction(load).ToArray()));
        byte[] overAligned = { 0x41, 0x00, 0x28, 0x03, 0x00, 0x1A, 0x0B };
        byte[] module = new ModuleBytes()
            .Section(1, 0x01, 0x60, 0x00, 0x00)
            .Section(3, 0x01, 0x00)
            .Section(5, 0x01, 0x00, 0x01)
            .Section(10, ModuleBytes.Concat(new byte[] { 0x01, (byte)(overAligned.Length + 1), 0x00 }, overAligned))
            .ToArray();
        Assert.Equal("alignment must not be larger than natural", InvalidReason(module));
    }

    [Fact]
    public void DataDropNeedsTheDataCountSectionWhenThereIsData()
    {
        // Memory, a passive data segment, data.drop 0 in the body, but no data count section: malformed.
        byte[] module = new ModuleBytes()
            .Section(1, 0x01, 0x60, 0x00, 0x00)
            .Section(3, 0x01, 0x00)
            .Section(5, 0x01, 0x00, 0x01)
            .Section(10, 0x01, 0x05, 0x00, 0xFC, 0x09, 0x00, 0x0B)
            .Section(11, 0x01, 0x01, 0x00)
            .ToArray();
        var e = Assert.Throws<WasmDecodeException>(() => ModuleValidator.Validate(ModuleDecoder.Decode(module)));
        Assert.Equal("data count section required", e.Reason);
    }

    [Fact]
    public void GlobalSetNeedsAMutableGlobal()
    {
        byte[] module = new ModuleBytes()
            .Section(1, 0x01, 0x60, 0x00, 0x00)
            .Section(3, 0x01, 0x00)
            .Section(6, 0x01, 0x7F, 0x00, 0x41, 0x00, 0x0B)
            .Section(10, 0x01, 0x06, 0x00, 0x41, 0x01, 0x24, 0x00, 0x0B)
            .ToArray();
        Assert.Equal("global is immutable", InvalidReason(module));
    }

    [Fact]
    public void CallIndirectNeedsAFuncrefTable()
    {
        // Table of externref; i32.const 0 call_indirect (type 0) (table 0).
        byte[] module = new ModuleBytes()
            .Section(1, 0x01, 0x60, 0x00, 0x00)
            .Section(3, 0x01, 0x00)
            .Section(4, 0x01, 0x6F, 0x00, 0x01)
            .Section(10, 0x01, 0x07, 0x00, 0x41, 0x00, 0x11, 0x00, 0x00, 0x0B)
            .ToArray();
        Assert.Equal("type mismatch", InvalidReason(module));
    }

    [Fact]
    public void FunctionBodyMustEndExactlyAtItsEnd()
    {
        var early = Assert.Throws<WasmDecodeException>(() => ModuleValidator.Validate(ModuleDecoder.Decode(new ModuleBytes().OneFunction(0x01).ToArray())));
        Assert.Equal("END opcode expected", early.Reason);
        var trailing = Assert.Throws<WasmDecodeException>(() => ModuleValidator.Validate(ModuleDecoder.Decode(new ModuleBytes().OneFunction(0x0B, 0x01).ToArray())));
        Assert.Equal("section size mismatch", trailing.Reason);
    }
}
