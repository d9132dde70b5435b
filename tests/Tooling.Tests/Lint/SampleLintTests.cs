using System;
using System.IO;
using System.Linq;
using WitSharp.Testing;
using WitSharp.Tooling.Config;
using WitSharp.Tooling.Lint;
using WitSharp.WitParser;

namespace WitSharp.Tooling.Tests.Lint;

/// <summary>The project's own samples are what a newcomer lints first: they must follow every default rule.</summary>
public sealed class SampleLintTests
{
    [Fact]
    public void Every_sample_lints_clean_under_the_default_rules()
    {
        var samples = Directory.GetDirectories(RepositoryPaths.InRepository("wit-samples")).OrderBy(d => d, StringComparer.Ordinal).ToList();
        Assert.NotEmpty(samples);
        // streaming-media gates items behind features: lint them as `witsharp lint` does and with --all-features.
        var options = new[] { new WitLoadOptions(), new WitLoadOptions { AllFeatures = true } };
        var findings = samples
            .SelectMany(s => options.SelectMany(o => WitLinter.Lint(s, LintConfig.Default, o).Findings))
            .Select(f => $"{f.Location?.Path}:{f.Location?.StartLine}: {f.RuleId} {f.Message}")
            .ToList();
        Assert.True(findings.Count == 0, string.Join("\n", findings));
    }
}
