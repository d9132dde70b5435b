using System;
using WitSharp.Engine.Components.Engines;
using WitSharp.Engine.Components.Linking;
using WitSharp.Engine.Components.Planning;
using WitSharp.Runtime;
using WitSharp.Runtime.Bindings;
using WitSharp.WitParser.Abi;

namespace WitSharp.Engine.Components.Running;

/// <summary>
/// The core functions of <c>canon resource.new</c>, <c>resource.drop</c> and <c>resource.rep</c>, over the handle table of
/// the node whose code imports them, and the destructor calls a drop makes.
/// </summary>
internal static class ResourceBuiltins
{
    private static readonly CoreValueType[] I32 = [CoreValueType.I32];

    /// <summary>The core function of <paramref name="step"/> for <paramref name="runtime"/>.</summary>
    public static CoreFunction Create(InstanceRuntime runtime, ResourceBuiltinStep step)
    {
        ResourceRoot root = step.Root;
        int node = step.Node;
        var state = runtime.Node(node).State;
        switch (step.Builtin)
        {
            case ResourceBuiltin.New:
                return runtime.Store.CreateHostFunction(I32, I32, (args, results) =>
                {
                    runtime.TrapUnlessMayLeave(node, "resource.new");
                    results[0] = state.LowerOwn(root.Id, (uint)args[0]);
                });
            case ResourceBuiltin.Rep:
                return runtime.Store.CreateHostFunction(I32, I32, (args, results) => results[0] = state.Rep(root.Id, (uint)args[0]));
            default:
                return runtime.Store.CreateHostFunction(I32, [], (args, _) =>
                {
                    runtime.TrapUnlessMayLeave(node, "resource.drop");
                    if (state.Drop(root.Id, (uint)args[0]) is uint rep) Destroy(runtime, root, rep, node);
                });
        }
    }

    /// <summary>
    /// Runs the destructor of <paramref name="root"/> for <paramref name="rep"/>, called from <paramref name="caller"/>
    /// (-1: the host): the guest's core destructor (entering its instance as a call would), or the host's.
    /// </summary>
    public static void Destroy(InstanceRuntime runtime, ResourceRoot root, uint rep, int caller)
    {
        if (root.IsHost)
        {
            DestroyHost(runtime, root, rep);
            return;
        }
        if (root.DestructorSlot < 0) return;
        runtime.Enter(root.Node, caller, root.Name + "'s destructor");
        try
        {
            Span<ulong> args = stackalloc ulong[1];
            args[0] = rep;
            runtime.Function(root.DestructorSlot).Invoke(args, Span<ulong>.Empty);
        }
        finally
        {
            runtime.Leave(root.Node, caller);
        }
    }

    /// <summary>
    /// Ends the guest's owning handle to host resource <paramref name="rep"/> of <paramref name="root"/>: the host's
    /// destructor runs, or, for a resource of host objects, the object is released (and disposed with its last handle).
    /// </summary>
    public static void DestroyHost(InstanceRuntime runtime, ResourceRoot root, uint rep)
    {
        HostResourceItem? item = runtime.Imports.Resources[root.HostImport];
        if (item is { HoldsObjects: true }) ResourceHandles.ReleaseOwned(runtime.Node(0).State.HostObjects, rep);
        else item?.Destructor?.Invoke(rep);
    }

    /// <summary>
    /// The context of a lower site whose callee is a generated trampoline: the bindings' resource type ids translated
    /// into the component's (<see cref="BindingResourceTypes"/>); other sites keep <paramref name="cx"/>.
    /// </summary>
    public static CallContext ForLowerSite(InstanceRuntime runtime, LowerSite site, CallContext cx) =>
        site.Callee is HostFunctionValue host && runtime.Imports.Functions[host.HostImport]?.Resources is { } types
            ? cx.WithResourceTypes(types.MapFor(runtime.Plan))
            : cx;
}
