using System;
using System.Collections.Generic;
using System.Text;
using Xunit.Abstractions;

namespace WitSharp.Engine.Tests.Spec;

/// <summary>
/// Runs every command of the 90 non-SIMD core spec scripts (module, register, action, assert_return with NaN
/// patterns, assert_trap, assert_exhaustion, assert_invalid, binary assert_malformed, assert_unlinkable,
/// assert_uninstantiable). Failures outside <see cref="Deviations"/> fail the test.
/// </summary>
public sealed class SpecExecutionTests
{
    /// <summary>Known, deliberate deviations: "script.wast:line" and why.</summary>
    private static readonly Dictionary<string, string> Deviations = new(StringComparer.Ordinal)
    {
    };

    private readonly ITestOutputHelper _output;

    public SpecExecutionTests(ITestOutputHelper output)
    {
        _output = output;
    }

    /// <summary>The suite in each tier: interpreted, tiered, and with every function compiled to CIL before it runs.</summary>
    [SkippableTheory]
    [InlineData(CompilationMode.Interpreter)]
    [InlineData(CompilationMode.Tiered)]
    [InlineData(CompilationMode.Compiled)]
    public void EveryNonSimdSpecCommandPasses(CompilationMode mode) => RunSuite(new WasmEngineOptions { Compilation = mode }, mode.ToString());

    /// <summary>
    /// Tiering under stress: a poll every few work units and compiling at the first sample, so nearly every loop of
    /// the suite moves from the interpreter to CIL in the middle of a call (on-stack replacement) and callers stay
    /// interpreted while their callees are compiled. Different intervals move at different iterations.
    /// </summary>
    [SkippableTheory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(17)]
    public void EveryNonSimdSpecCommandPassesWhenLoopsTierUpMidCall(int pollInterval)
    {
        var options = new WasmEngineOptions { Compilation = CompilationMode.Tiered, StressPollInterval = pollInterval };
        int loopEntries = RunSuite(options, $"Tiered (stress, poll every {pollInterval})");
        Assert.True(loopEntries > 0, "no activation moved to CIL at a loop header: the stress setting did not stress");
    }

    /// <summary>Runs every command with <paramref name="options"/>; returns the loop entries (on-stack replacements) compiled.</summary>
    private int RunSuite(WasmEngineOptions options, string label)
    {
        int loopEntries = 0;
        var report = new StringBuilder();
        var failures = new List<string>();
        int passed = 0, total = 0, notApplicable = 0, deviated = 0;
        foreach (WastScript script in SpecSuite.LoadAll())
        {
            var runner = new SpecExecutionRunner(options);
            int filePassed = 0, fileTotal = 0;
            foreach (WastCommand command in script.Commands)
            {
                if (SpecExecutionRunner.NotApplicable(command))
                {
                    notApplicable++;
                    continue;
                }
                fileTotal++;
                string? failure = runner.Run(command);
                if (failure is null)
                {
                    filePassed++;
                    continue;
                }
                string where = command.Where(script);
                if (Deviations.ContainsKey(where)) deviated++;
                else failures.Add($"{where} {command.Type}: {failure}");
            }
            report.AppendLine($"{script.Name,-28} {filePassed,5}/{fileTotal}");
            loopEntries += runner.LoopEntries;
            passed += filePassed;
            total += fileTotal;
        }
        report.AppendLine($"{label}: {"all",-28} {passed,5}/{total}  (text-format modules not applicable: {notApplicable}; listed deviations: {deviated}; loop entries: {loopEntries})");
        _output.WriteLine(report.ToString());
        foreach (string failure in failures) _output.WriteLine(failure);
        Assert.True(total > 20000, $"only {total} commands found");
        Assert.True(failures.Count == 0, $"{failures.Count} of {total} failed:\n{string.Join("\n", failures.GetRange(0, Math.Min(40, failures.Count)))}");
        return loopEntries;
    }
}
