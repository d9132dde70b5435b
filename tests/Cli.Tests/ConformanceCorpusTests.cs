using System.IO;
using System.Linq;
using WitSharp.Testing;

namespace WitSharp.Cli.Tests;

/// <summary>The CLI end to end over the reference parser's cases: failures exit 1 with diagnostics, never crash.</summary>
public class ConformanceCorpusTests
{
    [SkippableFact]
    public void Every_failing_case_exits_1_with_a_located_diagnostic()
    {
        string root = RepositoryPaths.RequireShared("conformance", "wit-parser");
        var cases = File.ReadAllLines(Path.Combine(root, "MANIFEST.tsv")).Skip(1)
            .Select(line => line.Split('\t'))
            .Where(f => f.Length >= 3 && f[0].StartsWith("fail-"))
            .ToList();
        Assert.True(cases.Count > 100, $"only {cases.Count} failing cases in the manifest");
        var problems = cases
            .Select(f => (Case: f[1], Result: CliRunner.Run("check", Path.Combine(root, f[2]), "--format", "json")))
            .Where(r => r.Result.ExitCode != ExitCodes.Findings || !r.Result.StdOut.Contains("\"code\""))
            .Select(r => $"{r.Case}: exit {r.Result.ExitCode}; {r.Result.StdErr.Trim()}")
            .ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [SkippableFact]
    public void Every_passing_case_exits_0()
    {
        string root = RepositoryPaths.RequireShared("conformance", "wit-parser");
        var problems = File.ReadAllLines(Path.Combine(root, "MANIFEST.tsv")).Skip(1)
            .Select(line => line.Split('\t'))
            // kinds-of-deps has wasm-encoded deps: it waits for a component decoder (../shared/README.md).
            .Where(f => f.Length >= 3 && f[0].StartsWith("pass-") && f[1] != "kinds-of-deps")
            // The reference enables only the feature named `active` for each case.
            .Select(f => (Case: f[1], Result: CliRunner.Run("check", Path.Combine(root, f[2]), "--features", "active", "--format", "msbuild")))
            .Where(r => r.Result.ExitCode != ExitCodes.Success)
            .Select(r => $"{r.Case}: exit {r.Result.ExitCode}: {r.Result.StdOut.Trim()} {r.Result.StdErr.Trim()}")
            .ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
