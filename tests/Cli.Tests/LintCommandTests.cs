using System.IO;
using System.Linq;
using System.Text.Json;

namespace WitSharp.Cli.Tests;

public class LintCommandTests
{
    private const string StringError = "package t:p;\n/// d\ninterface a {\n  /// d\n  f: func() -> result<u32, string>;\n}\n";
    private const string Clean = "package t:p;\n/// d\ninterface a {\n  /// d\n  f: func() -> u32;\n}\n";

    [Fact]
    public void Warnings_alone_exit_0_and_the_summary_counts_them()
    {
        using var temp = new TempFolder();
        temp.Write("pkg/a.wit", StringError);
        var result = CliRunner.Run("lint", Path.Combine(temp.Path, "pkg"));
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("warning[WITL014]", result.StdErr);
        Assert.Contains("linted 1 package(s): 0 error(s), 1 warning(s), 0 note(s)", result.StdOut);
    }

    [Fact]
    public void Error_level_findings_exit_1()
    {
        using var temp = new TempFolder();
        temp.Write("pkg/a.wit", StringError);
        temp.Write(".witlint.json", "{ \"rules\": { \"WITL014\": \"error\" } }");
        var result = CliRunner.Run("lint", Path.Combine(temp.Path, "pkg"), "--format", "msbuild");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(": error WITL014:", result.StdOut);
    }

    [Fact]
    public void Front_end_errors_exit_1()
    {
        using var temp = new TempFolder();
        string file = temp.Write("broken.wit", TempFolder.Broken);
        var result = CliRunner.Run("lint", file, "--format", "github");
        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("::error file=", result.StdOut);
    }

    [Fact]
    public void Usage_and_configuration_errors_exit_2()
    {
        using var temp = new TempFolder();
        temp.Write("pkg/a.wit", Clean);
        Assert.Equal(2, CliRunner.Run("lint").ExitCode);
        Assert.Equal(2, CliRunner.Run("lint", Path.Combine(temp.Path, "missing")).ExitCode);
        Assert.Equal(2, CliRunner.Run("lint", Path.Combine(temp.Path, "pkg"), "--format", "xml").ExitCode);
        Assert.Equal(2, CliRunner.Run("lint", "--explain", "WITL999").ExitCode);
        temp.Write(".witlint.json", "{ \"rules\": { \"WITL999\": \"off\" } }");
        var bad = CliRunner.Run("lint", Path.Combine(temp.Path, "pkg"));
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("unknown rule 'WITL999'", bad.StdErr);
    }

    [Fact]
    public void Explain_prints_the_rule_docs()
    {
        var result = CliRunner.Run("lint", "--explain", "witl003");
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("WITL003 UnusedType (default: note)", result.StdOut);
        Assert.Contains("witsharp-disable-next-line WITL003", result.StdOut);
        var list = CliRunner.Run("lint", "--list-rules");
        Assert.Equal(16, list.StdOut.TrimEnd().Split('\n').Length);
    }

    [Fact]
    public void Sarif_lists_every_rule_and_the_results()
    {
        using var temp = new TempFolder();
        temp.Write("pkg/a.wit", StringError);
        var result = CliRunner.Run("lint", Path.Combine(temp.Path, "pkg"), "--format", "sarif", "--source-root", temp.Path);
        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.StdOut);
        var run = doc.RootElement.GetProperty("runs")[0];
        Assert.Equal(16, run.GetProperty("tool").GetProperty("driver").GetProperty("rules").GetArrayLength());
        var only = run.GetProperty("results").EnumerateArray().Single();
        Assert.Equal("WITL014", only.GetProperty("ruleId").GetString());
        Assert.Equal(13, only.GetProperty("ruleIndex").GetInt32());
        Assert.Equal("pkg/a.wit", only.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
    }

    [Fact]
    public void Deps_folders_supply_side_by_side_packages()
    {
        using var temp = new TempFolder();
        temp.Write("tree/base/a.wit", "package t:base;\n/// d\ninterface types {\n  /// d\n  record r { x: u8 }\n}\n");
        temp.Write("tree/user/b.wit", "package t:user;\n/// d\ninterface api {\n  use t:base/types.{r};\n  /// d\n  f: func(x: r);\n}\n");
        string tree = Path.Combine(temp.Path, "tree");
        Assert.Equal(1, CliRunner.Run("lint", tree, "--format", "msbuild").ExitCode);
        var result = CliRunner.Run("lint", tree, "--deps", tree, "--format", "msbuild");
        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain(": error ", result.StdOut);
        // The base package's record is used only by the other package: a note, which is what WITL003 says.
        Assert.Contains("info WITL003", result.StdOut);
    }

    [Fact]
    public void Check_renders_diagnostics_as_sarif()
    {
        using var temp = new TempFolder();
        string file = temp.Write("broken.wit", TempFolder.Broken);
        var result = CliRunner.Run("check", file, "--format", "sarif");
        Assert.Equal(1, result.ExitCode);
        using var doc = JsonDocument.Parse(result.StdOut);
        var first = doc.RootElement.GetProperty("runs")[0].GetProperty("results")[0];
        Assert.Equal("error", first.GetProperty("level").GetString());
        Assert.Equal(4, first.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32());
    }
}
