using System;
using System.Threading;
using WitSharp.Engine;
using WitSharp.Engine.Components;
using WitSharp.Engine.Components.Engines;
using WitSharp.Runtime;
using WitSharp.Wasi.Bindings.Wasi.Cli.V0_2_12.Run;

namespace WitSharp.Wasi;

/// <summary>
/// Runs a <c>wasi:cli/command</c> component: links all of WASI with a fresh <see cref="WasiContext"/>, instantiates the
/// component and calls its <c>wasi:cli/run.run</c> export (any 0.2.x), the way <c>witsharp run</c> does.
/// </summary>
public static class WasiCommand
{
    /// <summary>The exit code of a run that trapped: 128 + SIGABRT, as a native program that aborts reports.</summary>
    public const int TrapExitCode = 134;

    /// <summary>
    /// Runs <paramref name="component"/> with what <paramref name="configuration"/> grants and returns how it ended.
    /// A component that does not link (an import WASI does not provide, or no <c>wasi:cli/run</c> export) throws
    /// <see cref="ComponentLinkException"/> before anything runs; a trap, an interruption by
    /// <see cref="WasiLimits.Timeout"/> and a host error during the run are results, not exceptions.
    /// </summary>
    public static WasiRunResult Run(Component component, WasiConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(component);
        ArgumentNullException.ThrowIfNull(configuration);
        var linker = new ComponentLinker(component.Engine);
        using WasiContext context = configuration.CreateContext();
        linker.AddWasi(context);
        using CoreStore store = component.Engine.CreateStore();
        using var deadline = configuration.Limits.Timeout is { } timeout ? new CancellationTokenSource(timeout) : null;
        if (deadline is not null) store.InterruptToken = deadline.Token;
        using ComponentInstance instance = linker.Instantiate(store, component);
        ComponentCoreExports exports = instance.CoreExports;
        RunExportsBinding run;
        try
        {
            run = new RunExportsBinding(exports, exports.Context, exports.ResolveExport);
        }
        catch (System.Collections.Generic.KeyNotFoundException)
        {
            throw new ComponentLinkException("the component is not a wasi:cli/command: it exports no wasi:cli/run@0.2.x run function");
        }
        try
        {
            return new WasiRunResult(run.Run().IsOk ? 0 : 1, null) { Refusals = context.Refusals };
        }
        catch (Exception e) when (e is WasmTrapException or CanonicalAbiTrapException or WasiExitException)
        {
            if (context.ExitCode is { } code) return new WasiRunResult(code, null) { Refusals = context.Refusals };
            return new WasiRunResult(TrapExitCode, e.Message) { Refusals = context.Refusals };
        }
    }
}
