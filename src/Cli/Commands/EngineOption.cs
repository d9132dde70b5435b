using System;
using System.CommandLine;
using WitSharp.Engine;
using WitSharp.Engine.Components.Engines;
using WitSharp.Wasmtime;

namespace WitSharp.Cli.Commands;

/// <summary>
/// <c>--engine managed|wasmtime</c> on <c>witsharp run</c> and <c>witsharp serve</c>: which engine compiles and runs the
/// component's core modules. The managed engine is the default; Wasmtime needs the native library the tool ships for
/// its platform.
/// </summary>
public static class EngineOption
{
    /// <summary>WitSharp's own engine (no native code).</summary>
    public const string Managed = "managed";

    /// <summary>Wasmtime (Cranelift), through <c>WitSharp.Wasmtime</c>.</summary>
    public const string Wasmtime = "wasmtime";

    /// <summary>The option, validated at parse time so an unknown name is a usage error (exit code 2).</summary>
    public static Option<string> Create()
    {
        var option = new Option<string>("--engine")
        {
            Description = "The engine that runs the component: managed (WitSharp's own, the default) or wasmtime (compiled by Cranelift).",
            HelpName = "managed|wasmtime",
            DefaultValueFactory = _ => Managed,
        };
        option.Validators.Add(result =>
        {
            string? name = result.GetValueOrDefault<string>();
            if (name is not (Managed or Wasmtime)) result.AddError($"--engine '{name}' is not an engine; use '{Managed}' or '{Wasmtime}'.");
        });
        return option;
    }

    /// <summary>
    /// A new engine named <paramref name="name"/> (one of <see cref="Managed"/> and <see cref="Wasmtime"/>);
    /// <paramref name="managed"/> gives the managed engine's options. With <paramref name="everyStoreHasADeadline"/>,
    /// Wasmtime compiles each module with its interruption checks as it loads: otherwise it would compile them again
    /// at the first instantiation, on the deadline's clock. Dispose the result after its last store.
    /// </summary>
    public static CoreEngine CreateEngine(string name, WasmEngineOptions managed, bool everyStoreHasADeadline = false) => name switch
    {
        Managed => new WasmEngine(managed),
        Wasmtime => new WasmtimeEngine(new WasmtimeEngineOptions { InterruptibleAfterInstantiation = everyStoreHasADeadline }),
        _ => throw new ArgumentException($"no engine named '{name}'", nameof(name)),
    };
}
