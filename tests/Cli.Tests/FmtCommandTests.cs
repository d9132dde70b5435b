using System.IO;
using WitSharp.Testing;

namespace WitSharp.Cli.Tests;

public sealed class FmtCommandTests : System.IDisposable
{
    private const string Messy = "package demo:fmt;\ninterface api{\nget:func()->u32;\n}\n";
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Check_prints_a_diff_and_changes_nothing()
    {
        string file = _temp.Write("pkg/api.wit", Messy);
        var result = CliRunner.Run("fmt", "--check", _temp.Path);
        Assert.Equal(ExitCodes.Findings, result.ExitCode);
        Assert.Contains("--- a/", result.StdOut);
        Assert.Contains("+++ b/", result.StdOut);
        Assert.Contains("-get:func()->u32;", result.StdOut);
        Assert.Contains("+  get: func() -> u32;", result.StdOut);
        Assert.Equal(Messy, File.ReadAllText(file));
    }

    [Fact]
    public void Fmt_rewrites_files_in_subfolders_and_then_check_is_clean()
    {
        string file = _temp.Write("pkg/deps/inner/api.wit", Messy);
        var fmt = CliRunner.Run("fmt", _temp.Path);
        Assert.Equal(ExitCodes.Success, fmt.ExitCode);
        Assert.Contains("formatted", fmt.StdErr);
        string formatted = File.ReadAllText(file);
        Assert.Contains("interface api {\n  get: func() -> u32;\n}", formatted);

        var again = CliRunner.Run("fmt", "--check", _temp.Path);
        Assert.Equal(ExitCodes.Success, again.ExitCode);
        Assert.Equal("", again.StdOut);
        Assert.Equal(formatted, File.ReadAllText(file));
    }

    [Fact]
    public void Unparsable_files_are_reported_and_left_untouched()
    {
        const string bad = "package demo:bad;\ninterface api {\n  get: func( -> ;\n";
        string badFile = _temp.Write("bad.wit", bad);
        string goodFile = _temp.Write("good.wit", Messy);
        var result = CliRunner.Run("fmt", _temp.Path, "--format", "msbuild");
        Assert.Equal(ExitCodes.Findings, result.ExitCode);
        Assert.Contains("does not parse", result.StdErr);
        Assert.Matches(@"bad\.wit\(3,\d+\): error WIT", result.StdOut);
        Assert.Equal(bad, File.ReadAllText(badFile));
        Assert.NotEqual(Messy, File.ReadAllText(goodFile));
    }

    [Fact]
    public void The_samples_are_formatted()
    {
        var result = CliRunner.Run("fmt", "--check", RepositoryPaths.InRepository("wit-samples"));
        Assert.True(result.ExitCode == ExitCodes.Success, result.StdOut + result.StdErr);
    }
}
