using System;

namespace WitSharp.Engine.Model;

/// <summary>A data segment: bytes for a linear memory.</summary>
public sealed record DataSegment
{
    /// <summary>Active or passive.</summary>
    public required SegmentMode Mode { get; init; }

    /// <summary>For active segments: the memory written to.</summary>
    public uint MemoryIndex { get; init; }

    /// <summary>For active segments: the offset in memory; null otherwise.</summary>
    public ConstantExpression? Offset { get; init; }

    /// <summary>The bytes (a slice of the module binary).</summary>
    public required ReadOnlyMemory<byte> Data { get; init; }
}
