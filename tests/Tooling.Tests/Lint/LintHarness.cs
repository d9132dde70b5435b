using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using WitSharp.Tooling.Config;
using WitSharp.Tooling.Lint;
using WitSharp.Tooling.Reporting;

namespace WitSharp.Tooling.Tests.Lint;

/// <summary>Lints WIT text written to a temporary package folder.</summary>
internal static class LintHarness
{
    public static LintResult Lint(string wit, LintConfig? config = null, string? extraFile = null)
    {
        string folder = Directory.CreateTempSubdirectory("witsharp-lint-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "main.wit"), wit);
            if (extraFile is not null) File.WriteAllText(Path.Combine(folder, "extra.wit"), extraFile);
            return WitLinter.Lint(folder, config ?? LintConfig.Default);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    public static List<Finding> Findings(string ruleId, string wit, LintConfig? config = null)
    {
        var result = Lint(wit, config);
        Assert.True(result.Loaded, "the test input must load: " + string.Join("; ", result.Findings.Select(f => f.Message)));
        return result.Findings.Where(f => f.RuleId == ruleId).ToList();
    }

    public static LintConfig Config(string json)
    {
        var (config, error) = LintConfigLoader.Parse(json, null, LintRules.Ids());
        Assert.Null(error);
        return config!;
    }
}
