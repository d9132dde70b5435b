using System;
using System.Collections.Generic;
using System.Runtime.ExceptionServices;
using WitSharp.Runtime;

namespace WitSharp.Engine.Bindings;

/// <summary>
/// A guest's core instance on the managed engine, as generated bindings reach it: its linear memory and
/// <c>cabi_realloc</c> (<see cref="ICanonicalMemory"/>), its exports called by index with their
/// <c>cabi_post_*</c> functions (<see cref="ICoreFunctionInvoker"/>), and the <see cref="Context"/> every binding
/// of this instance shares. Made by <see cref="CanonicalLinker.Instantiate(WasmStore, WasmModule)"/>.
/// </summary>
/// <remarks>
/// <para>Engine traps surface unchanged as <see cref="WasmTrapException"/>. A <see cref="CanonicalAbiTrapException"/>
/// thrown by an import trampoline while the guest runs reaches the caller as itself, not wrapped.</para>
/// <para>A trap leaves a component instance unusable (the Component Model has no recovery): after an export call
/// traps, or its results failed to lift (the call never reached its post-return), every further call traps with
/// a message saying so, and <see cref="HasTrapped"/> is true.</para>
/// <para>An instance cannot be re-entered: a call from host code that a guest's import is running traps (resource
/// destructors the guest's own <c>[resource-drop]</c> runs are not re-entrance).</para>
/// <para>Not thread-safe, like the store it runs in.</para>
/// </remarks>
/// <example>
/// <code>
/// var linker = new CanonicalLinker(engine);
/// linker.DefineImport("demo:text/host@0.1.0", "log", myHost, HostImportsBinding.Log);
/// GuestInstance guest = linker.Instantiate(new WasmStore(engine), module);
/// ITextExports text = new TextExportsBinding(guest, guest.Context, guest.ResolveExport);
/// string reversed = text.Reverse("héllo");
/// </code>
/// </example>
public sealed class GuestInstance : ICanonicalMemory, ICoreFunctionInvoker
{
    // Up to this many flat values travel in stack-allocated slots.
    private const int StackSlots = 16;

    private readonly List<BoundExport> _exports = new();
    private readonly Dictionary<string, int> _indices = new(StringComparer.Ordinal);
    private readonly WasmMemory? _memory;
    private readonly WasmFunction? _realloc;
    private int _depth;
    private int _pendingPostReturn = -1;
    private int _hostCalls;
    private string? _trap;

    internal GuestInstance(WasmInstance instance, string memoryExport, string reallocExport, CanonicalOptions options, Runtime.Resources.ComponentInstanceState state)
    {
        CoreInstance = instance;
        _memory = instance.GetMemory(memoryExport);
        _realloc = instance.GetFunction(reallocExport);
        Context = new CallContext(this, options, state, new Runtime.Resources.BorrowScope());
        ResolveExport = Resolve;
    }

    /// <summary>The engine's instance of the guest module (for exports outside the bindings).</summary>
    public WasmInstance CoreInstance { get; }

    /// <summary>The canonical context of this instance: pass it to every generated export binding of it.</summary>
    public CallContext Context { get; }

    /// <summary>
    /// Maps a core export name (<c>ns:pkg/iface@version#function</c>) to the index <see cref="Invoke"/> calls it by;
    /// the export binding constructors take it. One delegate for the instance's lifetime, so resource bindings
    /// recognise it. An unknown name throws <see cref="KeyNotFoundException"/>.
    /// </summary>
    public Func<string, int> ResolveExport { get; }

    /// <summary>
    /// True once a call into this instance trapped, or a call's results failed to lift; every further call traps.
    /// </summary>
    public bool HasTrapped => _trap != null || (_depth == 0 && _pendingPostReturn >= 0);

    /// <inheritdoc/>
    /// <remarks>Empty when the guest exports no memory; bounds checks then trap on any access.</remarks>
    public Span<byte> Memory => _memory is null ? Span<byte>.Empty : _memory.Span;

    /// <inheritdoc/>
    public ulong Realloc(ulong oldPtr, ulong oldSize, uint alignment, ulong newSize)
    {
        Enter();
        if (_realloc is null) throw new CanonicalAbiTrapException("the guest exports no cabi_realloc, but the call needs guest memory");
        Span<ulong> args = stackalloc ulong[4];
        Span<ulong> results = stackalloc ulong[1];
        bool i64 = Context.PointerSize == 8;
        args[0] = oldPtr;
        args[1] = oldSize;
        args[2] = alignment;
        args[3] = newSize;
        if (_realloc.Type.Parameters.Length != 4 || _realloc.Type.Results.Length != 1)
        {
            throw new CanonicalAbiTrapException("cabi_realloc has type " + _realloc.Type + ", expected four parameters and one result");
        }
        Run(_realloc, args, results, "cabi_realloc");
        return i64 ? results[0] : (uint)results[0];
    }

