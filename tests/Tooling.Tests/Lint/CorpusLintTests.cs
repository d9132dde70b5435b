using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using WitSharp.Testing;
using WitSharp.Tooling.Config;
using WitSharp.Tooling.Lint;
using WitSharp.Tooling.Reporting;
using WitSharp.WitParser;
using Xunit.Abstractions;

namespace WitSharp.Tooling.Tests.Lint;

/// <summary>
/// Lints every conformance input and the samples: nothing may crash, every valid input must load, every finding
/// must point inside its file, and the per-rule counts are printed (they are quoted in the lint docs).
/// </summary>
public sealed class CorpusLintTests
{
    private static readonly WitLoadOptions AllFeatures = new() { AllFeatures = true };
    private static readonly WitLoadOptions ActiveFeature = new() { Features = new[] { "active" } };
    private readonly ITestOutputHelper _output;

    public CorpusLintTests(ITestOutputHelper output) => _output = output;

    [SkippableFact]
    public void Wit_parser_cases_lint_without_crashing()
    {
        string dir = RepositoryPaths.RequireShared("conformance", "wit-parser");
        var rows = File.ReadAllLines(Path.Combine(dir, "MANIFEST.tsv")).Skip(1).Select(l => l.Split('\t')).ToList();
        var counts = new Counts();
        int loadedPassCases = 0;
        foreach (var row in rows)
        {
            string input = Path.Combine(dir, row[2].TrimEnd('/'));
            // The reference runs these cases with the one feature "active" enabled.
            var result = WitLinter.Lint(input, LintConfig.Default, ActiveFeature);
            // Lint loads exactly what the front end loads (a few pass cases need wasm decoding it lacks); a case
            // that does not load gives its errors as findings, never an exception.
            Assert.Equal(WitLoader.LoadPath(input, ActiveFeature).Success, result.Loaded);
            Assert.True(result.Loaded || result.ErrorCount > 0, row[1]);
            if (row[0].StartsWith("pass", StringComparison.Ordinal) && result.Loaded) loadedPassCases++;
            counts.Add(input, result);
        }
        Assert.Equal(179, rows.Count);
        Assert.True(loadedPassCases >= 50, $"only {loadedPassCases} pass cases loaded");
        counts.Print(_output, "wit-parser cases");
    }

    [SkippableFact]
    public void Wasi_packages_lint_with_their_siblings_as_dependencies()
    {
        string wasi = RepositoryPaths.RequireShared("conformance", "wasi");
        var packages = Directory.GetDirectories(wasi).SelectMany(Directory.GetDirectories).OrderBy(d => d, StringComparer.Ordinal).ToList();
        var counts = new Counts();
        foreach (string package in packages)
        {
            var result = WitLinter.Lint(package, LintConfig.Default, null, packages);
            Assert.True(result.Loaded, package);
            counts.Add(package, result);
        }
        Assert.True(packages.Count >= 14);
        counts.Print(_output, "wasi packages");
        // WASI gates every item with @since, so the rule that checks it must stay silent there.
        Assert.Equal(0, counts.Of("WITL004"));
    }

    [SkippableFact]
    public void Other_corpora_and_samples_lint()
    {
        var inputs = new List<string>();
        string bundles = RepositoryPaths.RequireShared("conformance", "wasi-bundles");
        inputs.AddRange(Directory.GetDirectories(bundles).SelectMany(Directory.GetDirectories));
        string codegen = RepositoryPaths.RequireShared("conformance", "wit-bindgen-codegen");
        inputs.AddRange(Directory.GetFiles(codegen, "*.wit").Concat(Directory.GetDirectories(codegen).Select(d => Path.Combine(d, "wit"))));
        string component = RepositoryPaths.RequireShared("conformance", "wit-component-interfaces");
        inputs.AddRange(Directory.GetFiles(component, "*.wit").Concat(Directory.GetDirectories(component)));
        inputs.AddRange(Directory.GetDirectories(RepositoryPaths.InRepository("wit-samples")));
        var counts = new Counts();
        foreach (string input in inputs.OrderBy(i => i, StringComparer.Ordinal))
        {
            var result = WitLinter.Lint(input, LintConfig.Default, AllFeatures);
            Assert.True(result.Loaded, input);
            counts.Add(input, result);
        }
        counts.Print(_output, "bundle, codegen, component and sample inputs");
        // Real-world WIT trips a good part of the rules; a rule set that finds nothing here checks nothing.
        Assert.True(counts.RulesFired >= 8, $"only {counts.RulesFired} rules fired");
    }

    private sealed class Counts
    {
        private readonly SortedDictionary<string, int> _byRule = new(StringComparer.Ordinal);
        private int _inputs;

        public int RulesFired => _byRule.Keys.Count(k => k.StartsWith("WITL", StringComparison.Ordinal));

        public int Of(string rule) => _byRule.TryGetValue(rule, out int n) ? n : 0;

        public void Add(string input, LintResult result)
        {
            _inputs++;
            foreach (var finding in result.Findings)
            {
                _byRule[finding.RuleId] = Of(finding.RuleId) + 1;
                if (finding.Location is { Source: { } source } at)
                {
                    Assert.InRange(at.StartLine, 1, source.LineCount);
                    Assert.True(at.EndLine > at.StartLine || at.EndColumn >= at.StartColumn, $"{input}: bad range in {finding}");
                }
            }
        }

        public void Print(ITestOutputHelper output, string what)
        {
            var sb = new StringBuilder($"{_inputs} {what}:");
            foreach (var (rule, n) in _byRule) sb.Append(' ').Append(rule).Append('=').Append(n);
            output.WriteLine(sb.ToString());
        }
    }
}
