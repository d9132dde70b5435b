namespace WitSharp.Engine;

/// <summary>
/// Resource limits for one instance, tighter than its store's. A plugin host gives each untrusted instance its
/// own budget while other instances in the same store keep theirs.
/// </summary>
public sealed class WasmInstanceLimits
{
    /// <summary>
    /// The most 64 KiB pages any memory the instance defines may reach (by its declared minimum or by growth).
    /// Null keeps the store's <see cref="WasmStore.MaxMemoryPages"/>; a larger value than the store's is capped by it.
    /// </summary>
    public uint? MaxMemoryPages { get; init; }

    /// <summary>
    /// The most elements the tables the instance defines may hold together. Null keeps
    /// <see cref="WasmEngineOptions.MaxTableElementsPerInstance"/>; a larger value is capped by it.
    /// </summary>
    public long? MaxTableElements { get; init; }
}
