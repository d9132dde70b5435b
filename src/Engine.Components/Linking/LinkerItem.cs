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
    public HostFunctionItem(ComponentHostFunction? dynamic, CanonicalIntrinsic? trampoline)
    {
        Dynamic = dynamic;
        Trampoline = trampoline;
    }

    public ComponentHostFunction? Dynamic { get; }

    public CanonicalIntrinsic? Trampoline { get; }

    public override string KindName => "function";
}

/// <summary>A host-implemented resource type and what to run when the guest drops an owning handle to it.</summary>
internal sealed class HostResourceItem : LinkerItem
{
    public HostResourceItem(Action<uint>? destructor) => Destructor = destructor;

    public Action<uint>? Destructor { get; }

    public override string KindName => "resource type";
}

/// <summary>A host instance: named functions, resource types and nested instances.</summary>
internal sealed class LinkerInstanceItem : LinkerItem
{
    public LinkerInstanceItem(ComponentLinkerInstance instance) => Instance = instance;

    public ComponentLinkerInstance Instance { get; }

    public override string KindName => "instance";
}
