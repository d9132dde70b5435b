using System;
using WitSharp.Cli.Commands;
using WitSharp.Testing;

namespace WitSharp.Cli.Tests.Run;

/// <summary>
/// <c>witsharp run --max-memory</c> and <c>--timeout</c>: a program that allocates without end stops at the memory
/// limit and stderr says so, one that loops forever is interrupted (exit code 134), on every engine; malformed values
/// are usage errors and the help shows an example.
/// </summary>
public sealed class RunLimitTests
{
    [SkippableTheory]
    [InlineData("managed")]
    [InlineData("wasmtime")]
    public void Max_memory_stops_a_program_that_allocates_without_end_and_says_so(string engine)
    {
        string spin = WasiCorpus.Require("spin");

        var result = CliRunner.Run("run", spin, "--engine", engine, "--max-memory", "8MiB", "--", "grow");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("spinning\n", result.StdOut);
        Assert.Contains("of its 8 MiB limit", result.StdErr);
        Assert.Contains("--max-memory", result.StdErr);
    }

    [SkippableTheory]
    [InlineData("managed")]
    [InlineData("wasmtime")]
    public void Timeout_interrupts_a_program_that_loops_forever(string engine)
    {
        string spin = WasiCorpus.Require("spin");

        var result = CliRunner.Run("run", spin, "--engine", engine, "--timeout", "300ms");

        Assert.Equal(134, result.ExitCode);
        Assert.Equal("spinning\n", result.StdOut);
        Assert.Contains("interrupt", result.StdErr, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("--max-memory", "lots")]
    [InlineData("--max-memory", "-1MiB")]
    [InlineData("--timeout", "soon")]
    [InlineData("--timeout", "0s")]
    public void Malformed_limits_are_usage_errors(string option, string value)
    {
        var result = CliRunner.Run("run", "missing.wasm", option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(option + " '" + value + "'", result.StdErr);
    }

    [Theory]
    [InlineData("64MiB", 64L << 20)]
    [InlineData("512 KiB", 512L << 10)]
    [InlineData("1.5GiB", 3L << 29)]
    [InlineData("65536", 65536L)]
    [InlineData("2M", 2L << 20)]
    public void Sizes_parse_with_binary_units(string text, long bytes) => Assert.Equal(bytes, LimitOptions.ParseSize(text));

    [Theory]
    [InlineData("10s", 10_000)]
    [InlineData("500ms", 500)]
    [InlineData("2m", 120_000)]
    [InlineData("1.5", 1_500)]
    public void Durations_parse_with_units(string text, double milliseconds) =>
        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), LimitOptions.ParseDuration(text));

    [Fact]
    public void Help_shows_the_limits_with_an_example()
    {
        var result = CliRunner.Run("run", "--help");

        Assert.Contains("--max-memory", result.StdOut);
        Assert.Contains("--timeout", result.StdOut);
        Assert.Contains("--max-memory 64MiB --timeout 10s", result.StdOut);
    }
}
