using System;
using System.IO;
using System.Linq;
using Wasmtime;
using WasmtimeWasiConfiguration = Wasmtime.WasiConfiguration;
using WasmtimeComponent = Wasmtime.Components.Component;
using WasmtimeLinker = Wasmtime.Components.ComponentLinker;

namespace WitSharp.Wasi.Tests.Reference;


/// <summary>
/// Runs a WASI command on Wasmtime.Components with <c>AddWasiPreview2</c>, the reference: the same arguments,
/// environment and stdin as ours, stdout and stderr captured in files, the exit code from <c>run</c>'s result or
/// <see cref="WasmtimeException.ExitCode"/>.
/// </summary>
public static class WasmtimeWasiRunner
{
    private static readonly Lazy<global::Wasmtime.Engine> s_engine = new(() => new global::Wasmtime.Engine());

    public static ProgramOutcome Run(string componentPath, ProgramInput input, Func<global::Wasmtime.WasiConfiguration, global::Wasmtime.WasiConfiguration>? configure = null)
    {
        string scratch = Path.Combine(Path.GetTempPath(), "witsharp-wasi-ref-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(scratch);
        try
        {
            string stdout = Path.Combine(scratch, "stdout"), stderr = Path.Combine(scratch, "stderr"), stdin = Path.Combine(scratch, "stdin");
            File.WriteAllBytes(stdin, input.Stdin ?? Array.Empty<byte>());
            var wasi = new WasmtimeWasiConfiguration()
                .WithArgs(new[] { ProgramInput.ProgramName }.Concat(input.Args).ToArray())
                .WithEnvironmentVariables(input.Env.Select(e => (e.Key, e.Value)))
                .WithStandardInput(stdin)
                .WithStandardOutput(stdout)
                .WithStandardError(stderr);
            if (configure is not null) wasi = configure(wasi); // preopens, for the filesystem differential
            int exitCode;
            bool trapped = false;
            using (var store = new global::Wasmtime.Store(s_engine.Value))
            {
                store.SetWasiConfiguration(wasi);
                using var component = WasmtimeComponent.FromBytes(s_engine.Value, File.ReadAllBytes(componentPath));
                using var linker = new WasmtimeLinker(s_engine.Value);
                linker.AddWasiPreview2();
                var instance = linker.Instantiate(store, component);
                var run = RunFunction(instance) ?? throw new InvalidOperationException("the component exports no wasi:cli/run run function");
                try
                {
                    var result = run.Call();
                    exitCode = result is { IsOk: true } ? 0 : 1;
                }
                catch (WasmtimeException e) when (e.ExitCode is not null)
                {
                    exitCode = e.ExitCode.Value;
                }
                catch (WasmtimeException)
                {
                    exitCode = WasiCommand.TrapExitCode;
                    trapped = true;
                }
            }
            return new ProgramOutcome(File.ReadAllText(stdout), File.ReadAllText(stderr), exitCode, trapped);
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    private static global::Wasmtime.Components.ComponentFunction? RunFunction(global::Wasmtime.Components.ComponentInstance instance)
    {
        // The adapter decides which 0.2.x the component exports; try the versions jco's adapters have used.
        foreach (string version in new[] { "0.2.12", "0.2.6", "0.2.3", "0.2.2", "0.2.1", "0.2.0" })
        {
            var function = instance.GetFunction("wasi:cli/run@" + version, "run");
            if (function is not null) return function;
        }
        return null;
    }
}
