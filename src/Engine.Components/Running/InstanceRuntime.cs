using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System;
using WitSharp.Engine.Components.Engines;
using WitSharp.Engine.Components.Linking;
using WitSharp.Engine.Components.Planning;
using WitSharp.Runtime.Resources;
using WitSharp.Runtime;
using WitSharp.WitParser.Abi;

namespace WitSharp.Engine.Components.Running;

/// <summary>
/// A running component: the runtime objects of its plan (slots), the state of each component instance node, the
/// canonical contexts of its lift and lower sites (made on first use), and whether it trapped. Not thread-safe.
/// </summary>
internal sealed class InstanceRuntime
{
    private readonly object?[] _slots;
    private readonly NodeState[] _nodes;
    private readonly CallContext?[] _liftContexts;
    private readonly CallContext?[] _lowerContexts;
    private readonly TypedExport?[] _typedExports;
    private string? _poison;
    private int _depth;
    private int _pendingExport = -1;
    private bool _disposed;
    private CoreExtern[]? _importBuffer;

    private InstanceRuntime(ComponentPlan plan, ResolvedImports imports, CoreStore store)
    {
        Plan = plan;
        Imports = imports;
        Store = store;
        _slots = new object?[plan.SlotCount];
        _nodes = new NodeState[plan.NodeParents.Count];
        // One host object table for every node: an own handle may move between nodes and keeps its rep.
        var hostObjects = new HostObjectTable();
        for (int i = 0; i < _nodes.Length; i++) _nodes[i] = new NodeState(plan.NodeParents[i], new ComponentInstanceState(plan.NodeResources[i], hostObjects));
        _liftContexts = new CallContext?[plan.Lifted.Count];
        _lowerContexts = new CallContext?[plan.LowerSites.Count];
        _typedExports = new TypedExport?[plan.Lifted.Count];
    }

    public ComponentPlan Plan { get; }

    public ResolvedImports Imports { get; }

    public CoreStore Store { get; }

    public bool IsPoisoned => _poison != null;

    /// <summary>Allocates a runtime and runs the plan's steps: core instances, lowered imports, resource built-ins.</summary>
    public static InstanceRuntime Create(ComponentPlan plan, ResolvedImports imports, CoreStore store)
    {
        var runtime = new InstanceRuntime(plan, imports, store);
        foreach (PlanStep step in plan.Steps) runtime.Run(step);
        return runtime;
    }

    private void Run(PlanStep step)
    {
        switch (step)
        {
            case InstantiateModuleStep instantiate:
            {
                int count = instantiate.Imports.Length;
                // One buffer for every module of the instance: the engine copies what it keeps.
                if (_importBuffer is null || _importBuffer.Length < count) _importBuffer = new CoreExtern[Math.Max(count, 8)];
                Span<CoreExtern> imports = _importBuffer.AsSpan(0, count);
                for (int i = 0; i < count; i++) imports[i] = (CoreExtern)_slots[instantiate.Imports[i]]!;
                _slots[step.Slot] = Store.Instantiate(Plan.Modules[instantiate.Module], imports);
                imports.Clear();
                break;
            }
            case CoreExportStep export:
                _slots[step.Slot] = ((CoreInstance)_slots[export.Instance]!).GetExport(export.Name, export.Kind)
                    ?? throw new WasmLinkException("core module instance exports no " + export.Kind.ToString().ToLowerInvariant() + " '" + export.Name + "'");
                break;
            case LowerStep lower:
            {
                LowerSite site = Plan.LowerSites[lower.Site];
                CoreFunctionType type = site.Callee.Type.Lower;
                _slots[step.Slot] = Store.CreateHostFunction(type.Params, type.Results, (args, results) => LoweredCall.Run(this, site, args, results));
                break;
            }
            case ResourceBuiltinStep builtin:
                _slots[step.Slot] = ResourceBuiltins.Create(this, builtin);
                break;
        }
    }

    internal NodeState Node(int node) => _nodes[node];

    internal CoreFunction Function(int slot) => (CoreFunction)_slots[slot]!;

