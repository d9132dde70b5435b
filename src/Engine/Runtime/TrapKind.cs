namespace WitSharp.Engine;

/// <summary>Why WebAssembly execution trapped.</summary>
public enum TrapKind
{
    /// <summary>No trap (internal marker).</summary>
    None = 0,
    /// <summary>An <c>unreachable</c> instruction ran.</summary>
    Unreachable,
    /// <summary>A load, store or bulk memory operation touched bytes outside linear memory.</summary>
    MemoryOutOfBounds,
    /// <summary>Integer division or remainder by zero.</summary>
    IntegerDivideByZero,
    /// <summary>Signed division overflow, or a float-to-integer truncation out of range.</summary>
    IntegerOverflow,
    /// <summary>A float-to-integer truncation of NaN.</summary>
    InvalidConversionToInteger,
    /// <summary><c>call_indirect</c> found a function of another type.</summary>
    IndirectCallTypeMismatch,
    /// <summary><c>call_indirect</c> found a null table element.</summary>
    UninitializedElement,
    /// <summary><c>call_indirect</c> used an index outside the table.</summary>
    UndefinedElement,
    /// <summary>A table index or range outside the table.</summary>
    TableOutOfBounds,
    /// <summary>The call depth or value stack limit was reached.</summary>
    CallStackExhausted,
    /// <summary>The store ran out of fuel.</summary>
    OutOfFuel,
    /// <summary>The store's cancellation token was signalled.</summary>
    Interrupted,
    /// <summary>A host function threw; the exception is the inner exception.</summary>
    HostError,
}
