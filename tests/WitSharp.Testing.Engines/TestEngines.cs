using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using WitSharp.Engine;
using WitSharp.Engine.Components.Engines;
using WitSharp.Wasmtime;

namespace WitSharp.Testing;

/// <summary>
/// The engines a component runs on, by the name tests carry as their <c>engine</c> parameter
/// (<c>Add(engine: "wasmtime")</c>), so one test body covers every engine and a run's count per engine is a grep.
/// </summary>
public static class TestEngines
{
    /// <summary>The managed engine (<see cref="WasmEngine"/>).</summary>
    public const string Managed = "managed";

    /// <summary>Wasmtime through <c>WitSharp.Wasmtime</c>.</summary>
    public const string Wasmtime = "wasmtime";

    // Wasmtime engines are native objects with a background epoch ticker: one per kind serves every test.
    private static readonly ConcurrentDictionary<bool, WasmtimeEngine> s_wasmtime = new();

    /// <summary>Every engine's name, in the order tests list them.</summary>
    public static IReadOnlyList<string> Names { get; } = [Managed, Wasmtime];

    /// <summary>An engine of kind <paramref name="name"/>, counting fuel when <paramref name="consumeFuel"/> is set.</summary>
    public static CoreEngine Create(string name, bool consumeFuel = false) => name switch
    {
        Managed => new WasmEngine(new WasmEngineOptions { ConsumeFuel = consumeFuel }),
        Wasmtime => s_wasmtime.GetOrAdd(consumeFuel, fuel => new WasmtimeEngine(new WasmtimeEngineOptions { ConsumeFuel = fuel })),
        _ => throw new ArgumentException("no engine named '" + name + "'; the engines are " + string.Join(", ", Names), nameof(name)),
    };

    /// <summary>The managed store underneath <paramref name="store"/>, or null when it belongs to another engine.</summary>
    public static WasmStore? ManagedStore(CoreStore store) => (store as ManagedCoreStore)?.WasmStore;
}
