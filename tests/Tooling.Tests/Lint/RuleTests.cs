using System.Collections.Generic;
using System.Linq;
using WitSharp.Tooling.Lint;
using WitSharp.Tooling.Lint.Rules;
using WitSharp.Tooling.Reporting;

namespace WitSharp.Tooling.Tests.Lint;

public class RuleTests
{
    public static IEnumerable<object[]> FiringCases() => RuleCases.Firing().Select(c => new object[] { c });
    public static IEnumerable<object[]> SilentCases() => RuleCases.Silent().Select(c => new object[] { c });

    // WITL008's threshold is lowered so a three-function interface trips it.
    private static readonly string LowThresholds = "{ \"rules\": { \"WITL008\": { \"max-functions\": 2 } } }";

    [Theory]
    [MemberData(nameof(FiringCases))]
    public void Rule_fires(RuleCases.Case c)
    {
        var findings = LintHarness.Findings(c.RuleId, c.Wit, LintHarness.Config(LowThresholds));
        Assert.Equal(c.Count, findings.Count);
        Assert.Equal(c.FirstLine, findings[0].Location!.StartLine);
        Assert.Equal(LintRules.Find(c.RuleId)!.Descriptor.DefaultSeverity, findings[0].Severity);
    }

    [Theory]
    [MemberData(nameof(SilentCases))]
    public void Rule_stays_silent(RuleCases.Case c)
    {
        var findings = LintHarness.Findings(c.RuleId, c.Wit);
        Assert.Empty(findings);
    }

    [Fact]
    public void Every_rule_has_a_firing_and_a_silent_case()
    {
        var ids = LintRules.All.Select(r => r.Descriptor.Id).ToList();
        Assert.True(ids.Count >= 12);
        Assert.Equal(ids, RuleCases.Firing().Select(c => c.RuleId).Distinct());
        Assert.Equal(ids, RuleCases.Silent().Select(c => c.RuleId).Distinct());
    }

    [Fact]
    public void Rule_ids_are_sequential_and_described()
    {
        for (int i = 0; i < LintRules.All.Count; i++)
        {
            var d = LintRules.All[i].Descriptor;
            Assert.Equal($"WITL{i + 1:000}", d.Id);
            Assert.False(string.IsNullOrWhiteSpace(d.Name));
            Assert.False(string.IsNullOrWhiteSpace(d.ShortDescription));
            Assert.True(d.HelpText.Length > 60, d.Id + " needs real help text");
        }
    }

    [Fact]
    public void Inconsistent_naming_points_at_the_majority_spelling()
    {
        var c = RuleCases.Firing().Single(x => x.RuleId == "WITL010");
        var finding = LintHarness.Findings("WITL010", c.Wit).Single();
        Assert.Contains("file-identifier", finding.Message);
        Assert.Equal(5, finding.RelatedLocations.Single().Location.StartLine);
    }

    [Fact]
    public void Docs_between_attributes_and_the_item_count()
    {
        string wit = "package t:p@1.0.0;\n@since(version = 1.0.0)\n/// docs after the gate\ninterface a {\n  @since(version = 1.0.0)\n  /// d\n  f: func();\n}\n";
        Assert.Empty(LintHarness.Findings("WITL001", wit));
    }

    [Fact]
    public void Mixed_getter_styles_are_reported()
    {
        string wit = "package t:p;\n/// d\ninterface a {\n  /// d\n  size: func() -> u32;\n  /// d\n  set-size: func(s: u32);\n  /// d\n  get-name: func() -> string;\n}\n";
        var finding = LintHarness.Findings("WITL010", wit).Single();
        Assert.Equal(9, finding.Location!.StartLine);
    }

    [Fact]
    public void Deprecated_type_in_use_is_reported()
    {
        string wit = "package t:p@1.0.0;\n/// d\n@since(version = 1.0.0)\ninterface a {\n  /// d\n  @since(version = 1.0.0)\n  @deprecated(version = 1.0.0)\n  record r { x: u8 }\n}\n" +
                     "/// d\n@since(version = 1.0.0)\ninterface b {\n  @since(version = 1.0.0)\n  use a.{r};\n  /// d\n  @since(version = 1.0.0)\n  f: func(x: r);\n}\n";
        var finding = LintHarness.Findings("WITL005", wit).Single();
        Assert.Equal(14, finding.Location!.StartLine);
        Assert.Contains("deprecated since 1.0.0", finding.Message);
    }

    [Fact]
    public void Large_interface_threshold_defaults_to_thirty()
    {
        var functions = string.Concat(Enumerable.Range(0, LargeInterfaceRule.DefaultMaxFunctions + 1).Select(i => $"  /// d\n  f{i}: func();\n"));
        string wit = "package t:p;\n/// d\ninterface a {\n" + functions + "}\n";
        Assert.Contains("31 functions", LintHarness.Findings("WITL008", wit).Single().Message);
    }

    [Fact]
    public void Front_end_errors_become_error_findings_and_rules_do_not_run()
    {
        var result = LintHarness.Lint("package t:p;\ninterface a {\n  f: func() -> missing;\n}\n");
        Assert.False(result.Loaded);
        Assert.True(result.ErrorCount > 0);
        Assert.DoesNotContain(result.Findings, f => f.RuleId.StartsWith("WITL"));
    }

    [Fact]
    public void Findings_carry_the_source_for_snippets()
    {
        var finding = LintHarness.Findings("WITL014", RuleCases.Firing().Single(x => x.RuleId == "WITL014").Wit).Single();
        string text = TextReportRenderer.RenderOne(finding);
        Assert.Contains("warning[WITL014]", text);
        Assert.Contains("result<u32, string>", text);
    }
}
