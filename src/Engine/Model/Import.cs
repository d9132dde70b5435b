namespace WitSharp.Engine.Model;

/// <summary>An import: a two-level name and the type of what it brings in.</summary>
public sealed record Import
{
    /// <summary>The module name (first level).</summary>
    public required string Module { get; init; }

    /// <summary>The item name (second level).</summary>
    public required string Name { get; init; }

    /// <summary>Which kind of entity is imported; tells which of the type properties is meaningful.</summary>
    public required ExternalKind Kind { get; init; }

    /// <summary>For <see cref="ExternalKind.Function"/>: the index into <see cref="ModuleDefinition.Types"/>.</summary>
    public uint FunctionTypeIndex { get; init; }

    /// <summary>For <see cref="ExternalKind.Table"/>: the table type.</summary>
    public TableType Table { get; init; }

    /// <summary>For <see cref="ExternalKind.Memory"/>: the memory type.</summary>
    public MemoryType Memory { get; init; }

    /// <summary>For <see cref="ExternalKind.Global"/>: the global type.</summary>
    public GlobalType Global { get; init; }
}
