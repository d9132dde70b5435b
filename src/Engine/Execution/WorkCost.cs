namespace WitSharp.Engine.Execution;

/// <summary>
/// What bulk work costs in the interpreter's work units (the units fuel counts and the interrupt poll counts down), and
/// how large a piece of it runs between two interrupt checks. One unit is about what a loop iteration costs, so a
/// 64 MiB <c>memory.fill</c> is a million units, not one, and interruption is noticed within a chunk's time (well
/// under a millisecond) however large the operation.
/// </summary>
internal static class WorkCost
{
    /// <summary>Bytes of linear memory one unit pays for (fill, copy, init, and the zeroing of grown pages).</summary>
    public const int BytesPerUnit = 64;

    /// <summary>Table elements one unit pays for (8 bytes each, so the same rate as memory).</summary>
    public const int ElementsPerUnit = 8;

    /// <summary>Bytes a memory operation handles between interrupt checks (256 KiB: tens of microseconds).</summary>
    public const int ChunkBytes = 1 << 18;

    /// <summary>Elements a table operation handles between interrupt checks.</summary>
    public const int ChunkElements = ChunkBytes / 8;

    public static long ForBytes(ulong bytes) => (long)(bytes / BytesPerUnit);

    public static long ForElements(ulong elements) => (long)(elements / ElementsPerUnit);
}
