namespace WitSharp.Engine.Components.Engines;

/// <summary>A table or global of the managed engine, passed between instances unopened.</summary>
internal sealed class ManagedCoreItem(object item, CoreExternKind kind) : CoreExtern
{
    public object Item { get; } = item;

    public override CoreExternKind Kind { get; } = kind;
}
