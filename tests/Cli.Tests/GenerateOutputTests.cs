using System.IO;
using System.Linq;
using System.Text;

namespace WitSharp.Cli.Tests;

/// <summary><c>generate --out</c> replaces each file whole (a temporary file renamed over it), never rewriting one in place.</summary>
public sealed class GenerateOutputTests : System.IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_file_of_the_same_name_is_replaced_not_rewritten_in_place()
    {
        string wit = _temp.Write("w.wit", "package a:b;\nworld w {\n  import f: func(x: u32) -> string;\n}\n");
        string folder = Path.Combine(_temp.Path, "out");
        var first = CliRunner.Run("generate", wit, "--out", folder);
        Assert.True(first.ExitCode == ExitCodes.Success, first.StdErr);
        string file = Directory.GetFiles(folder, "*.g.cs").Single();
        File.WriteAllText(file, "// stale\n");
        // A reader holding the old file keeps reading it: the new one is renamed over it. Written in place (truncated,
        // then filled), the reader would see the new bytes, or half of them mid-write.
        using var reader = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var second = CliRunner.Run("generate", wit, "--out", folder);
        Assert.True(second.ExitCode == ExitCodes.Success, second.StdErr);
        Assert.Equal("// stale\n", new StreamReader(reader, Encoding.UTF8).ReadToEnd());
        Assert.Contains("public interface IImports", File.ReadAllText(file));
        Assert.Empty(Directory.GetFiles(folder, "*.witsharp-tmp"));
    }
}
