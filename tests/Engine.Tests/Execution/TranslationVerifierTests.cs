using System;
using WitSharp.Engine.Binary;
using WitSharp.Engine.Execution;
using WitSharp.Engine.Model;
using WitSharp.Engine.Tests.Binary;

namespace WitSharp.Engine.Tests.Execution;

/// <summary>
/// The translation verifier rejects register IR that would make the interpreter's unchecked accesses leave
/// their arrays. (That the translator's own output always passes is checked wherever it translates: the spec
/// suite, the kernels and <see cref="TranslationRobustnessTests"/> run with the verifier on.)
/// </summary>
public sealed class TranslationVerifierTests
{
    // (func (param i32) (result i32) local.get 0): no memory, no globals, no tables, one function.
    private static readonly ModuleDefinition Module = ModuleDecoder.Decode(new ModuleBytes()
        .Section(1, 0x01, 0x60, 0x01, 0x7F, 0x01, 0x7F)
        .Section(3, 0x01, 0x00)
        .Section(10, 0x01, 0x04, 0x00, 0x20, 0x00, 0x0B)
        .ToArray());

    private static CompiledFunction Function(int[] code, int frameSize = 2, ulong[]? constants = null) =>
        new(code, constants ?? Array.Empty<ulong>(), parameterCount: 1, localSlotCount: 1, constantBase: 1, resultCount: 1, frameSize);

    [Fact]
    public void EveryOpHasAnOperandLayout()
    {
        foreach (Op op in Enum.GetValues<Op>()) Assert.True(OpLayout.Of(op) is not null, $"{op} has no layout");
    }

    [Fact]
    public void TheTranslatorsOutputPasses()
    {
        CompiledFunction compiled = Translator.Translate(Module, 0);
        TranslationVerifier.Verify(Module, 0, compiled);
        TranslationVerifier.Verify(Module, 0, Function(new[] { (int)Op.Copy, 0, 1, (int)Op.Br, 0 }));
    }

    public static TheoryData<string, int[], int> Violations => new()
    {
        { "slot 5 outside the frame", new[] { (int)Op.Copy, 0, 5, (int)Op.Return }, 2 },
        { "slot -1 outside the frame", new[] { (int)Op.Copy, -1, 0, (int)Op.Return }, 2 },
        { "slot 16777216 outside the frame", new[] { (int)Op.I64Add, 0, 16777216, 1, (int)Op.Return }, 2 },
        { "branch target 100 is not an instruction start", new[] { (int)Op.Br, 100 }, 2 },
        { "branch target 1 is not an instruction start", new[] { (int)Op.Copy, 0, 1, (int)Op.Br, 1 }, 2 },
        { "branch target -4 is not an instruction start", new[] { (int)Op.BrIfNez, 0, -4, (int)Op.Return }, 2 },
        { "opcode 9999 has no operand layout", new[] { 9999 }, 2 },
        { "runs past the end of the code", new[] { (int)Op.Copy, 0 }, 2 },
        { "falls through past the end", new[] { (int)Op.Copy, 0, 1 }, 2 },
        { "function 5 out of range", new[] { (int)Op.Call, 5, 0, (int)Op.Return }, 2 },
        { "arguments and results at slots 2..3 outside the frame", new[] { (int)Op.Call, 0, 2, (int)Op.Return }, 2 },
        { "arguments and results at slots 1..2 outside the frame", new[] { (int)Op.Call, 0, 1, (int)Op.Return }, 1 },
        { "global 3 out of range", new[] { (int)Op.GlobalGet, 0, 3, (int)Op.Return }, 2 },
        { "table 0 out of range", new[] { (int)Op.CallIndirect, 0, 0, 0, 0, (int)Op.Return }, 2 },
        { "data segment 0 out of range", new[] { (int)Op.DataDrop, 0, (int)Op.Return }, 2 },
        { "element segment 2 out of range", new[] { (int)Op.ElemDrop, 2, (int)Op.Return }, 2 },
        { "I32Load without a memory", new[] { (int)Op.I32Load, 0, 1, 0, (int)Op.Return }, 2 },
        { "5 labels run past the end", new[] { (int)Op.BrTable, 0, 5, 0 }, 2 },
        { "does not fit frame size 0", new[] { (int)Op.Return }, 0 },
    };

    [Theory]
    [MemberData(nameof(Violations))]
    public void AViolationIsAnInternalErrorAtTranslation(string expected, int[] code, int frameSize)
    {
        var e = Assert.Throws<TranslationInvariantException>(() => TranslationVerifier.Verify(Module, 0, Function(code, frameSize)));
        Assert.Contains(expected, e.Message);
        Assert.StartsWith("internal error: translation invariant violated in function 0", e.Message);
    }

    [Fact]
    public void ConstantsMustFitTheFrame()
    {
        var e = Assert.Throws<TranslationInvariantException>(() =>
            TranslationVerifier.Verify(Module, 0, Function(new[] { (int)Op.Return }, 2, new ulong[] { 1, 2 })));
        Assert.Contains("constants 1+2", e.Message);
    }
}
