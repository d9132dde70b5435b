using System;
using System.Runtime.CompilerServices;

namespace WitSharp.Engine.Execution;

/// <summary>A suspended caller: the function, where it resumes, and its frame pointer.</summary>
internal readonly struct CallFrame
{
    public CallFrame(WasmFunction function, int returnPc, int fp)
    {
        Function = function;
        ReturnPc = returnPc;
        Fp = fp;
    }

    public WasmFunction Function { get; }
    public int ReturnPc { get; }
    public int Fp { get; }
}

/// <summary>
/// One store's value stack and call-frame stack. WebAssembly calls push frames here instead of recursing in C#,
/// so deep recursion ends in a <see cref="TrapKind.CallStackExhausted"/> trap, never a process crash.
/// </summary>
internal sealed class ExecutionStack
{
    private const int InitialSlots = 1 << 10;
    /// <summary>Work units between polls unless <see cref="WasmEngineOptions.StressPollInterval"/> says otherwise.</summary>
    internal const int DefaultPollInterval = 1 << 14;

    private readonly int _maxSlots;
    private readonly WasmStore _store;
    private readonly long _pollInterval;

    public ExecutionStack(WasmStore store, int maxCallDepth, int maxSlots, int pollInterval = DefaultPollInterval)
    {
        _store = store;
        _pollInterval = pollInterval;
        Budget = pollInterval;
        MaxDepth = maxCallDepth;
        _maxSlots = maxSlots;
        Values = new ulong[Math.Min(InitialSlots, maxSlots)];
        Frames = new CallFrame[Math.Min(16, maxCallDepth)];
    }

    public ulong[] Values { get; private set; }

    public CallFrame[] Frames { get; private set; }

    /// <summary>Frames in use.</summary>
    public int Depth;

    /// <summary>The first free value slot for a call entering from the host.</summary>
    public int Top;

    /// <summary>
    /// Host functions running on this stack. While a WebAssembly call is in progress, host code runs only inside
    /// one, so this is what tells the store that values may be in flight in the value stack's slots; counted there
    /// (and not on every call from the host) to keep the host-to-wasm call path free of bookkeeping.
    /// </summary>
    public int HostCallDepth;

    public int MaxDepth { get; }

    /// <summary>Work units the interpreter may spend before it checks fuel and interruption again.</summary>
    public long Budget;

    /// <summary>Fuel not yet handed to <see cref="Budget"/>; used only when fuel is on.</summary>
    public long FuelReserve;

    public bool FuelEnabled;

    /// <summary>Work units a refill hands out when fuel is off (the poll interval).</summary>
    internal long PollInterval => _pollInterval;

    /// <summary>
    /// Set when compiled code refilled the budget: a tiering sample that the CIL tier's entry from the interpreter
    /// hands to the interpreted caller on return (a refill inside a compiled loop makes no call, see CilRuntime.Refill).
    /// </summary>
    internal bool CompiledRefilled;

    /// <summary>
    /// The lowest stack address known to leave room for a compiled frame on the thread running compiled code now
    /// (set on each entry into compiled code; see CilRuntime.Enter). Max (unknown) until compiled code first runs.
    /// </summary>
    internal nuint StackFloor = nuint.MaxValue;

    /// <summary>Makes room for <paramref name="slots"/> value slots; false when the limit forbids it.</summary>
    public bool EnsureValues(int slots)
    {
        if (slots <= Values.Length) return true;
        if (slots > _maxSlots || slots < 0) return false;
        int size = Values.Length;
        while (size < slots) size = (int)Math.Min((long)size * 2, _maxSlots);
        var grown = new ulong[size];
        Values.AsSpan().CopyTo(grown);
        Values = grown;
        return true;
    }

    /// <summary>Pushes a caller frame; false when the call depth limit is reached.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryPush(in CallFrame frame)
    {
        if (Depth < Frames.Length)
        {
            Frames[Depth++] = frame;
            return true;
        }
        return TryPushGrowing(frame);
    }

    private bool TryPushGrowing(in CallFrame frame)
    {
        if (Depth >= MaxDepth) return false;
        var grown = new CallFrame[Math.Min(Frames.Length * 2, MaxDepth)];
        Frames.AsSpan().CopyTo(grown);
        Frames = grown;
        Frames[Depth++] = frame;
        return true;
    }

    /// <summary>
    /// Called when the budget runs out: returns the new budget, or the negated <see cref="TrapKind"/> that stops execution.
    /// (A return value rather than a ref parameter, so the interpreter's budget local stays in a register.)
    /// </summary>
    public long Refill()
    {
        if (_store.InterruptToken.IsCancellationRequested) return -(long)TrapKind.Interrupted;
        if (!FuelEnabled) return _pollInterval;
        if (FuelReserve <= 0) return -(long)TrapKind.OutOfFuel;
        long chunk = Math.Min(FuelReserve, _pollInterval);
        FuelReserve -= chunk;
        return chunk - 1;
    }

    /// <summary>True when the store's interrupt token is signalled; bulk operations ask between chunks.</summary>
    public bool InterruptRequested => _store.InterruptToken.IsCancellationRequested;

    /// <summary>
    /// Charges <paramref name="cost"/> work units (see <see cref="WorkCost"/>) against <paramref name="budget"/> before a
    /// bulk operation runs: returns the new budget, or the negated <see cref="TrapKind"/> that stops execution. With fuel
    /// on, an operation that costs more than the fuel left traps before it writes anything (the fuel left becomes 0).
    /// </summary>
    public long Charge(long budget, long cost)
    {
        budget -= cost;
        if (budget >= 0) return budget;
        if (!FuelEnabled) return Refill();
        if (FuelReserve < -budget)
        {
            FuelReserve = 0;
            return -(long)TrapKind.OutOfFuel;
        }
        FuelReserve += budget;
        if (InterruptRequested) return -(long)TrapKind.Interrupted;
        long chunk = Math.Min(FuelReserve, _pollInterval);
        FuelReserve -= chunk;
        return chunk;
    }
}
