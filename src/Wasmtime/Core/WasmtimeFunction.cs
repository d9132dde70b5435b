using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using WitSharp.Engine.Components.Engines;
using WitSharp.Wasmtime.Native;
using WitSharp.WitParser.Abi;

namespace WitSharp.Wasmtime.Core;

/// <summary>
/// A Wasmtime function behind the seam. Calls go straight to <c>wasmtime_func_call_unchecked</c> with the flat slots
/// copied into a stack buffer: no boxing, no allocation, one native transition.
/// </summary>
internal sealed class WasmtimeFunction : CoreFunction
{
    // Calls with up to InlineSlots slots use a fixed buffer, up to StackSlots stackalloc, more a heap buffer.
    private const int InlineSlots = 8;
    private const int StackSlots = 32;

    private readonly FunctionHandle _handle;
    private readonly global::Wasmtime.ValueKind[] _parameters;
    private readonly ulong[] _resultMasks;

    public WasmtimeFunction(WasmtimeStore store, global::Wasmtime.Function function)
    {
        Store = store;
        Native = function;
        _handle = WrapperHandles.Function(function);
        _parameters = [.. function.Parameters];
        _resultMasks = new ulong[function.Results.Count];
        // Wasmtime writes a 32-bit result into the low half of its slot and leaves the high half as it was; the seam
        // promises zeros there.
        for (int i = 0; i < _resultMasks.Length; i++) _resultMasks[i] = Is32Bit(function.Results[i]) ? uint.MaxValue : ulong.MaxValue;
        Supported = Array.TrueForAll(_parameters, IsNumber) && function.Results.Count == _resultMasks.Length && AllNumbers(function.Results);
    }

    public WasmtimeStore Store { get; }

    public global::Wasmtime.Function Native { get; }

    /// <summary>False when a parameter or result is a reference or vector, which flat slots cannot carry.</summary>
    private bool Supported { get; }

    public override bool HasType(IReadOnlyList<CoreValueType> parameters, IReadOnlyList<CoreValueType> results) =>
        Same(Native.Parameters, parameters) && Same(Native.Results, results);

    // SkipLocalsInit: the slot buffer is not zeroed; the parameters are written below and Wasmtime writes the results.
    // NoInlining: inlined into a caller's try/catch (the component runtime's), the native call would go through a
    // marshalling stub, as the JIT does not inline a P/Invoke there.
    [SkipLocalsInit]
    [MethodImpl(MethodImplOptions.NoInlining)]
    public override void Invoke(ReadOnlySpan<ulong> arguments, Span<ulong> results)
    {
        int parameterCount = _parameters.Length, resultCount = _resultMasks.Length;
        if (arguments.Length != parameterCount || results.Length < resultCount || !Supported) throw BadCall(arguments.Length, results.Length);
        int length = Math.Max(parameterCount, resultCount);
        if (length > InlineSlots)
        {
            InvokeWide(arguments, results, length);
            return;
        }
        // A fixed buffer rather than stackalloc: a method without stackalloc tiers up with profile data like any other.
        // Unsafe.SkipInit: not zeroed (SkipLocalsInit), as the slots are written before Wasmtime reads them.
        Unsafe.SkipInit(out SlotBuffer buffer);
        Call(arguments, results, ((Span<RawValue>)buffer)[..length]);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    [SkipLocalsInit]
    private void InvokeWide(ReadOnlySpan<ulong> arguments, Span<ulong> results, int length) =>
        Call(arguments, results, length <= StackSlots ? stackalloc RawValue[length] : new RawValue[length]);

    // Slots holds max(params, results) 16-byte values, as the unchecked call requires.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private unsafe void Call(ReadOnlySpan<ulong> arguments, Span<ulong> results, Span<RawValue> slots)
    {
        for (int i = 0; i < arguments.Length; i++) slots[i] = new RawValue { Bits = arguments[i] };
        FunctionHandle handle = _handle;
        IntPtr context = Store.Enter();
        // Wasmtime writes the trap only when there is one: it must start as zero (SkipLocalsInit leaves it unset).
        IntPtr error, trap = IntPtr.Zero;
        try
        {
            // The function's type was read from the function itself, so the slots match it.
            fixed (RawValue* buffer = slots)
            {
                error = WasmtimeApi.wasmtime_func_call_unchecked(context, &handle, buffer, (nuint)slots.Length, &trap);
            }
        }
        finally
        {
            Store.Leave();
        }
        if (error != IntPtr.Zero || trap != IntPtr.Zero) throw TrapMapping.FromCall(error, trap);
        for (int i = 0; i < _resultMasks.Length; i++) results[i] = slots[i].Bits & _resultMasks[i];
    }

    [InlineArray(InlineSlots)]
    private struct SlotBuffer
    {
        private RawValue _slot;
    }

    public override string ToString() => "(" + string.Join(", ", Native.Parameters) + ") -> (" + string.Join(", ", Native.Results) + ")";

    private ArgumentException BadCall(int arguments, int results) => !Supported
        ? new ArgumentException("the function " + this + " takes or returns references or vectors, which flat slots cannot carry")
        : new ArgumentException("the function " + this + " takes " + _parameters.Length + " argument(s) and returns " + _resultMasks.Length
            + " result(s); the call passed " + arguments + " argument slot(s) and " + results + " result slot(s)");

    internal static bool Is32Bit(global::Wasmtime.ValueKind kind) => kind is global::Wasmtime.ValueKind.Int32 or global::Wasmtime.ValueKind.Float32;

    private static bool IsNumber(global::Wasmtime.ValueKind kind) =>
        kind is global::Wasmtime.ValueKind.Int32 or global::Wasmtime.ValueKind.Int64 or global::Wasmtime.ValueKind.Float32 or global::Wasmtime.ValueKind.Float64;

    private static bool AllNumbers(IReadOnlyList<global::Wasmtime.ValueKind> kinds)
    {
        foreach (global::Wasmtime.ValueKind kind in kinds) if (!IsNumber(kind)) return false;
        return true;
    }

    private static bool Same(IReadOnlyList<global::Wasmtime.ValueKind> actual, IReadOnlyList<CoreValueType> expected)
    {
        if (actual.Count != expected.Count) return false;
        for (int i = 0; i < actual.Count; i++) if (actual[i] != ValueKinds.Of(expected[i])) return false;
        return true;
    }
}
