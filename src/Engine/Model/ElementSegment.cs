using System.Collections.Immutable;

namespace WitSharp.Engine.Model;

/// <summary>An element segment (any of binary forms 0–7); function-index lists become <c>ref.func</c> items.</summary>
public sealed record ElementSegment
{
    /// <summary>Active, passive or declarative.</summary>
    public required SegmentMode Mode { get; init; }

    /// <summary>For active segments: the table written to.</summary>
    public uint TableIndex { get; init; }

    /// <summary>For active segments: the offset in the table; null otherwise.</summary>
    public ConstantExpression? Offset { get; init; }

    /// <summary>The reference type of the items.</summary>
    public required ValType ElementType { get; init; }

    /// <summary>The items, each a constant expression producing a reference.</summary>
    public required ImmutableArray<ConstantExpression> Items { get; init; }

    /// <summary>The binary form (0–7) the segment was encoded with.</summary>
    public byte Form { get; init; }
}
