using System;
using System.IO;
using System.Text;
using WitSharp.Engine;
using WitSharp.Engine.Components;
using WitSharp.Engine.Components.Engines;
using WitSharp.Testing;

namespace WitSharp.Wasi.Tests;

/// <summary>Runs a WASI command on WitSharp.Wasi (what <c>witsharp run</c> does), output captured in memory.</summary>
public static class OurWasiRunner
{
    private static readonly Lazy<WasmEngine> s_engine = new(() => new WasmEngine());

    /// <summary>
    /// Runs on the engine named <paramref name="engine"/> (<see cref="TestEngines.Names"/>); the managed engine with its
    /// default options, as <c>witsharp run</c> runs it.
    /// </summary>
    public static ProgramOutcome Run(string engine, string componentPath, ProgramInput input, Func<WasiConfiguration, WasiConfiguration>? configure = null)
    {
        var stdout = new MemoryStream();
        var stderr = new MemoryStream();
        var configuration = new WasiConfiguration()
            .Program(ProgramInput.ProgramName)
            .Args(input.Args is string[] array ? array : new System.Collections.Generic.List<string>(input.Args).ToArray())
            .Stdout(stdout)
            .Stderr(stderr);
        foreach (var variable in input.Env) configuration.Env(variable.Key, variable.Value);
        if (input.Stdin is not null) configuration.Stdin(new MemoryStream(input.Stdin, writable: false));
        if (configure is not null) configuration = configure(configuration);
        CoreEngine core = engine == TestEngines.Managed ? s_engine.Value : TestEngines.Create(engine);
        Component component = Component.FromFile(core, componentPath);
        WasiRunResult result = WasiCommand.Run(component, configuration);
        // A trap's message goes after stderr, as a runner prints it, so a failing comparison shows why.
        string errors = Encoding.UTF8.GetString(stderr.ToArray()) + (result.TrapMessage is { } trap ? "[trap] " + trap + "\n" : "");
        return new ProgramOutcome(Encoding.UTF8.GetString(stdout.ToArray()), errors, result.ExitCode, result.Trapped);
    }
}
