using System.Collections.Immutable;
using System;
using WitSharp.Engine.Components.Planning;
using WitSharp.Engine.Model;
using WitSharp.Runtime;

namespace WitSharp.Engine.Components.Running;

/// <summary>
/// The core functions of <c>canon resource.new</c>, <c>resource.drop</c> and <c>resource.rep</c>, over the handle table of
/// the node whose code imports them, and the destructor calls a drop makes.
/// </summary>
internal static class ResourceBuiltins
{
    private static readonly FuncType I32ToI32 = new(ImmutableArray.Create(ValType.I32), ImmutableArray.Create(ValType.I32));
    private static readonly FuncType I32ToNothing = new(ImmutableArray.Create(ValType.I32), ImmutableArray<ValType>.Empty);

    /// <summary>The core function of <paramref name="step"/> for <paramref name="runtime"/>.</summary>
    public static WasmFunction Create(InstanceRuntime runtime, ResourceBuiltinStep step)
    {
        ResourceRoot root = step.Root;
        int node = step.Node;
        var state = runtime.Node(node).State;
        switch (step.Builtin)
        {
            case ResourceBuiltin.New:
                return WasmLinker.CreateHostFunction(runtime.Store, I32ToI32, (_, args, results) =>
                {
                    runtime.TrapUnlessMayLeave(node, "resource.new");
                    results[0] = state.LowerOwn(root.Id, (uint)args[0]);
                });
            case ResourceBuiltin.Rep:
                return WasmLinker.CreateHostFunction(runtime.Store, I32ToI32, (_, args, results) => results[0] = state.Rep(root.Id, (uint)args[0]));
            default:
                return WasmLinker.CreateHostFunction(runtime.Store, I32ToNothing, (_, args, _) =>
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
            runtime.Imports.Resources[root.HostImport]?.Destructor?.Invoke(rep);
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
}
