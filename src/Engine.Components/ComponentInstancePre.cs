using System;
using WitSharp.Engine.Components.Engines;
using WitSharp.Engine.Components.Linking;
using WitSharp.Engine.Components.Running;

namespace WitSharp.Engine.Components;

/// <summary>
/// A component with every import resolved against a <see cref="ComponentLinker"/>: instantiating it only allocates
/// the instance and runs the core modules' initialisation. Immutable and thread-safe; instantiate it as often as needed.
/// </summary>
public sealed class ComponentInstancePre
{
    internal ComponentInstancePre(Component component, ResolvedImports imports)
    {
        Component = component;
        Imports = imports;
    }

    /// <summary>The component.</summary>
    public Component Component { get; }

    internal ResolvedImports Imports { get; }

    /// <summary>Instantiates the component in a new store of its engine (disposed with the instance).</summary>
    /// <exception cref="WasmTrapException">A core module's start function trapped.</exception>
    /// <exception cref="WasmLinkException">A core module's import does not match the item the component gives it.</exception>
    /// <exception cref="WasmResourceLimitException">A memory or table exceeds the store's limits.</exception>
    public ComponentInstance Instantiate()
    {
        CoreStore store = Component.Engine.CreateStore();
        try
        {
            return new ComponentInstance(Component, InstanceRuntime.Create(Component.Plan, Imports, store), ownsStore: true);
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Instantiates the component in <paramref name="store"/> (its fuel, interruption and limits apply to every call); a
    /// <see cref="WasmStore"/> converts implicitly. The caller keeps ownership of the store.
    /// </summary>
    /// <exception cref="WasmTrapException">A core module's start function trapped.</exception>
    /// <exception cref="WasmLinkException">A core module's import does not match the item the component gives it.</exception>
    /// <exception cref="WasmResourceLimitException">A memory or table exceeds the store's limits.</exception>
    public ComponentInstance Instantiate(CoreStore store)
    {
        if (store is null) throw new ArgumentNullException(nameof(store));
        if (!ReferenceEquals(store.Engine, Component.Engine)) throw new ArgumentException("the store belongs to another engine", nameof(store));
        return new ComponentInstance(Component, InstanceRuntime.Create(Component.Plan, Imports, store), ownsStore: false);
    }
}