    /// <summary>The byte size of the largest core memory among the plan's slots (those the component aliases: its canonical options' memories).</summary>
    internal long LargestMemoryBytes()
    {
        long largest = 0;
        foreach (object? slot in _slots)
        {
            if (slot is CoreMemory memory) largest = Math.Max(largest, memory.Span.Length);
        }
        return largest;
    }

    // ---- contexts ----

    private CallContext Context(SiteOptions options, int node)
    {
        var memory = options.MemorySlot >= 0 ? (CoreMemory)_slots[options.MemorySlot]! : null;
        var realloc = options.ReallocSlot >= 0 ? Function(options.ReallocSlot) : null;
        return new CallContext(new SiteMemory(memory, realloc, _nodes[node]), options.Options, _nodes[node].State, new BorrowScope());
    }

    /// <summary>The context of lifted function <paramref name="function"/>; the first time, its core type is checked.</summary>
    internal CallContext LiftContext(LiftedFunction function)
    {
        CallContext? cx = _liftContexts[function.Index];
        if (cx is null)
        {
            CheckCoreType(Function(function.CoreFunctionSlot), function.Signature.Lift, function.Name);
            cx = _liftContexts[function.Index] = Context(function.Options, function.Node);
        }
        return cx;
    }

    internal CallContext LowerContext(LowerSite site) => _lowerContexts[site.Index] ??= ResourceBuiltins.ForLowerSite(this, site, Context(site.Options, site.Node));

    private static void CheckCoreType(CoreFunction function, CoreFunctionType expected, string name)
    {
        if (!function.HasType(expected.Params, expected.Results)) throw new CanonicalAbiTrapException("the core function lifted as " + name + " has type " + function + ", which does not match its component type");
    }

    /// <summary>
    /// The context generated export bindings share: the lift context of the exports, which must agree on memory,
    /// realloc and string encoding.
    /// </summary>
    public CallContext SharedExportContext()
    {
        // A lift that needs no memory (add: u32 -> u32) names none, and agrees with any other; strings and lists need a
        // memory, so encodings are compared only between lifts that have one.
        LiftedFunction? chosen = null;
        foreach (LiftedFunction function in Plan.Lifted)
        {
            if (function.Node != 0) continue;
            if (chosen is null || Completeness(function) > Completeness(chosen))
            {
                if (chosen is not null) CheckAgrees(chosen, function);
                chosen = function;
                continue;
            }
            CheckAgrees(chosen, function);
        }
        return chosen is null ? Context(new SiteOptions(-1, -1, -1, CanonicalOptions.Default), 0) : LiftContext(chosen);
    }

    // The context is taken from the lift naming the most: memory, then realloc.
    private static int Completeness(LiftedFunction function) => (function.Options.MemorySlot >= 0 ? 2 : 0) + (function.Options.ReallocSlot >= 0 ? 1 : 0);

    private static void CheckAgrees(LiftedFunction a, LiftedFunction b)
    {
        SiteOptions x = a.Options, y = b.Options;
        bool memories = x.MemorySlot >= 0 && y.MemorySlot >= 0;
        if ((memories && (x.MemorySlot != y.MemorySlot || x.Options.StringEncoding != y.Options.StringEncoding))
            || (x.ReallocSlot >= 0 && y.ReallocSlot >= 0 && x.ReallocSlot != y.ReallocSlot))
        {
            throw new ComponentNotSupportedException("the component's exports use different canonical options (" + a.Name + " and " + b.Name
                + "); call them through ComponentInstance.GetFunction");
        }
    }


    // ---- flags ----

    /// <summary>Enters <paramref name="node"/> from <paramref name="caller"/> (-1: the host), as <c>enter_from</c>; traps on re-entrance.</summary>
    internal void Enter(int node, int caller, string name)
    {
        for (int n = node; n >= 0 && !InChain(n, caller); n = _nodes[n].Parent)
        {
            if (!_nodes[n].MayEnter) throw new CanonicalAbiTrapException("cannot call " + name + ": its component instance is already on the call stack and cannot be re-entered");
        }
        for (int n = node; n >= 0 && !InChain(n, caller); n = _nodes[n].Parent) _nodes[n].MayEnter = false;
    }

