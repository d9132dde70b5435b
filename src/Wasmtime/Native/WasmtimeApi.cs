using System;
using System.Runtime.InteropServices;

namespace WitSharp.Wasmtime.Native;

/// <summary>
/// The few functions of Wasmtime's C API (the <c>libwasmtime</c> that the Wasmtime package ships) called directly on the
/// hot paths: a call with flat values in place, and the base and size of a linear memory. The .NET wrapper's own paths
/// box values or allocate per call; these do neither. Everything else goes through the wrapper's public API.
/// </summary>
internal static unsafe class WasmtimeApi
{
    // The same library name the Wasmtime package's own declarations use, so both resolve to one loaded library.
    private const string Library = "wasmtime";

    // Every parameter is a pointer or a number (no `in`/`out`), so nothing needs marshalling and the JIT emits the
    // native call inline, without an IL stub around it: a few nanoseconds of a warm component call.

    /// <summary>
    /// Calls <paramref name="func"/> with arguments in <paramref name="argsAndResults"/>, which receives the results;
    /// the span holds max(params, results) values, each 16 bytes. Returns an owned error (or zero) and sets
    /// <paramref name="trap"/> to an owned trap (or zero).
    /// </summary>
    [DllImport(Library, ExactSpelling = true)]
    public static extern IntPtr wasmtime_func_call_unchecked(IntPtr context, FunctionHandle* func, RawValue* argsAndResults, nuint length, IntPtr* trap);

    /// <summary>The base address of a linear memory; valid until the memory grows.</summary>
    [DllImport(Library, ExactSpelling = true)]
    public static extern byte* wasmtime_memory_data(IntPtr context, MemoryHandle* memory);

    /// <summary>The size of a linear memory in bytes.</summary>
    [DllImport(Library, ExactSpelling = true)]
    public static extern nuint wasmtime_memory_data_size(IntPtr context, MemoryHandle* memory);
}

/// <summary>Wasmtime's <c>wasmtime_val_raw_t</c>: a 16-byte union; i32/i64/f32/f64 sit little-endian in its low bytes.</summary>
[StructLayout(LayoutKind.Explicit, Size = 16)]
internal struct RawValue
{
    [FieldOffset(0)]
    public ulong Bits;

    [FieldOffset(8)]
    public ulong High;
}

/// <summary>Wasmtime's <c>wasmtime_func_t</c> (store id, private index): 16 bytes, copied from the wrapper's Function.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct FunctionHandle
{
    public ulong StoreId;
    public IntPtr Private;
}

/// <summary>Wasmtime's <c>wasmtime_memory_t</c>: 24 bytes, copied from the wrapper's Memory.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct MemoryHandle
{
    public ulong StoreId;
    public ulong Private1;
    public ulong Private2;
}
