namespace WitSharp.Components.Model;

/// <summary>The type of a core import or export (<c>core:externtype</c>).</summary>
public abstract record CoreExternType
{
    /// <summary>The core sort of the item this type describes.</summary>
    public abstract Sort Sort { get; }
}

/// <summary>A core function of the type at <paramref name="TypeIndex"/> in the core type index space.</summary>
/// <param name="TypeIndex">The function type's index.</param>
public sealed record CoreFuncExtern(uint TypeIndex) : CoreExternType
{
    /// <inheritdoc/>
    public override Sort Sort => Sort.CoreFunc;
}

/// <summary>A core table.</summary>
/// <param name="Element">The element reference type.</param>
/// <param name="Limits">Its size limits.</param>
public sealed record CoreTableExtern(CoreValType Element, CoreLimits Limits) : CoreExternType
{
    /// <inheritdoc/>
    public override Sort Sort => Sort.CoreTable;
}

/// <summary>A core linear memory.</summary>
/// <param name="Limits">Its size limits, in pages.</param>
/// <param name="Shared">Whether it is shared (threads).</param>
/// <param name="Is64">Whether its addresses are i64 (memory64).</param>
public sealed record CoreMemoryExtern(CoreLimits Limits, bool Shared, bool Is64) : CoreExternType
{
    /// <inheritdoc/>
    public override Sort Sort => Sort.CoreMemory;
}

/// <summary>A core global.</summary>
/// <param name="Type">Its value type.</param>
/// <param name="Mutable">Whether it is mutable.</param>
public sealed record CoreGlobalExtern(CoreValType Type, bool Mutable) : CoreExternType
{
    /// <inheritdoc/>
    public override Sort Sort => Sort.CoreGlobal;
}

/// <summary>A core exception tag of the function type at <paramref name="TypeIndex"/>.</summary>
/// <param name="TypeIndex">The tag's function type index.</param>
public sealed record CoreTagExtern(uint TypeIndex) : CoreExternType
{
    /// <inheritdoc/>
    public override Sort Sort => Sort.CoreTag;
}

/// <summary>Table or memory limits.</summary>
/// <param name="Minimum">The initial size.</param>
/// <param name="Maximum">The maximum size, if any.</param>
public readonly record struct CoreLimits(ulong Minimum, ulong? Maximum);
