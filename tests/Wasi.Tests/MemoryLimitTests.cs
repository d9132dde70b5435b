using System;
using System.IO;
using System.Text;
using WitSharp.Engine;
using WitSharp.Engine.Components;
using WitSharp.Engine.Components.Engines;
using WitSharp.Testing;

namespace WitSharp.Wasi.Tests;

/// <summary>
/// WasiLimits.MaxMemoryBytes bounds a run's linear memory on both engines: a C program that allocates without end
/// (spin.c "grow") sees malloc fail below the limit, the run's result says the limit was reached, and the next run on
/// the same host works.
/// </summary>
public sealed class MemoryLimitTests
{
    private const long Limit = 16 * 1024 * 1024;

    [SkippableTheory, EachEngine]
    public void A_program_allocating_without_end_stops_at_the_limit_with_a_note_and_the_next_run_works(string engine)
    {
        string spin = WasiCorpus.Require("spin");
        string hello = WasiCorpus.Require("hello");
        CoreEngine core = TestEngines.Create(engine);
        var stdout = new MemoryStream();

        WasiRunResult grown = WasiCommand.Run(Component.FromFile(core, spin),
            new WasiConfiguration().Program("spin").Args("grow").Stdout(stdout).WithLimits(new WasiLimits { MaxMemoryBytes = Limit }));
        WasiRunResult next = WasiCommand.Run(Component.FromFile(core, hello), new WasiConfiguration().Program("hello").Stdout(new MemoryStream()));

        // spin returns 3 when malloc fails, which WASI 0.2's exit(result) reports as 1; without the limit it would run to 4 GiB.
        Assert.Equal(1, grown.ExitCode);
        Assert.False(grown.Trapped);
        Assert.Equal("spinning\n", Encoding.UTF8.GetString(stdout.ToArray()));
        Assert.Contains(grown.Refusals, note => note.Contains("of its 16 MiB limit", StringComparison.Ordinal));
        Assert.Equal(0, next.ExitCode);
        Assert.Empty(next.Refusals);
    }

    [SkippableTheory, EachEngine]
    public void A_limit_below_the_programs_initial_memory_refuses_to_instantiate(string engine)
    {
        string hello = WasiCorpus.Require("hello");
        Component component = Component.FromFile(TestEngines.Create(engine), hello);

        // One page is below what any wasi-libc program declares (its stack alone is 64 KiB plus data).
        var configuration = new WasiConfiguration().Program("hello").Stdout(new MemoryStream()).WithLimits(new WasiLimits { MaxMemoryBytes = 1 });

        Assert.Throws<WasmResourceLimitException>(() => WasiCommand.Run(component, configuration));
    }

    [Fact]
    public void The_limit_is_whole_pages_and_never_zero_or_negative()
    {
        Assert.Equal(256u, new WasiLimits { MaxMemoryBytes = Limit }.MaxMemoryPages);
        Assert.Equal(1u, new WasiLimits { MaxMemoryBytes = 100 }.MaxMemoryPages);
        Assert.Null(WasiLimits.Default.MaxMemoryPages);
        Assert.Throws<ArgumentOutOfRangeException>(() => new WasiLimits { MaxMemoryBytes = -1 });
    }
}
