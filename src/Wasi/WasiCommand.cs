using System;
using System.Runtime.CompilerServices;
using System.Threading;
using WitSharp.Engine;
using WitSharp.Engine.Components;
using WitSharp.Engine.Components.Engines;
using WitSharp.Runtime;
using WitSharp.Wasi.Bindings.Wasi.Cli.V0_2_12.Run;

namespace WitSharp.Wasi;

/// <summary>
/// Runs a <c>wasi:cli/command</c> component: links all of WASI (once per component), instantiates the component with a
/// fresh <see cref="WasiContext"/> and calls its <c>wasi:cli/run.run</c> export (any 0.2.x), the way
/// <c>witsharp run</c> does.
/// </summary>
public static class WasiCommand
{
    /// <summary>The exit code of a run that trapped: 128 + SIGABRT, as a native program that aborts reports.</summary>
    public const int TrapExitCode = 134;

    // Each component's imports resolved once against an ambient WASI linker, for as long as the component lives: a
    // host running one command many times pays for registering all of WASI and resolving imports (about 33 us,
    // bench/wasi) once.
    private static readonly ConditionalWeakTable<Component, ComponentInstancePre> Prepared = new();

    private static ComponentInstancePre Prepare(Component component)
    {
        var linker = new ComponentLinker(component.Engine);
        linker.AddWasiAmbient();
        return linker.Prepare(component);
    }

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
        ComponentInstancePre pre = Prepared.GetValue(component, Prepare);
        using WasiContext context = configuration.CreateContext();
        // The prepared component's WASI reads the thread's context: entered before the instance and left after it.
        using WasiContext.Scope scope = context.Enter();
        using CoreStore store = component.Engine.CreateStore();
        using CancellationTokenSource? deadline = configuration.Limits.ApplyTo(store);
        ComponentInstance created;
        try
        {
            created = pre.Instantiate(store);
        }
        catch (WasmTrapException e)
        {
            // A start function that traps, or runs past the timeout, ends the run as a trap in the run would.
            return new WasiRunResult(TrapExitCode, e.Message) { Refusals = context.Refusals };
        }
        using ComponentInstance instance = created;
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
        WasiRunResult result;
        try
        {
            result = new WasiRunResult(run.Run().IsOk ? 0 : 1, null);
        }
        catch (Exception e) when (e is WasmTrapException or CanonicalAbiTrapException or WasiExitException)
        {
            result = context.ExitCode is { } code ? new WasiRunResult(code, null) : new WasiRunResult(TrapExitCode, e.Message);
        }
        if (result.ExitCode == 0) return result with { Refusals = context.Refusals };
        // A failed run is told what the host saw that the guest could not say: each note that applies follows the refusals.
        var notes = new System.Collections.Generic.List<string>(context.Refusals);
        if (MemoryLimitNote(instance, store.MaxMemoryPages, configuration.Limits) is { } memory) notes.Add(memory);
        if (context.FoundNoPreopens) notes.Add(NoPreopenNote);
        return result with { Refusals = notes };
    }

    // With no preopen, wasi-libc fails every open inside the component (ENOTCAPABLE) without calling the host, so no
    // refusal names the path. A failed run that looked for preopens and found none is told what would grant one.
    private const string NoPreopenNote =
        "the component looked for preopened directories and was granted none, so every file it tried to open was " +
        "refused inside it; grant a directory with --dir HOST[::GUEST] (WasiConfiguration.Preopen)";

    // A program that runs out of memory under WasiLimits.MaxMemoryBytes sees only a failed memory.grow (malloc returns
    // NULL) and ends as it chooses; a failed run whose memory stands near the limit is told so, since
    // otherwise the host would see a bare exit code.
    private static string? MemoryLimitNote(ComponentInstance instance, uint maxPages, WasiLimits limits)
    {
        if (limits.MaxMemoryBytes is null) return null;
        long limit = (long)maxPages * 65536, used = instance.LargestMemoryBytes;
        // The allocation that failed is unknown (often a megabyte or more), so "near" is within an eighth or 2 MiB.
        if (used < limit - Math.Max(limit / 8, 2 << 20)) return null;
        return FormattableString.Invariant($"the component's memory stood at {used / 1048576.0:0.#} MiB of its {limit / 1048576.0:0.#} MiB limit ") +
            "(WasiLimits.MaxMemoryBytes, witsharp run --max-memory) when it failed: growth past the limit is refused, the likely cause";
    }
}
