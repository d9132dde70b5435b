using System.Linq;

namespace WitSharp.Cli.Tests;

/// <summary>A hostile file's control characters reach no text output of the CLI raw (terminal escape injection).</summary>
public sealed class ControlCharacterOutputTests : System.IDisposable
{
    // Clears the screen and sets the terminal title, from inside a comment and in an error's own line.
    private const string Hostile = "package demo:esc;\n\ninterface api {\n  get: func() -> \u001b[2J\u001b]0;pwned\u0007;\n}\n";
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("check", "text")]
    [InlineData("check", "msbuild")]
    [InlineData("check", "github")]
    [InlineData("lint", "text")]
    [InlineData("lint", "msbuild")]
    [InlineData("fmt", "text")]
    public void No_control_character_from_the_file_is_printed(string command, string format)
    {
        string file = _temp.Write("api.wit", Hostile);

        var result = CliRunner.Run(command, file, "--format", format);

        Assert.NotEqual(ExitCodes.Success, result.ExitCode);
        string output = result.StdOut + result.StdErr;
        Assert.Contains("\\u{1b}", output);
        Assert.DoesNotContain(output, c => char.IsControl(c) && c != '\n' && c != '\r');
    }
}