    /// <summary><see cref="Enter"/> from the host, with the common case (a root node that may be entered) inline.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void EnterFromHost(int node, string name)
    {
        NodeState state = _nodes[node];
        if (state.Parent < 0 && state.MayEnter) state.MayEnter = false;
        else Enter(node, -1, name);
    }

    /// <summary><see cref="Leave"/> to the host, with a root node inline.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void LeaveToHost(int node)
    {
        NodeState state = _nodes[node];
        if (state.Parent < 0) state.MayEnter = true;
        else Leave(node, -1);
    }

    /// <summary><c>leave_to</c>: the reverse of <see cref="Enter"/>.</summary>
    internal void Leave(int node, int caller)
    {
        for (int n = node; n >= 0 && !InChain(n, caller); n = _nodes[n].Parent) _nodes[n].MayEnter = true;
    }

    // True when n is caller or one of its ancestors.
    private bool InChain(int n, int caller)
    {
        for (int c = caller; c >= 0; c = _nodes[c].Parent)
        {
            if (c == n) return true;
        }
        return false;
    }

    internal void TrapUnlessMayLeave(int node, string what)
    {
        if (!_nodes[node].MayLeave) throw new CanonicalAbiTrapException("cannot call " + what + " while the component instance's realloc or post-return function runs");
    }

    // ---- poisoning ----

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void BeginHostCall()
    {
        if ((_depth == 0 && _pendingExport >= 0) || _poison != null) BeginHostCallSlow();
    }

    private void BeginHostCallSlow()
    {
        if (_depth == 0 && _pendingExport >= 0)
        {
            Poison("an earlier call to " + Plan.Lifted[_pendingExport].Name + " trapped while its results were lifted");
        }
        ThrowIfPoisoned();
    }

    private void ThrowIfPoisoned()
    {
        if (_poison != null) throw new CanonicalAbiTrapException("the component instance can no longer be entered: " + _poison);
    }

    private void Poison(string why) => _poison ??= why;

    // Traps, and a value nested too deeply to lift or lower on this thread's stack (which ends the call like a trap).
    private static bool IsTrap(Exception e) =>
        e is WasmTrapException or CanonicalAbiTrapException or InsufficientExecutionStackException;

    // A trap from anywhere inside poisons the instance; an ABI trap raised by a host callback comes out as itself.
    private Exception Trapped(Exception e, string name)
    {
        if (e is InsufficientExecutionStackException || e.InnerException is InsufficientExecutionStackException)
        {
            e = new CanonicalAbiTrapException("a value is nested too deeply to lift or lower");
        }
        switch (e)
        {
            case WasmTrapException trap:
                Poison(name + " trapped: " + trap.Message);
                if (trap.Kind == TrapKind.HostError && trap.InnerException is CanonicalAbiTrapException abi) ExceptionDispatchInfo.Throw(abi);
                return e;
            case CanonicalAbiTrapException canonical:
                Poison(name + " trapped: " + canonical.Message);
                return e;
            default:
                Poison(name + " failed: " + e.Message);
                return e;
        }
    }

    // ---- calls from the host ----

    /// <summary>A host call of <paramref name="export"/> on the dynamic path.</summary>
    public WitValue? CallFromHost(FuncValue export, IReadOnlyList<WitValue> arguments)
    {
        if (export is HostFunctionValue host) return CallReexportedHost(host, arguments);
        var function = (LiftedFunction)export;
        BeginHostCall();
        _depth++;
        try
        {
            WitValue[] results = CallLifted(function, arguments, -1);
            return results.Length == 0 ? null : results[0];
        }
        catch (Exception e) when (IsTrap(e))
        {
            ExceptionDispatchInfo.Throw(Trapped(e, function.Name));
            throw;
        }
        finally
        {
            _depth--;
        }
    }

    // A host import the component exports again: host to host, the values pass unchanged (no guest memory is involved).
    private WitValue? CallReexportedHost(HostFunctionValue host, IReadOnlyList<WitValue> arguments)
    {
        ThrowIfPoisoned();
        ComponentHostFunction function = Imports.Functions[host.HostImport]!.Dynamic
            ?? throw new ComponentNotSupportedException("the component exports its import " + Plan.HostImports[host.HostImport].DisplayName
                + " again, which the host defined as a trampoline over guest memory: call it directly");
        WitValue? result = function(arguments);
        return host.Type.Results.Fields.Count == 0 ? null : result;
    }

