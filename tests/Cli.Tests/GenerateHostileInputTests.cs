using System.IO;
using System.Linq;
using System.Text;

namespace WitSharp.Cli.Tests;

/// <summary><c>generate</c> on WIT whose naive C# is exponential (issue #10): a normal exit, with output linear in the input.</summary>
public sealed class GenerateHostileInputTests : System.IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_thirty_level_tuple_doubling_chain_exits_normally_with_small_output()
    {
        // Spelled out, t30 is a tuple of 2^30 bytes: the process died out of memory at 8 GB (exit 134).
        var wit = new StringBuilder("package h:ostile;\ninterface i {\n  type t0 = u8;\n");
        for (int k = 1; k <= 30; k++) wit.Append($"  type t{k} = tuple<t{k - 1}, t{k - 1}>;\n");
        wit.Append("  f: func(x: t30) -> t30;\n}\nworld w { export i; }\n");
        string input = Path.Combine(_temp.Path, "t.wit");
        File.WriteAllText(input, wit.ToString());
        string output = Path.Combine(_temp.Path, "out");

        var result = CliRunner.Run("generate", input, "--out", output);

        Assert.True(result.ExitCode == ExitCodes.Success, result.StdErr);
        long written = Directory.GetFiles(output).Sum(f => new FileInfo(f).Length);
        Assert.InRange(written, 1, 200_000);
    }
}
