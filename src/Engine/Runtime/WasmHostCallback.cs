using System;

namespace WitSharp.Engine;

/// <summary>
/// An untyped host function: arguments and results as raw slot bits (i32/f32 in the low 32 bits, references as
/// store handles — convert them with <see cref="WasmCaller.Store"/>). This is the seam generated bindings use.
/// </summary>
/// <param name="caller">Who called: the store and, when called from WebAssembly, the calling instance.</param>
/// <param name="arguments">One slot per parameter.</param>
/// <param name="results">One slot per result, to be written.</param>
public delegate void WasmHostCallback(WasmCaller caller, ReadOnlySpan<ulong> arguments, Span<ulong> results);

/// <summary>The context of a host function call.</summary>
public readonly struct WasmCaller
{
    internal WasmCaller(WasmStore store, WasmInstance? instance)
    {
        Store = store;
        Instance = instance;
    }

    /// <summary>The store the call runs in.</summary>
    public WasmStore Store { get; }

    /// <summary>The calling instance, or null when the host called the function directly.</summary>
    public WasmInstance? Instance { get; }

    /// <summary>The calling instance's exported memory <paramref name="name"/>, or null.</summary>
    public WasmMemory? GetMemory(string name = "memory") => Instance?.GetMemory(name);
}
