namespace WitSharp.Engine.Execution;

/// <summary>
/// The operand layout of every <see cref="Op"/> as data: which words follow the opcode and what each is. The table
/// (<c>Declared()</c>) is generated from the <see cref="OperandsAttribute"/> on each member of <see cref="Op"/>, as
/// are the interpreter's steps (<see cref="OpWidth"/>); the translator emits by it, <see cref="TranslationVerifier"/>
/// checks every translated function against it and the CIL tier walks code with it.
/// </summary>
internal static partial class OpLayout
{
    private static readonly OperandKind[]?[] Layouts = Declared();

    /// <summary>The operands of <paramref name="op"/>, or null when it is not an opcode of the IR.</summary>
    public static OperandKind[]? Of(Op op) => (uint)op < (uint)Layouts.Length ? Layouts[(int)op] : null;

    /// <summary>
    /// How many of <paramref name="op"/>'s operands, from the first, are frame slots. The translator places the
    /// destination and pops the sources by this count; the operands after them are immediates.
    /// </summary>
    public static int LeadingSlots(Op op)
    {
        OperandKind[] layout = Of(op)!;
        int count = 0;
        while (count < layout.Length && layout[count] == OperandKind.Slot) count++;
        return count;
    }

    /// <summary>True for instructions that access linear memory (the module must have one).</summary>
    public static bool UsesMemory(Op op) =>
        (op >= Op.I32Load && op <= Op.MemoryGrow) || op == Op.MemoryInit || op == Op.MemoryCopy || op == Op.MemoryFill
        || op == Op.I32LoadAdd || op == Op.I64LoadAdd || op == Op.I32Load8UAdd;

    /// <summary>True for instructions after which execution never falls through to the next word.</summary>
    public static bool EndsFlow(Op op) => op is Op.Br or Op.BrTable or Op.Return or Op.Unreachable;
}
