namespace WitSharp.Engine.Model;

/// <summary>The type of a linear memory: limits in 64 KiB pages.</summary>
/// <param name="Limits">Size limits in pages.</param>
public readonly record struct MemoryType(Limits Limits)
{
    /// <summary>The size of one page in bytes.</summary>
    public const int PageSize = 65536;

    /// <summary>The largest page count a 32-bit memory can have (4 GiB).</summary>
    public const uint MaxPages = 65536;
}
