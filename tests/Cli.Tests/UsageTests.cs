using System.IO;

namespace WitSharp.Cli.Tests;

public class UsageTests
{
    [Theory]
    [InlineData("check")]
    [InlineData("fmt")]
    [InlineData("json")]
    public void Help_of_every_command_shows_an_example(string command)
    {
        var result = CliRunner.Run(command, "--help");
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("Example:", result.StdOut);
        Assert.Contains($"witsharp {command} ", result.StdOut);
        Assert.Contains("--format", result.StdOut);
    }

    [Fact]
    public void Root_help_lists_the_commands()
    {
        var result = CliRunner.Run("--help");
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        foreach (string command in new[] { "check", "fmt", "json" }) Assert.Contains(command, result.StdOut);
    }

    [Fact]
    public void Version_prints_the_assembly_version()
    {
        var result = CliRunner.Run("--version");
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", result.StdOut.Trim());
    }

    [Theory]
    [InlineData("check")]
    [InlineData("fmt")]
    [InlineData("json")]
    public void Missing_path_is_an_io_error_with_a_message(string command)
    {
        string missing = Path.Combine(Path.GetTempPath(), "witsharp-no-such-" + System.Guid.NewGuid().ToString("N") + ".wit");
        var result = CliRunner.Run(command, missing);
        Assert.Equal(ExitCodes.UsageOrIoError, result.ExitCode);
        Assert.Contains("no such file or directory", result.StdErr);
        Assert.Contains(missing, result.StdErr);
        Assert.DoesNotContain("   at ", result.StdErr);
    }

    [Theory]
    [InlineData("check", "--format", "yaml", "x.wit")]
    [InlineData("check")]
    [InlineData("frobnicate")]
    [InlineData("fmt", "--no-such-option", "x.wit")]
    public void Bad_command_lines_exit_2(params string[] args)
    {
        var result = CliRunner.Run(args);
        Assert.Equal(ExitCodes.UsageOrIoError, result.ExitCode);
        Assert.Contains("witsharp --help", result.StdErr);
    }
}
