namespace WitSharp.Engine.Execution;

/// <summary>What one operand word of a register-IR instruction is, and so which bound it must respect.</summary>
internal enum OperandKind : byte
{
    /// <summary>A frame slot, read or written: 0 &lt;= value &lt; the function's frame size.</summary>
    Slot,
    /// <summary>A branch target: the start of an instruction in the same code array.</summary>
    Target,
    /// <summary>br_table's label count N; N + 1 <see cref="Target"/>s follow (the last is the default).</summary>
    TargetCount,
    /// <summary>A memory access's constant offset: any u32, added to the address before the bounds check.</summary>
    MemoryOffset,
    /// <summary>A function index (imports included).</summary>
    Function,
    /// <summary>A function type index.</summary>
    Type,
    /// <summary>A table index (imports included).</summary>
    Table,
    /// <summary>A global index (imports included).</summary>
    Global,
    /// <summary>A data segment index.</summary>
    Data,
    /// <summary>An element segment index.</summary>
    Element,
    /// <summary>A call's argument base slot, where the callee's frame starts: its arguments and results lie in this frame.</summary>
    CallBase,
}
