using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using WitSharp.Testing;

namespace WitSharp.Generator.Tests.Roslyn;

public class ParseFailCorpusTests
{
    /// <summary>
    /// Every wit-parser fail case (a single file, or a directory laid out as root plus deps/) fed to the generator as
    /// additional files gives an error diagnostic, never an internal error or an exception.
    /// </summary>
    [SkippableFact]
    public void Every_parse_fail_case_gives_diagnostics_and_no_internal_error()
    {
        string dir = RepositoryPaths.RequireShared("conformance", "wit-parser", "parse-fail");
        var cases = Directory.GetFiles(dir, "*.wit").Concat(Directory.GetDirectories(dir)).OrderBy(p => p).ToList();
        Assert.True(cases.Count > 100, $"only {cases.Count} cases under {dir}");
        var failures = new List<string>();
        foreach (string path in cases)
        {
            var files = Directory.Exists(path)
                ? Directory.GetFiles(path, "*.wit", SearchOption.AllDirectories)
                : new[] { path };
            var texts = files.Select(f => (AdditionalText)new InMemoryAdditionalText(f, File.ReadAllText(f))).ToList();
            var result = GeneratorHarness.RunOnce(GeneratorHarness.CreateDriver(texts), out _);
            string name = Path.GetFileName(path);
            if (result.Exception is not null) failures.Add($"{name}: exception {result.Exception}");
            else if (result.Diagnostics.Any(d => d.Id == "WIT1099")) failures.Add($"{name}: internal error {result.Diagnostics.First(d => d.Id == "WIT1099")}");
            else if (!result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error)) failures.Add($"{name}: no error diagnostic");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
