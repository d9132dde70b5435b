namespace WitSharp.Engine.Components.Engines;

/// <summary>What a core instance exports and another imports: a function, memory, table or global of one store.</summary>
/// <remarks>The component runtime only calls functions and reads memories; tables and globals pass from one instance's
/// exports to another's imports unopened, so an engine represents them as it likes.</remarks>
public abstract class CoreExtern
{
    /// <summary>Which kind of item this is.</summary>
    public abstract CoreExternKind Kind { get; }
}
