namespace WitSharp.Engine.Components.Engines;

/// <summary>An instance of a core module in one store.</summary>
public abstract class CoreInstance
{
    /// <summary>
    /// The export <paramref name="name"/> of kind <paramref name="kind"/> (a <see cref="CoreFunction"/> or
    /// <see cref="CoreMemory"/> for those kinds), or null when the instance has no such export.
    /// </summary>
    public abstract CoreExtern? GetExport(string name, CoreExternKind kind);
}