    /// <summary>
    /// <c>canon_lift</c> called by the host (<paramref name="caller"/> -1) or by node <paramref name="caller"/>: lowers the
    /// arguments into the callee, runs it, lifts its result, checks borrows, runs post-return.
    /// </summary>
    internal WitValue[] CallLifted(LiftedFunction function, IReadOnlyList<WitValue> arguments, int caller)
    {
        Enter(function.Node, caller, function.Name);
        try
        {
            CallContext cx = LiftContext(function);
            FunctionSignature signature = function.Signature;
            CoreValue[] flatArguments = CanonicalAbi.LowerFlatValues(cx, CanonicalLayout.MaxFlatParams, arguments, signature.Parameters);
            CoreFunction core = Function(function.CoreFunctionSlot);
            int parameters = flatArguments.Length, count = signature.Lift.Results.Count;
            Span<ulong> args = parameters <= 16 ? stackalloc ulong[parameters] : new ulong[parameters];
            Span<ulong> slots = stackalloc ulong[Math.Max(count, 1)];
            for (int i = 0; i < parameters; i++) args[i] = flatArguments[i].Bits;
            core.Invoke(args, slots);
            var flatResults = new CoreValue[count];
            for (int i = 0; i < count; i++) flatResults[i] = new CoreValue(signature.Lift.Results[i], slots[i]);
            var reader = new FlatReader(flatResults);
            WitValue[] results = CanonicalAbi.LiftFlatValues(cx, CanonicalLayout.MaxFlatResults, ref reader, signature.Results);
            cx.BorrowScope.EnsureNoBorrows();
            if (function.Options.PostReturnSlot >= 0) RunPostReturn(function, slots.Slice(0, count));
            return results;
        }
        finally
        {
            Leave(function.Node, caller);
        }
    }

    private void RunPostReturn(LiftedFunction function, ReadOnlySpan<ulong> flatResults)
    {
        CoreFunction post = Function(function.Options.PostReturnSlot);
        NodeState node = _nodes[function.Node];
        node.MayLeave = false;
        try
        {
            post.Invoke(flatResults, Span<ulong>.Empty);
        }
        finally
        {
            node.MayLeave = true;
        }
    }

    /// <summary>The typed path's call of export <paramref name="export"/> (see <see cref="ComponentCoreExports"/>).</summary>
    public void InvokeCore(int export, ReadOnlySpan<CoreValue> arguments, Span<CoreValue> results)
    {
        TypedExport?[] typed = _typedExports;
        if ((uint)export >= (uint)typed.Length)
        {
            DestroyFromHost(export - typed.Length, arguments);
            return;
        }
        BeginHostCall();
        TypedExport call = typed[export] ?? PrepareTypedExport(export);
        CoreValueType[] parameterTypes = call.Params, resultTypes = call.Results;
        int parameters = parameterTypes.Length, count = resultTypes.Length;
        if (arguments.Length != parameters || results.Length != count)
        {
            throw new CanonicalAbiTrapException(call.Function.Name + " takes " + parameters + " and returns " + count + " core value(s); the bindings pass " + arguments.Length + " and expect " + results.Length);
        }
        int node = call.Function.Node;
        EnterFromHost(node, call.Function.Name);
        _depth++;
        try
        {
            FlatArguments argumentBuffer = default;
            ulong single = 0;
            Span<ulong> args = parameters <= FlatArguments.Length ? ((Span<ulong>)argumentBuffer)[..parameters] : new ulong[parameters];
            Span<ulong> slots = count <= 1 ? new Span<ulong>(ref single) : new ulong[count];
            for (int i = 0; i < parameters; i++)
            {
                if (arguments[i].Type != parameterTypes[i]) throw new CanonicalAbiTrapException(call.Function.Name + " core argument " + i + " is " + parameterTypes[i].Name() + ", the bindings pass " + arguments[i].Type.Name());
                args[i] = arguments[i].Bits;
            }
            call.Core.Invoke(args, slots);
            for (int i = 0; i < count; i++) results[i] = new CoreValue(resultTypes[i], slots[i]);
        }
        catch (Exception e) when (IsTrap(e))
        {
            LeaveToHost(node);
            ExceptionDispatchInfo.Throw(Trapped(e, call.Function.Name));
            throw;
        }
        finally
        {
            _depth--;
        }
        // The instance stays entered until the bindings have lifted the results and call PostReturn.
        _pendingExport = export;
    }

