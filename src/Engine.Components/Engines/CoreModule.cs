using System.Collections.Generic;

namespace WitSharp.Engine.Components.Engines;

/// <summary>A compiled core module: immutable, thread-safe, instantiated in any store of its engine.</summary>
public abstract class CoreModule
{
    /// <summary>The engine that compiled the module.</summary>
    public abstract CoreEngine Engine { get; }

    /// <summary>The module's imports, in order.</summary>
    public abstract IReadOnlyList<CoreModuleImport> Imports { get; }

    /// <summary>The module's exports.</summary>
    public abstract IReadOnlyList<CoreModuleExport> Exports { get; }
}