    /// <inheritdoc/>
    /// <remarks>
    /// A call with results must be followed by <see cref="PostReturn"/> once they are lifted (generated bindings do
    /// this); a host call that finds the previous one never got there traps, taking it for a failed lift.
    /// </remarks>
    /// <exception cref="WasmTrapException">The guest trapped.</exception>
    /// <exception cref="CanonicalAbiTrapException">The flat values do not match the export's core type, an import trampoline trapped, or the instance trapped before.</exception>
    public void Invoke(int export, ReadOnlySpan<CoreValue> arguments, Span<CoreValue> results)
    {
        BoundExport bound = Bound(export);
        Enter();
        if (_hostCalls > 0)
        {
            // The Component Model forbids re-entering an instance that is on the stack (a host import calling back).
            throw new CanonicalAbiTrapException("cannot call " + bound.Name + ": the component instance is waiting on a host import and cannot be re-entered");
        }
        try
        {
            Call(bound, arguments, results);
        }
        catch (CanonicalAbiTrapException trap)
        {
            // Also when the guest's core signature does not match the WIT: no later call to it can be trusted.
            Poison(trap.Message);
            throw;
        }
        if (_depth == 0 && results.Length > 0) _pendingPostReturn = export;
    }

    /// <inheritdoc/>
    public void PostReturn(int export, ReadOnlySpan<CoreValue> results)
    {
        BoundExport bound = Bound(export);
        ThrowIfTrapped();
        if (_pendingPostReturn == export && _depth == 0) _pendingPostReturn = -1;
        if (bound.PostReturn is not { } post) return;
        int count = post.Type.Parameters.Length;
        Span<ulong> args = count <= StackSlots ? stackalloc ulong[count] : new ulong[count];
        try
        {
            CoreValues.ToSlots(results, post.Type.Parameters, args, bound.PostReturnDescription);
        }
        catch (CanonicalAbiTrapException mismatch)
        {
            Poison(mismatch.Message);
            throw;
        }
        Run(post, args, Span<ulong>.Empty, bound.PostReturnDescription);
    }

    private void Call(BoundExport bound, ReadOnlySpan<CoreValue> arguments, Span<CoreValue> results)
    {
        var function = bound.Function;
        int parameters = function.Type.Parameters.Length, count = function.Type.Results.Length;
        if (results.Length != count)
        {
            throw new CanonicalAbiTrapException(bound.Description + " returns " + count + " core value(s), the bindings expect " + results.Length);
        }
        Span<ulong> args = parameters <= StackSlots ? stackalloc ulong[parameters] : new ulong[parameters];
        Span<ulong> slots = count <= StackSlots ? stackalloc ulong[count] : new ulong[count];
        CoreValues.ToSlots(arguments, function.Type.Parameters, args, bound.Description);
        Run(function, args, slots, bound.Name);
        CoreValues.FromSlots(slots, function.Type.Results, results);
    }

    private int Resolve(string name)
    {
        if (name is null) throw new ArgumentNullException(nameof(name));
        if (_indices.TryGetValue(name, out int index)) return index;
        WasmFunction function = CoreInstance.GetFunction(name)
            ?? throw new KeyNotFoundException("the guest exports no function named '" + name + "'");
        _exports.Add(new BoundExport(name, function, CoreInstance.GetFunction("cabi_post_" + name)));
        index = _exports.Count - 1;
        _indices.Add(name, index);
        return index;
    }

    private BoundExport Bound(int export) =>
        (uint)export < (uint)_exports.Count ? _exports[export] : throw new ArgumentOutOfRangeException(nameof(export), export, "not an index ResolveExport returned");

    // Runs one core function; any trap poisons the instance. An ABI trap from a trampoline comes out as itself.
    private void Run(WasmFunction function, ReadOnlySpan<ulong> args, Span<ulong> results, string name)
    {
        _depth++;
        try
        {
            function.Invoke(args, results);
        }
        catch (WasmTrapException trap)
        {
            Poison(name + " trapped: " + trap.Message);
            if (trap.Kind == TrapKind.HostError && trap.InnerException is CanonicalAbiTrapException abi) ExceptionDispatchInfo.Throw(abi);
            throw;
        }
        catch (CanonicalAbiTrapException abi)
        {
            Poison(name + " trapped: " + abi.Message);
            throw;
        }
        finally
        {
            _depth--;
        }
    }

    // Traps when the instance cannot be entered: it trapped, or (from the host, outside any call) the previous call
    // returned but never reached its post-return because lifting its results trapped.
    private void Enter()
    {
        if (_depth == 0 && _pendingPostReturn >= 0)
        {
            Poison("an earlier call to " + _exports[_pendingPostReturn].Name + " trapped while its results were lifted");
        }
        ThrowIfTrapped();
    }

    /// <summary>A host import trampoline starts running host code on behalf of the guest.</summary>
    internal void EnterHost() => _hostCalls++;

    /// <summary>The host import trampoline returned (or threw).</summary>
    internal void LeaveHost() => _hostCalls--;

    private void Poison(string why) => _trap ??= why;

    private void ThrowIfTrapped()
    {
        if (_trap != null) throw new CanonicalAbiTrapException("the component instance can no longer be entered: " + _trap);
    }

    // Descriptions are made once: building them per call would allocate on every call.
    private sealed record BoundExport(string Name, WasmFunction Function, WasmFunction? PostReturn)
    {
        public string Description { get; } = "core export " + Name;

        public string PostReturnDescription { get; } = "cabi_post_" + Name;
    }
}
