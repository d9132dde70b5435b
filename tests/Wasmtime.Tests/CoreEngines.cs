using System;
using System.Collections.Generic;
using WitSharp.Engine;
using WitSharp.Engine.Components.Engines;

namespace WitSharp.Wasmtime.Tests;

/// <summary>The engines the core-seam tests run on: each test runs on both and compares.</summary>
internal static class CoreEngines
{
    /// <summary>Theory data: the engine names.</summary>
    public static IEnumerable<object[]> Names => [["managed"], ["wasmtime"]];

    /// <summary>A fresh engine by name.</summary>
    public static CoreEngine Create(string name, bool fuel = false) => name switch
    {
        "managed" => new WasmEngine(new WasmEngineOptions { ConsumeFuel = fuel }),
        "wasmtime" => new WasmtimeEngine(new WasmtimeEngineOptions { ConsumeFuel = fuel }),
        _ => throw new ArgumentException("no engine " + name, nameof(name)),
    };

    /// <summary>A module in text form, compiled by <paramref name="engine"/> (Wasmtime's text converter makes the bytes).</summary>
    public static CoreModule Compile(CoreEngine engine, string wat) => engine.Compile(global::Wasmtime.Module.ConvertText(wat));

    /// <summary>The function export <paramref name="name"/> of <paramref name="instance"/>.</summary>
    public static CoreFunction Function(CoreInstance instance, string name) =>
        (CoreFunction?)instance.GetExport(name, CoreExternKind.Function) ?? throw new InvalidOperationException("no function " + name);
}
