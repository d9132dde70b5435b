using WitSharp.Engine.Model;

namespace WitSharp.Engine.Binary;

/// <summary>
/// One decoded instruction with its immediates, filled in place by <see cref="InstructionReader.Read"/>
/// (a mutable struct so that decoding allocates nothing). Which fields are meaningful depends on <see cref="Opcode"/>.
/// </summary>
public struct Instruction
{
    /// <summary>The instruction.</summary>
    public Opcode Opcode;

    /// <summary>The absolute byte offset of the instruction's first byte in the module binary.</summary>
    public int Offset;

    /// <summary>
    /// The first index immediate: label (<c>br</c>, <c>br_if</c>), function (<c>call</c>, <c>ref.func</c>), type
    /// (<c>call_indirect</c>), local, global, table (<c>table.get/set/grow/size/fill</c>, destination of <c>table.copy</c>),
    /// element segment (<c>table.init</c>, <c>elem.drop</c>), data segment (<c>memory.init</c>, <c>data.drop</c>),
    /// memory (<c>memory.size/grow/fill</c>, destination of <c>memory.copy</c>); for <c>br_table</c>, the target count
    /// (not counting the default).
    /// </summary>
    public uint Index;

    /// <summary>
    /// The second index immediate: table of <c>call_indirect</c> and <c>table.init</c>, source of
    /// <c>table.copy</c>/<c>memory.copy</c>, memory of <c>memory.init</c>; for <c>br_table</c>, the default label.
    /// </summary>
    public uint Index2;

    /// <summary>Constant bits (<c>i32.const</c> sign-extended to 64 bits, <c>i64.const</c>, float bit patterns) or a memory access offset.</summary>
    public ulong Value;

    /// <summary>The alignment exponent of a memory access.</summary>
    public uint Alignment;

    /// <summary>The block type of <c>block</c>, <c>loop</c>, <c>if</c>.</summary>
    public BlockType BlockType;

    /// <summary>The type of <c>ref.null</c>, or the (first) annotated type of typed <c>select</c>.</summary>
    public ValType ValueType;

    /// <summary>For typed <c>select</c>: how many types were annotated (2.0 allows exactly one).</summary>
    public uint TypeCount;

    /// <summary>For <c>br_table</c>: the position (relative to the reader's span) of the first target's LEB128.</summary>
    public int TargetsPosition;

    /// <summary>The value of <c>i32.const</c>.</summary>
    public readonly int I32 => unchecked((int)Value);

    /// <summary>The value of <c>i64.const</c>.</summary>
    public readonly long I64 => unchecked((long)Value);
}
