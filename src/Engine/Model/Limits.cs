namespace WitSharp.Engine.Model;

/// <summary>Size limits of a table (in elements) or memory (in 64 KiB pages).</summary>
/// <param name="Minimum">The initial size.</param>
/// <param name="Maximum">The maximum size, or null when unbounded.</param>
public readonly record struct Limits(uint Minimum, uint? Maximum)
{
    /// <inheritdoc/>
    public override string ToString() => Maximum is uint max ? $"{Minimum} {max}" : Minimum.ToString();
}
