using System;
using System.Collections.Generic;
using WitSharp.Engine.Bindings;
using WitSharp.Engine.Components.Linking;

namespace WitSharp.Engine.Components;

/// <summary>
/// A named set of host definitions in a <see cref="ComponentLinker"/>: the root (the component's top-level imports,
/// <see cref="ComponentLinker.Root"/>) or an instance such as <c>wasi:cli/stdout@0.2.0</c>
/// (<see cref="ComponentLinker.Instance"/>). Defining a name again replaces the earlier definition.
/// </summary>
public sealed class ComponentLinkerInstance
{
    private readonly Dictionary<string, LinkerItem> _items = new(StringComparer.Ordinal);

    internal ComponentLinkerInstance(string name) => Name = name;

    /// <summary>The instance's name (empty for the root).</summary>
    public string Name { get; }

    /// <summary>
    /// Defines function <paramref name="name"/> for the dynamic path: <paramref name="function"/> receives the lifted
    /// arguments and returns the result to lower (null when the function has none).
    /// </summary>
    public ComponentLinkerInstance DefineFunction(string name, ComponentHostFunction function)
    {
        if (function is null) throw new ArgumentNullException(nameof(function));
        return Define(name, new HostFunctionItem(function, null));
    }

    /// <summary>
    /// Defines function <paramref name="name"/> as a generated import trampoline calling <paramref name="host"/>
    /// (e.g. <c>HostImportsBinding.Log</c>): flat core values in and out, lifted and lowered by the trampoline with
    /// the canonical options of the component's <c>canon lower</c>. The fast path: no boxing, no allocation per call.
    /// </summary>
    public ComponentLinkerInstance DefineFunction<THost>(string name, THost host, CanonicalImport<THost> trampoline)
    {
        if (host is null) throw new ArgumentNullException(nameof(host));
        if (trampoline is null) throw new ArgumentNullException(nameof(trampoline));
        return Define(name, new HostFunctionItem(null, (cx, args, results) => trampoline(host, cx, args, results)));
    }

    /// <summary>
    /// Defines function <paramref name="name"/> as a generated import trampoline whose bindings move resource handles,
    /// numbering resource types as <paramref name="resources"/> describes (what generated <c>AddToLinker</c> calls).
    /// </summary>
    public ComponentLinkerInstance DefineFunction<THost>(string name, THost host, CanonicalImport<THost> trampoline, BindingResourceTypes resources)
    {
        if (host is null) throw new ArgumentNullException(nameof(host));
        if (trampoline is null) throw new ArgumentNullException(nameof(trampoline));
        if (resources is null) throw new ArgumentNullException(nameof(resources));
        return Define(name, new HostFunctionItem(null, (cx, args, results) => trampoline(host, cx, args, results), resources));
    }

    /// <summary>
    /// Defines function <paramref name="name"/> as a trampoline over flat core values that needs no host object.
    /// </summary>
    public ComponentLinkerInstance DefineFunction(string name, CanonicalIntrinsic trampoline)
    {
        if (trampoline is null) throw new ArgumentNullException(nameof(trampoline));
        return Define(name, new HostFunctionItem(null, trampoline));
    }

    /// <summary>
    /// Defines function <paramref name="name"/> as a trampoline without a host object (a method of a host resource, called
    /// on the resource object) whose bindings number resource types as <paramref name="resources"/> describes.
    /// </summary>
    public ComponentLinkerInstance DefineFunction(string name, CanonicalIntrinsic trampoline, BindingResourceTypes resources)
    {
        if (trampoline is null) throw new ArgumentNullException(nameof(trampoline));
        if (resources is null) throw new ArgumentNullException(nameof(resources));
        return Define(name, new HostFunctionItem(null, trampoline, resources));
    }

    /// <summary>
    /// Defines resource type <paramref name="name"/> as implemented by the host. Handles travel as the reps the host
    /// chooses (<c>WitValue.Handle(rep)</c>); <paramref name="destructor"/> runs with the rep when the guest drops an
    /// owning handle, and for every owning handle the guest still holds when its instance is disposed.
    /// </summary>
    public ComponentLinkerInstance DefineResource(string name, Action<uint>? destructor = null) =>
        Define(name, new HostResourceItem(destructor));

    /// <summary>
    /// Defines resource type <paramref name="name"/> as implemented by host objects of class <typeparamref name="T"/> (what
    /// generated <c>AddToLinker</c> calls for an imported resource). Each object the host gives the guest gets one rep per
    /// instance, however many handles refer to it; when the guest has dropped its last owning handle to an object, or
    /// its instance is disposed, the object is disposed (if it is <see cref="IDisposable"/>), exactly once.
    /// </summary>
    public ComponentLinkerInstance DefineResource<T>(string name) where T : class =>
        Define(name, new HostResourceItem(null, holdsObjects: true));

    /// <summary>The nested instance <paramref name="name"/>, created on first use.</summary>
    /// <exception cref="ArgumentException"><paramref name="name"/> is defined as something else.</exception>
    public ComponentLinkerInstance Instance(string name)
    {
        if (name is null) throw new ArgumentNullException(nameof(name));
        if (_items.TryGetValue(name, out LinkerItem? item))
        {
            return item is LinkerInstanceItem existing
                ? existing.Instance
                : throw new ArgumentException("'" + name + "' is already defined as a " + item.KindName, nameof(name));
        }
        var instance = new ComponentLinkerInstance(name);
        _items.Add(name, new LinkerInstanceItem(instance));
        return instance;
    }

    private ComponentLinkerInstance Define(string name, LinkerItem item)
    {
        if (name is null) throw new ArgumentNullException(nameof(name));
        _items[name] = item;
        return this;
    }

    /// <summary>
    /// The definition an import named <paramref name="name"/> links to: the exact name, else the highest version
    /// among the semver-compatible definitions (the same canonical interface name), else null.
    /// </summary>
    internal LinkerItem? Find(string name) => CanonicalInterfaceName.FindCompatible(_items, name, _ => true);

}
