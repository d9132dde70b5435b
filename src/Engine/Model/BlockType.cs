namespace WitSharp.Engine.Model;

/// <summary>The type of a <c>block</c>, <c>loop</c> or <c>if</c>: empty, one result, or a function type index (multi-value).</summary>
public readonly record struct BlockType
{
    private readonly uint _typeIndex;

    private BlockType(BlockTypeKind kind, ValType valueType, uint typeIndex)
    {
        Kind = kind;
        ValueType = valueType;
        _typeIndex = typeIndex;
    }

    /// <summary>Which form this block type has.</summary>
    public BlockTypeKind Kind { get; }

    /// <summary>For <see cref="BlockTypeKind.Value"/>: the single result type.</summary>
    public ValType ValueType { get; }

    /// <summary>For <see cref="BlockTypeKind.TypeIndex"/>: the index into <see cref="ModuleDefinition.Types"/>.</summary>
    public uint TypeIndex => _typeIndex;

    /// <summary><c>[] -> []</c>.</summary>
    public static BlockType Empty => default;

    /// <summary><c>[] -> [t]</c>.</summary>
    public static BlockType Value(ValType type) => new(BlockTypeKind.Value, type, 0);

    /// <summary>The function type at <paramref name="typeIndex"/>.</summary>
    public static BlockType FromTypeIndex(uint typeIndex) => new(BlockTypeKind.TypeIndex, default, typeIndex);
}

/// <summary>The form of a <see cref="BlockType"/>.</summary>
public enum BlockTypeKind : byte
{
    /// <summary>No parameters, no results.</summary>
    Empty,
    /// <summary>No parameters, one result.</summary>
    Value,
    /// <summary>Parameters and results from a function type.</summary>
    TypeIndex,
}
