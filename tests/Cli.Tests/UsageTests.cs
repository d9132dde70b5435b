using System.IO;

namespace WitSharp.Cli.Tests;

public class UsageTests
{
    public static TheoryData<string> Commands => new() { "check", "fmt", "json", "lint", "diff", "world", "compose", "generate" };

    [Theory]
    [MemberData(nameof(Commands))]
    public void Help_of_every_command_shows_an_example(string command)
    {
        var result = CliRunner.Run(command, "--help");
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("Example:", result.StdOut);
        Assert.Contains($"witsharp {command} ", result.StdOut);
        Assert.Contains("--format", result.StdOut);
    }

    [Theory]
    [InlineData]
    [InlineData("help")]
    [InlineData("--help")]
    public void Bare_witsharp_and_help_list_every_command_with_its_real_signature(params string[] args)
    {
        var result = CliRunner.Run(args);
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal("", result.StdErr);
        foreach (string signature in new[]
                 {
                     "check <path>...", "fmt <path>...", "json <path> ", "lint [<path>...]", "diff <old> <new>", "world <path> [<world>]",
                     "compose <socket> --plug <plug>...", "generate <path> --out <dir>",
                 })
        {
            Assert.Contains("  " + signature, result.StdOut);
        }
        Assert.Contains("witsharp help <command>", result.StdOut);
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Help_with_a_command_is_that_commands_help(string command)
    {
        var help = CliRunner.Run("help", command);
        Assert.Equal(ExitCodes.Success, help.ExitCode);
        Assert.Equal(CliRunner.Run(command, "--help").StdOut, help.StdOut);
    }

    [Fact]
    public void Help_with_an_unknown_command_lists_the_commands()
    {
        var result = CliRunner.Run("help", "frobnicate");
        Assert.Equal(ExitCodes.UsageOrIoError, result.ExitCode);
        Assert.Contains("unknown command 'frobnicate'", result.StdErr);
        Assert.Contains("check, fmt", result.StdErr);
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
