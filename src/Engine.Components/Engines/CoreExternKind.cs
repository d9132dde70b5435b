namespace WitSharp.Engine.Components.Engines;

/// <summary>The kind of a core import or export.</summary>
public enum CoreExternKind : byte
{
    /// <summary>A function.</summary>
    Function,
    /// <summary>A table.</summary>
    Table,
    /// <summary>A linear memory.</summary>
    Memory,
    /// <summary>A global.</summary>
    Global,
}
