using System.IO;
using System.Linq;
using WitSharp.Tooling.Config;
using WitSharp.Tooling.Lint;
using WitSharp.Tooling.Reporting;

namespace WitSharp.Tooling.Tests.Lint;

public class ConfigTests
{
    private const string StringError = "package t:p;\n/// d\ninterface a {\n  /// d\n  f: func() -> result<u32, string>;\n}\n";

    [Fact]
    public void Severity_can_be_raised_lowered_or_turned_off()
    {
        Assert.Equal(FindingSeverity.Error, LintHarness.Findings("WITL014", StringError, LintHarness.Config("{\"rules\":{\"WITL014\":\"error\"}}")).Single().Severity);
        Assert.Equal(FindingSeverity.Note, LintHarness.Findings("WITL014", StringError, LintHarness.Config("{\"rules\":{\"witl014\":{\"severity\":\"note\"}}}")).Single().Severity);
        Assert.Empty(LintHarness.Findings("WITL014", StringError, LintHarness.Config("// comments are fine\n{\"rules\":{\"WITL014\":\"off\",}}")));
    }

    [Fact]
    public void Options_reach_the_rules()
    {
        string wit = "package t:p;\n/// d\ninterface a {\n  /// d\n  f: func() -> list<list<u8>>;\n}\n";
        Assert.Empty(LintHarness.Findings("WITL015", wit));
        Assert.Single(LintHarness.Findings("WITL015", wit, LintHarness.Config("{\"rules\":{\"WITL015\":{\"max-depth\":1}}}")));
    }

    [Theory]
    [InlineData("not json", "not valid JSON")]
    [InlineData("[]", "must be a JSON object")]
    [InlineData("{\"rules\":{\"WITL999\":\"off\"}}", "unknown rule 'WITL999'")]
    [InlineData("{\"rules\":{\"WITL001\":\"loud\"}}", "severity 'loud'")]
    [InlineData("{\"rules\":{\"WITL008\":{\"max-functions\":\"many\"}}}", "non-negative integer")]
    [InlineData("{\"rules\":3}", "must be an object")]
    [InlineData("{\"rule\":{\"WITL001\":\"off\"}}", "unknown key 'rule'")]
    [InlineData("{\"rules\":{},\"severity\":\"error\"}", "unknown key 'severity'")]
    [InlineData("{\"rules\":{\"WITL008\":{\"max-function\":40}}}", "unknown option 'max-function' (the rule's options: max-functions")]
    [InlineData("{\"rules\":{\"WITL001\":{\"max-depth\":2}}}", "unknown option 'max-depth' (the rule has none")]
    public void Invalid_configuration_is_an_error_message(string json, string expected)
    {
        var (config, error) = LintConfigLoader.Parse(json, null, LintRules.Ids(), LintRules.OptionNames());
        Assert.Null(config);
        Assert.Contains(expected, error);
    }

    [Fact]
    public void Known_options_in_any_case_are_accepted()
    {
        var (config, error) = LintConfigLoader.Parse("{\"rules\":{\"witl015\":{\"Max-Depth\":1,\"severity\":\"warning\"}}}", null, LintRules.Ids(), LintRules.OptionNames());
        Assert.Null(error);
        Assert.NotNull(config);
    }

    [Fact]
    public void The_nearest_file_above_the_input_is_found()
    {
        string root = Directory.CreateTempSubdirectory("witsharp-config-").FullName;
        try
        {
            string package = Directory.CreateDirectory(Path.Combine(root, "a", "b")).FullName;
            File.WriteAllText(Path.Combine(root, LintConfigLoader.FileName), "{}");
            Assert.Equal(Path.Combine(root, LintConfigLoader.FileName), LintConfigLoader.Find(package));
            Assert.Equal(Path.Combine(root, LintConfigLoader.FileName), LintConfigLoader.Find(Path.Combine(package, "x.wit")));
            File.WriteAllText(Path.Combine(root, "a", LintConfigLoader.FileName), "{}");
            Assert.Equal(Path.Combine(root, "a", LintConfigLoader.FileName), LintConfigLoader.Find(package));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
