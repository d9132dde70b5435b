using System.IO;
using System.Text;

namespace WitSharp.Cli.Tests;

/// <summary><c>compose -o</c> replaces its output whole (a temporary file renamed over it), and a write it cannot make is an I/O error.</summary>
public sealed class ComposeOutputTests : System.IDisposable
{
    private const string Api = "package t:api@1.0.0 {\n  interface store {\n    get: func(key: string) -> option<string>;\n  }\n}\n";

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private (string Socket, string Plug) Inputs() => (
        _temp.Write("socket.wit", "package t:app;\n" + Api + "world app {\n  import t:api/store@1.0.0;\n  export run: func();\n}\n"),
        _temp.Write("plug.wit", "package t:kv;\n" + Api + "world kv {\n  export t:api/store@1.0.0;\n}\n"));

    [Fact]
    public void The_output_is_replaced_not_rewritten_in_place()
    {
        var (socket, plug) = Inputs();
        string output = _temp.Write("composed.wit", "// the previous composition\n");
        // A reader holding the old file keeps reading the old file: the new one is a new file renamed over it. Written
        // in place (truncated, then filled), the reader would see the new bytes, or half of them mid-write.
        using var reader = new FileStream(output, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var run = CliRunner.Run("compose", socket + ":app", "--plug", plug, "-o", output);
        Assert.True(run.ExitCode == ExitCodes.Success, run.StdErr);
        Assert.Equal("// the previous composition\n", new StreamReader(reader, Encoding.UTF8).ReadToEnd());
        string composed = File.ReadAllText(output);
        Assert.Contains("world app {", composed);
        Assert.Contains("export run: func();", composed);
        Assert.Empty(Directory.GetFiles(_temp.Path, "*.witsharp-tmp"));
    }

    [Fact]
    public void A_new_output_file_is_created()
    {
        var (socket, plug) = Inputs();
        string output = Path.Combine(_temp.Path, "new.wit");
        var run = CliRunner.Run("compose", socket + ":app", "--plug", plug, "-o", output);
        Assert.True(run.ExitCode == ExitCodes.Success, run.StdErr);
        Assert.Contains("world app {", File.ReadAllText(output));
    }

    [Fact]
    public void An_output_that_cannot_be_written_is_an_io_error_not_an_internal_one()
    {
        var (socket, plug) = Inputs();
        string output = Path.Combine(_temp.Path, "no-such-folder", "composed.wit");
        var run = CliRunner.Run("compose", socket + ":app", "--plug", plug, "-o", output);
        Assert.Equal(ExitCodes.UsageOrIoError, run.ExitCode);
        Assert.Contains("compose: cannot write " + output, run.StdErr);
        Assert.False(File.Exists(output));
    }
}
