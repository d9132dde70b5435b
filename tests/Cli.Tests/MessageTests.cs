using System.IO;

namespace WitSharp.Cli.Tests;

/// <summary>Error messages say what is wrong, in the user's terms (issue #10's list).</summary>
public sealed class MessageTests : System.IDisposable
{
    private const string Package = "package demo:msg;\n\ninterface api {\n  get: func() -> u32;\n}\n\nworld app {\n  export api;\n}\n";
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Generate_out_naming_an_existing_file_says_it_must_be_a_folder()
    {
        string wit = _temp.Write("pkg/api.wit", Package);
        string file = _temp.Write("not-a-folder.txt", "keep me");

        var result = CliRunner.Run("generate", wit, "--out", file);

        Assert.Equal(ExitCodes.UsageOrIoError, result.ExitCode);
        Assert.Contains($"--out '{file}' is a file, not a folder", result.StdErr);
        Assert.DoesNotContain("The file already exists", result.StdErr);
        Assert.Equal("keep me", File.ReadAllText(file));
    }

    [Fact]
    public void World_with_a_bad_format_names_the_format()
    {
        var result = CliRunner.Run("world", "--format", "xml", "p", "w");

        Assert.Equal(ExitCodes.UsageOrIoError, result.ExitCode);
        Assert.Contains("--format must be one of", result.StdErr);
        Assert.Contains("not 'xml'", result.StdErr);
        Assert.DoesNotContain("argument 'p'", result.StdErr);
    }

    [Theory]
    [InlineData("world", "--bogus", "xml", "p", "w")]
    [InlineData("json", "--elaborate", "x.wit")]
    [InlineData("check", "--bogus=1", "x.wit")]
    public void An_unknown_option_is_named_not_the_argument_after_it(params string[] args)
    {
        var result = CliRunner.Run(args);

        Assert.Equal(ExitCodes.UsageOrIoError, result.ExitCode);
        // The commands whose paths take any string see the option there: the message is the same without the command.
        Assert.Contains($"unknown option '{args[1].Split('=')[0]}'", result.StdErr);
        Assert.DoesNotContain("Unrecognized", result.StdErr);
    }

    [Fact]
    public void A_dependency_cycle_from_world_has_its_code()
    {
        string root = Path.Combine(_temp.Path, "pkg");
        _temp.Write("pkg/main.wit", "package demo:main;\n\nworld app {\n  import demo:a/x;\n}\n");
        _temp.Write("pkg/deps/a/a.wit", "package demo:a;\n\ninterface x {\n  use demo:b/y.{t};\n}\n");
        _temp.Write("pkg/deps/b/b.wit", "package demo:b;\n\ninterface y {\n  use demo:a/x.{};\n  type t = u32;\n}\n");

        var result = CliRunner.Run("world", root, "app");

        Assert.Equal(ExitCodes.Findings, result.ExitCode);
        Assert.Contains("error[WIT0223]: ", result.StdErr);
    }

    [Theory]
    [InlineData("{ \"rule\": { \"WITL014\": \"error\" } }", "unknown key 'rule'")]
    [InlineData("{ \"rules\": { \"WITL008\": { \"max-function\": 5 } } }", "unknown option 'max-function'")]
    public void An_unknown_key_in_the_lint_configuration_is_a_configuration_error(string config, string expected)
    {
        _temp.Write(".witlint.json", config);
        string wit = _temp.Write("pkg/api.wit", Package);

        var result = CliRunner.Run("lint", wit);

        Assert.Equal(ExitCodes.UsageOrIoError, result.ExitCode);
        Assert.Contains("invalid configuration", result.StdErr);
        Assert.Contains(expected, result.StdErr);
    }
}
