using System;
using WitSharp.Engine.Components.Engines;
using WitSharp.Engine.Components.Planning;
using WitSharp.Engine.Components.Running;
using WitSharp.Runtime;

namespace WitSharp.Engine.Components;

/// <summary>
/// An instantiated component: its exports by name, called through <see cref="ComponentFunction"/>s (the dynamic path)
/// or through generated bindings over <see cref="CoreExports"/> (the typed path).
/// </summary>
/// <remarks>
/// <para>A trap poisons the instance, as the Component Model has no recovery: every later call traps with a message
/// naming the first trap, and <see cref="HasTrapped"/> is true. The host's own state is untouched.</para>
/// <para>Re-entering an instance that is on the call stack (a host import calling back into it) traps, as does a host
/// import called while the guest's <c>cabi_realloc</c> or post-return function runs.</para>
/// <para><see cref="Dispose"/> runs the host's destructor for every host resource the guest still owns; afterwards
/// every call traps, and a store the instance made for itself is disposed. Not thread-safe, like the <see cref="CoreStore"/> it runs in.</para>
/// </remarks>
public sealed class ComponentInstance : IDisposable
{
    private readonly bool _ownsStore;
    private ComponentCoreExports? _coreExports;

    internal ComponentInstance(Component component, InstanceRuntime runtime, bool ownsStore)
    {
        Component = component;
        Runtime = runtime;
        _ownsStore = ownsStore;
    }

    internal InstanceRuntime Runtime { get; }

    /// <summary>The component this is an instance of.</summary>
    public Component Component { get; }

    /// <summary>The store the instance's core modules run in (its fuel, interruption and limits).</summary>
    public CoreStore Store => Runtime.Store;

    /// <summary>True once a call into the instance trapped (or it was disposed): every further call traps.</summary>
    public bool HasTrapped => Runtime.IsPoisoned;

    /// <summary>
    /// The size in bytes of the largest linear memory the component names (the memories its canonical options use,
    /// such as a C program's heap), as it is now; for telling a host that a failed run had reached its memory limit.
    /// </summary>
    public long LargestMemoryBytes => Runtime.LargestMemoryBytes();

    /// <summary>The exported function <paramref name="name"/> of the component's root, or null when there is none.</summary>
    public ComponentFunction? GetFunction(string name)
    {
        if (name is null) throw new ArgumentNullException(nameof(name));
        return Runtime.Plan.Exports.FindFunction(name) is FuncValue function ? new ComponentFunction(name, Runtime, function) : null;
    }

    /// <summary>
    /// The function <paramref name="name"/> of exported instance <paramref name="instanceName"/> (e.g.
    /// <c>GetFunction("demo:calc/math@1.0.0", "add")</c>), or null when there is none. A versioned instance name also
    /// finds a semver-compatible export (<c>@1.0.0</c> finds <c>@1.2.0</c>).
    /// </summary>
    public ComponentFunction? GetFunction(string instanceName, string name)
    {
        if (instanceName is null) throw new ArgumentNullException(nameof(instanceName));
        if (name is null) throw new ArgumentNullException(nameof(name));
        return Runtime.Plan.Exports.FindInstance(instanceName)?.FindFunction(name) is FuncValue function
            ? new ComponentFunction(instanceName + "#" + name, Runtime, function)
            : null;
    }

    /// <summary>
    /// The lifted exports as generated export bindings call them: <c>new XExportsBinding(e, e.Context, e.ResolveExport)</c>
    /// with <c>e = instance.CoreExports</c>.
    /// </summary>
    /// <exception cref="ComponentNotSupportedException">The exports use different memories or string encodings, which
    /// one shared context cannot express (call them through <see cref="GetFunction(string)"/> instead).</exception>
    public ComponentCoreExports CoreExports => _coreExports ??= new ComponentCoreExports(Runtime);

    /// <summary>
    /// Drops the host's owning handle to a resource the component implements and exports (resource
    /// <paramref name="resourceName"/> of exported instance <paramref name="instanceName"/>, e.g. <c>counter</c> of
    /// <c>ns:pkg/counters</c>): runs the guest's destructor for <paramref name="rep"/>, the value a function returned as
    /// <c>own&lt;resourceName&gt;</c>. Use each rep once; a rep the host does not own is the host's bug, as in the spec.
    /// </summary>
    /// <exception cref="System.Collections.Generic.KeyNotFoundException">The component exports no such resource.</exception>
    /// <exception cref="CanonicalAbiTrapException">The destructor trapped, or the instance can no longer be entered.</exception>
    public void DropResource(string instanceName, string resourceName, uint rep)
    {
        if (instanceName is null) throw new ArgumentNullException(nameof(instanceName));
        if (resourceName is null) throw new ArgumentNullException(nameof(resourceName));
        int index = Runtime.Plan.Exports.ResolveCoreName(instanceName + "#[dtor]" + resourceName);
        Span<CoreValue> argument = stackalloc CoreValue[1];
        argument[0] = CoreValue.I32(rep);
        Runtime.InvokeCore(index, argument, Span<CoreValue>.Empty);
    }

    /// <summary>Ends the instance: host resources the guest still owns are destroyed; later calls trap.</summary>
    public void Dispose()
    {
        try
        {
            Runtime.Dispose();
        }
        finally
        {
            if (_ownsStore) Runtime.Store.Dispose();
        }
    }
}
