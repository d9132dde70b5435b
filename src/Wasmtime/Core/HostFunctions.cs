using System;
using System.Collections.Generic;
using WitSharp.Engine.Components.Engines;
using WitSharp.WitParser.Abi;

namespace WitSharp.Wasmtime.Core;

/// <summary>
/// Host functions (the component runtime's import trampolines) as Wasmtime functions: Wasmtime calls back with its
/// values, the callback gets flat slots as on the managed engine, and its results go back the same way. An exception
/// the callback throws ends the WebAssembly call; the call's <see cref="TrapMapping"/> turns it into the managed
/// engine's exception.
/// </summary>
internal static class HostFunctions
{
    // Host functions with more parameters or results than this get heap buffers for their slots.
    private const int StackSlots = 32;

    public static WasmtimeFunction Create(WasmtimeStore store, IReadOnlyList<CoreValueType> parameters, IReadOnlyList<CoreValueType> results, CoreHostCallback callback)
    {
        global::Wasmtime.ValueKind[] parameterKinds = ValueKinds.Of(parameters), resultKinds = ValueKinds.Of(results);
        global::Wasmtime.Function function = global::Wasmtime.Function.FromCallback(store.Native, (_, arguments, values) =>
        {
            // WebAssembly ran up to here and may have grown a memory the callback reads.
            store.Generation++;
            Span<ulong> slots = arguments.Length + values.Length <= StackSlots ? stackalloc ulong[arguments.Length + values.Length] : new ulong[arguments.Length + values.Length];
            Span<ulong> argumentSlots = slots[..arguments.Length], resultSlots = slots[arguments.Length..];
            for (int i = 0; i < arguments.Length; i++) argumentSlots[i] = ToSlot(arguments[i], parameterKinds[i]);
            callback(argumentSlots, resultSlots);
            for (int i = 0; i < values.Length; i++) values[i] = ToValue(resultSlots[i], resultKinds[i]);
            store.Generation++;
        }, parameterKinds, resultKinds);
        return new WasmtimeFunction(store, function);
    }

    private static ulong ToSlot(global::Wasmtime.ValueBox value, global::Wasmtime.ValueKind kind) => kind switch
    {
        global::Wasmtime.ValueKind.Int32 => (uint)value.AsInt32(),
        global::Wasmtime.ValueKind.Int64 => (ulong)value.AsInt64(),
        global::Wasmtime.ValueKind.Float32 => BitConverter.SingleToUInt32Bits(value.AsSingle()),
        _ => BitConverter.DoubleToUInt64Bits(value.AsDouble()),
    };

    // Each arm converts to ValueBox itself: left to the switch, int, long, float and double would meet in their common
    // type, double, and an i64 above 2^53 would lose its low bits.
    private static global::Wasmtime.ValueBox ToValue(ulong slot, global::Wasmtime.ValueKind kind) => kind switch
    {
        global::Wasmtime.ValueKind.Int32 => (global::Wasmtime.ValueBox)(int)(uint)slot,
        global::Wasmtime.ValueKind.Int64 => (global::Wasmtime.ValueBox)(long)slot,
        global::Wasmtime.ValueKind.Float32 => (global::Wasmtime.ValueBox)BitConverter.UInt32BitsToSingle((uint)slot),
        _ => (global::Wasmtime.ValueBox)BitConverter.UInt64BitsToDouble(slot),
    };
}
