namespace WitSharp.Engine.Execution;

/// <summary>Where a translated value lives; all but <see cref="Absolute"/> are relocated when the frame layout is final.</summary>
internal enum SlotKind : byte
{
    /// <summary>An absolute frame slot: parameters, locals, and result slots 0..n-1.</summary>
    Absolute,
    /// <summary>An operand-stack temporary, indexed by stack height.</summary>
    Temp,
    /// <summary>An entry of the function's constant pool.</summary>
    Const,
    /// <summary>A hidden local the translator allocates (saved <c>if</c> parameters).</summary>
    Hidden,
}

/// <summary>
/// One entry of the translator's virtual operand stack. A <c>local.get</c> or constant is not copied when
/// pushed: the entry names the local or constant slot, and consumers read it directly.
/// </summary>
internal readonly record struct Operand(SlotKind Kind, int Index)
{
    public static Operand Temp(int height) => new(SlotKind.Temp, height);

    public static Operand Local(int index) => new(SlotKind.Absolute, index);
}
