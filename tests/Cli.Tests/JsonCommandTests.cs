using System.Text.Json;
using WitSharp.Testing;

namespace WitSharp.Cli.Tests;

public sealed class JsonCommandTests : System.IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Prints_the_resolved_packages_with_deps()
    {
        var result = CliRunner.Run("json", RepositoryPaths.InRepository("wit-samples", "http-handler"));
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        using var doc = JsonDocument.Parse(result.StdOut);
        var names = new System.Collections.Generic.List<string?>();
        foreach (var p in doc.RootElement.GetProperty("packages").EnumerateArray()) names.Add(p.GetProperty("name").GetString());
        Assert.Equal(new[] { "edge:io@0.1.0", "edge:clocks@0.1.0", "edge:http@0.1.0" }, names);
    }

    [Fact]
    public void A_broken_file_exits_1_with_nothing_on_stdout()
    {
        var result = CliRunner.Run("json", _temp.Write("broken.wit", TempFolder.Broken), "--format", "json");
        Assert.Equal(ExitCodes.Findings, result.ExitCode);
        Assert.Equal("", result.StdOut);
        using var doc = JsonDocument.Parse(result.StdErr);
        Assert.True(doc.RootElement.GetArrayLength() > 0);
    }

    [Fact]
    public void Features_switch_gated_items_on()
    {
        string file = _temp.Write("gated.wit",
            "package demo:gated@1.0.0;\n\ninterface api {\n  @unstable(feature = fancy)\n  fancy-call: func() -> u32;\n\n  plain-call: func();\n}\n");
        var without = CliRunner.Run("json", file);
        var with = CliRunner.Run("json", file, "--features", "other,fancy");
        var all = CliRunner.Run("json", file, "--all-features");
        Assert.Equal(ExitCodes.Success, without.ExitCode);
        Assert.Equal(ExitCodes.Success, with.ExitCode);
        Assert.Contains("plain-call", without.StdOut);
        Assert.DoesNotContain("fancy-call", without.StdOut);
        Assert.Contains("fancy-call", with.StdOut);
        Assert.Equal(with.StdOut, all.StdOut);
    }
}
