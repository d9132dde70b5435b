using System;
using System.Runtime.CompilerServices;
using WitSharp.Engine.Execution;
using WitSharp.Engine.Model;

namespace WitSharp.Engine;

/// <summary>A function owned by a store: defined by a WebAssembly instance, or a host function.</summary>
public sealed class WasmFunction
{
    internal WasmFunction(WasmStore store, FuncType type, WasmInstance? instance, int index, WasmHostCallback? host)
        : this(store, type, FunctionTypeRegistry.GetId(type), instance, index, host)
    {
    }

    /// <summary>Creates a function whose type id is already known (instantiation reuses the module's ids).</summary>
    internal WasmFunction(WasmStore store, FuncType type, int typeId, WasmInstance? instance, int index, WasmHostCallback? host)
    {
        Store = store;
        Type = type;
        Instance = instance;
        Index = index;
        Host = host;
        TypeId = typeId;
        ParameterCount = type.Parameters.Length;
        ResultCount = type.Results.Length;
    }

    /// <summary>The function's signature.</summary>
    public FuncType Type { get; }

    /// <summary>The store that owns the function.</summary>
    public WasmStore Store { get; }

    /// <summary>The defining instance (null for host functions).</summary>
    internal WasmInstance? Instance { get; }

    /// <summary>The index in the defining module's function index space (-1 for host functions).</summary>
    internal int Index { get; }

    internal WasmHostCallback? Host { get; }

    /// <summary>Structural type identity, compared by <c>call_indirect</c>.</summary>
    internal int TypeId { get; }

    /// <summary>
    /// The funcref handle of this function in its store, made the first time the function becomes a reference
    /// (it lives as long as the function; see <see cref="HandleTable"/>).
    /// </summary>
    internal ulong Handle => _handle != 0 ? _handle : _handle = Store.Handles.Register(this);

    private ulong _handle;

    internal int ParameterCount { get; }

    internal int ResultCount { get; }

    internal CompiledFunction? Compiled;

    /// <summary>The translated code; inlined where a call starts, so a function translated already costs one load.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal CompiledFunction GetCompiled() => Compiled ?? Translate();

    // Out of line: runs once per function and instance, and kept apart it lets GetCompiled inline.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private CompiledFunction Translate() => Compiled = Instance!.Module.GetCompiled(Index);

    /// <summary>Calls the function with typed values (checked against <see cref="Type"/>) and returns its results.</summary>
    /// <exception cref="WasmTrapException">Execution trapped.</exception>
    public WasmValue[] Invoke(params WasmValue[] arguments)
    {
        if (arguments is null) throw new ArgumentNullException(nameof(arguments));
        if (arguments.Length != ParameterCount) throw new ArgumentException($"expected {ParameterCount} arguments, got {arguments.Length}", nameof(arguments));
        Span<ulong> args = ParameterCount <= 16 ? stackalloc ulong[ParameterCount] : new ulong[ParameterCount];
        // A safe point to sweep, once, before the arguments' handles exist; from here until the call they are held
        // only by this span, so no sweep runs while they are marshalled.
        if (!Store.InAction) Store.SweepHandlesIfDue();
        Store.SweepBlockers++;
        try
        {
            for (int i = 0; i < arguments.Length; i++)
            {
                if (arguments[i].Type != Type.Parameters[i]) throw new ArgumentException($"argument {i} is {arguments[i].Type}, expected {Type.Parameters[i]}", nameof(arguments));
                args[i] = Store.ToSlot(arguments[i]);
            }
        }
        finally
        {
            Store.SweepBlockers--;
        }
        Span<ulong> results = ResultCount <= 16 ? stackalloc ulong[ResultCount] : new ulong[ResultCount];
        Invoke(args, results);
        var values = new WasmValue[ResultCount];
        for (int i = 0; i < values.Length; i++) values[i] = Store.FromSlot(Type.Results[i], results[i]);
        return values;
    }

    /// <summary>Calls the function with raw slot bits (see <see cref="WasmHostCallback"/> for the encoding).</summary>
    /// <exception cref="WasmTrapException">Execution trapped.</exception>
    public void Invoke(ReadOnlySpan<ulong> arguments, Span<ulong> results)
    {
        if (arguments.Length != ParameterCount) throw new ArgumentException($"expected {ParameterCount} arguments, got {arguments.Length}", nameof(arguments));
        if (results.Length < ResultCount) throw new ArgumentException($"room for {ResultCount} results needed", nameof(results));
        ExecutionStack es = Store.Stack;
        int fp = es.Top;
        Reserve(es, fp);
        arguments.CopyTo(es.Values.AsSpan(fp));
        Execute(es, fp);
        es.Values.AsSpan(fp, ResultCount).CopyTo(results);
    }

    /// <summary>Makes sure the value stack can hold this function's arguments and results at <paramref name="fp"/>.</summary>
    internal void Reserve(ExecutionStack es, int fp)
    {
        if (!es.EnsureValues(fp + Math.Max(ParameterCount, ResultCount)))
            throw new WasmTrapException(TrapKind.CallStackExhausted, WasmTrapException.Describe(TrapKind.CallStackExhausted));
    }

    /// <summary>Runs the function on arguments already in the value stack at <paramref name="fp"/>; results replace them.</summary>
    internal void Execute(ExecutionStack es, int fp)
    {
        int depth = es.Depth, top = es.Top;
        try
        {
            if (Host != null)
            {
                Exception? failure = HostCalls.Invoke(es, this, fp, null);
                if (failure != null) throw failure as WasmTrapException ?? HostCalls.Wrap(failure, Array.Empty<WasmStackFrame>());
            }
            else
            {
                Interpreter.Run(es, this, fp);
            }
        }
        catch (WasmTrapException)
        {
            es.Depth = depth;
            throw;
        }
        finally
        {
            es.Top = top;
        }
    }

    /// <inheritdoc/>
    public override string ToString() => Host != null ? "host function " + Type : "wasm function " + Index + " " + Type;
}