    // The first typed call of an export checks its core type (LiftContext) and keeps what later calls need.
    private TypedExport PrepareTypedExport(int export)
    {
        LiftedFunction function = Plan.Lifted[export];
        LiftContext(function);
        return _typedExports[export] = new TypedExport(function, Function(function.CoreFunctionSlot));
    }

    /// <summary>Ends a typed call: runs the export's post-return and leaves the instance.</summary>
    public void PostReturnCore(int export, ReadOnlySpan<CoreValue> results)
    {
        if ((uint)export >= (uint)Plan.Lifted.Count) return;
        ThrowIfPoisoned();
        if (_pendingExport != export) throw new InvalidOperationException("PostReturn(" + export + ") does not follow a call of that export");
        LiftedFunction function = Plan.Lifted[export];
        _pendingExport = -1;
        if (function.Options.PostReturnSlot < 0) LeaveToHost(function.Node);
        else PostReturnAndLeave(function, results);
    }

    // Apart from PostReturnCore so that its stackalloc does not keep that warm path from tiering up with profile data.
    private void PostReturnAndLeave(LiftedFunction function, ReadOnlySpan<CoreValue> results)
    {
        try
        {
            Span<ulong> slots = stackalloc ulong[Math.Max(results.Length, 1)];
            for (int i = 0; i < results.Length; i++) slots[i] = results[i].Bits;
            _depth++;
            try
            {
                RunPostReturn(function, slots.Slice(0, results.Length));
            }
            catch (Exception e) when (IsTrap(e))
            {
                ExceptionDispatchInfo.Throw(Trapped(e, function.Name + "'s post-return"));
                throw;
            }
            finally
            {
                _depth--;
            }
        }
        finally
        {
            Leave(function.Node, -1);
        }
    }

    private void DestroyFromHost(int resource, ReadOnlySpan<CoreValue> arguments)
    {
        if ((uint)resource >= (uint)Plan.Resources.Count || arguments.Length != 1) throw new ArgumentOutOfRangeException(nameof(resource), "not an index ResolveExport returned");
        BeginHostCall();
        ResourceRoot root = Plan.Resources[resource];
        _depth++;
        try
        {
            ResourceBuiltins.Destroy(this, root, (uint)arguments[0].Bits, -1);
        }
        catch (Exception e) when (IsTrap(e))
        {
            ExceptionDispatchInfo.Throw(Trapped(e, root.Name + "'s destructor"));
            throw;
        }
        finally
        {
            _depth--;
        }
    }

    // ---- disposal ----

    /// <summary>Runs the host's destructor for every host resource the guest still owns, then poisons the instance.</summary>
    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        var hostRoots = new Dictionary<int, ResourceRoot>();
        foreach (ResourceRoot root in Plan.Resources)
        {
            if (root.IsHost) hostRoots[root.Id] = root;
        }
        List<Exception>? failures = null;
        foreach (NodeState node in _nodes)
        {
            foreach (KeyValuePair<int, ResourceHandle> entry in node.State.Handles.Entries)
            {
                ResourceHandle handle = entry.Value;
                if (!handle.Own || !hostRoots.TryGetValue(handle.ResourceType, out ResourceRoot? root)) continue;
                try
                {
                    ResourceBuiltins.DestroyHost(this, root, handle.Rep);
                }
                catch (Exception e)
                {
                    (failures ??= new List<Exception>()).Add(e);
                }
            }
        }
        _poison = "it was disposed";
        if (failures != null) throw new AggregateException("host resource destructors failed while the component instance was disposed", failures);
    }
}
