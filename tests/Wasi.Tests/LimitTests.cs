using System;
using WitSharp.Testing;

namespace WitSharp.Wasi.Tests;

/// <summary>
/// The limits of a run bound hostile programs: one that loops forever is interrupted after WasiLimits.Timeout, the
/// output before the limit is kept and the next run on the same host works.
/// </summary>
public sealed class LimitTests
{
    [SkippableFact]
    public void A_program_that_loops_forever_is_interrupted_and_the_next_run_works()
    {
        string spin = WasiCorpus.Require("spin");
        string hello = WasiCorpus.Require("hello");

        ProgramOutcome looping = OurWasiRunner.Run(spin, ProgramInput.None, c => c.WithLimits(new WasiLimits { Timeout = TimeSpan.FromMilliseconds(300) }));
        ProgramOutcome next = OurWasiRunner.Run(hello, ProgramInput.None);

        Assert.True(looping.Trapped, looping.ToString());
        Assert.Equal(WasiCommand.TrapExitCode, looping.ExitCode);
        Assert.Equal("spinning\n", looping.Stdout);
        Assert.Contains("interrupt", looping.Stderr, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, next.ExitCode);
    }
}
