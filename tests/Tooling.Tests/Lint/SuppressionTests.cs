using System.Linq;

namespace WitSharp.Tooling.Tests.Lint;

public class SuppressionTests
{
    private const string TwoStringErrors =
        "package t:p;\n/// d\ninterface a {\n  /// d\n  f: func() -> result<u32, string>;\n  /// d\n  g: func() -> result<u32, string>;\n}\n";

    [Fact]
    public void Disable_next_line_silences_only_the_next_line()
    {
        string wit = TwoStringErrors.Replace("  /// d\n  f:", "  /// d\n  // witsharp-disable-next-line WITL014\n  f:");
        var findings = LintHarness.Findings("WITL014", wit);
        Assert.Equal(8, Assert.Single(findings).Location!.StartLine);
    }

    [Fact]
    public void Disable_next_line_skips_attribute_lines()
    {
        string wit = "package t:p@1.0.0;\n/// d\n@since(version = 1.0.0)\ninterface a {\n  /// d\n  // witsharp-disable-next-line WITL014\n  @since(version = 1.0.0)\n  f: func() -> result<u32, string>;\n}\n";
        Assert.Empty(LintHarness.Findings("WITL014", wit));
    }

    [Fact]
    public void Disable_next_line_names_only_the_listed_rules()
    {
        string wit = TwoStringErrors.Replace("  /// d\n  f:", "  /// d\n  // witsharp-disable-next-line WITL001, WITL007\n  f:");
        Assert.Equal(2, LintHarness.Findings("WITL014", wit).Count);
    }

    [Fact]
    public void File_level_disable_silences_the_whole_file()
    {
        string wit = "// witsharp-disable WITL014 -- legacy API\n" + TwoStringErrors;
        Assert.Empty(LintHarness.Findings("WITL014", wit));
        Assert.Empty(LintHarness.Findings("WITL014", "/* witsharp-disable */\n" + TwoStringErrors));
    }

    [Fact]
    public void A_directive_is_not_documentation()
    {
        string wit = "package t:p;\n// witsharp-disable-next-line WITL014\ninterface a {\n  /// d\n  f: func();\n}\n";
        var finding = Assert.Single(LintHarness.Findings("WITL001", wit));
        Assert.Equal(3, finding.Location!.StartLine);
    }

    [Fact]
    public void Directives_in_one_file_do_not_silence_another()
    {
        var result = LintHarness.Lint("// witsharp-disable WITL012\npackage t:p;\n/// d\ninterface a {\n}\n",
            extraFile: "/// d\ninterface b {\n}\n");
        var finding = Assert.Single(result.Findings, f => f.RuleId == "WITL012");
        Assert.EndsWith("extra.wit", finding.Location!.Path);
    }
}
