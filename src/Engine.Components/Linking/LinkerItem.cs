using System;
using WitSharp.Engine.Bindings;

namespace WitSharp.Engine.Components.Linking;

/// <summary>Something a <see cref="ComponentLinker"/> defines under a name: a function, a resource type or an instance.</summary>
internal abstract class LinkerItem
{
    /// <summary>The kind, as error messages name it.</summary>
    public abstract string KindName { get; }
}

/// <summary>
/// A host function: a dynamic <see cref="ComponentHostFunction"/> over <c>WitValue</c>s, or a trampoline over flat
/// core values (what generated bindings register: no boxing, no per-call allocation).
/// </summary>
internal sealed class HostFunctionItem : LinkerItem
{
    public HostFunctionItem(ComponentHostFunction? dynamic, CanonicalIntrinsic? trampoline, BindingResourceTypes? resources = null)
    {
        Dynamic = dynamic;
        Trampoline = trampoline;
        Resources = resources;
    }

    /// <summary>How the trampoline's generated bindings number resource types; null when they use none.</summary>
    public BindingResourceTypes? Resources { get; }

    public ComponentHostFunction? Dynamic { get; }

    public CanonicalIntrinsic? Trampoline { get; }

    public override string KindName => "function";
}

/// <summary>
/// A host-implemented resource type and what to run when the guest drops an owning handle to it: a destructor over the
/// host's reps, or, for <see cref="HoldsObjects"/>, releasing the host object behind the rep (disposed with the last handle).
/// </summary>
internal sealed class HostResourceItem : LinkerItem
{
    public HostResourceItem(Action<uint>? destructor, bool holdsObjects = false)
    {
        Destructor = destructor;
        HoldsObjects = holdsObjects;
    }

    public Action<uint>? Destructor { get; }

    /// <summary>True when reps index the instance's host object table (resources of generated bindings).</summary>
    public bool HoldsObjects { get; }

    public override string KindName => "resource type";
}

/// <summary>A host instance: named functions, resource types and nested instances.</summary>
internal sealed class LinkerInstanceItem : LinkerItem
{
    public LinkerInstanceItem(ComponentLinkerInstance instance) => Instance = instance;

    public ComponentLinkerInstance Instance { get; }

    public override string KindName => "instance";
}
