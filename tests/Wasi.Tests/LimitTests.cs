using System;
using WitSharp.Testing;

namespace WitSharp.Wasi.Tests;

/// <summary>
/// The limits of a run bound hostile programs: one that loops forever is interrupted after WasiLimits.Timeout, the
/// output before the limit is kept and the next run on the same host works, on every engine.
/// </summary>
public sealed class LimitTests
{
    [SkippableTheory, EachEngine]
    public void A_program_that_loops_forever_is_interrupted_and_the_next_run_works(string engine)
    {
        string spin = WasiCorpus.Require("spin");
        string hello = WasiCorpus.Require("hello");

        // The deadline starts before instantiation: 1 s leaves room to reach the loop (and print) on a loaded machine.
        ProgramOutcome looping = OurWasiRunner.Run(engine, spin, ProgramInput.None, c => c.WithLimits(new WasiLimits { Timeout = TimeSpan.FromSeconds(1) }));
        ProgramOutcome next = OurWasiRunner.Run(engine, hello, ProgramInput.None);

        Assert.True(looping.Trapped, looping.ToString());
        Assert.Equal(WasiCommand.TrapExitCode, looping.ExitCode);
        Assert.Equal("spinning\n", looping.Stdout);
        Assert.Contains("interrupt", looping.Stderr, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, next.ExitCode);
    }
}
