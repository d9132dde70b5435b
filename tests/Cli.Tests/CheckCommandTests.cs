using System.Text.Json;
using WitSharp.Testing;

namespace WitSharp.Cli.Tests;

public sealed class CheckCommandTests : System.IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("kv-store")]
    [InlineData("plugin-host")]
    [InlineData("http-handler")]
    [InlineData("streaming-media")]
    public void Every_sample_is_clean(string sample)
    {
        var result = CliRunner.Run("check", RepositoryPaths.InRepository("wit-samples", sample), "--all-features");
        Assert.True(result.ExitCode == ExitCodes.Success, result.StdErr);
        Assert.Equal("", result.StdErr);
    }

    [Fact]
    public void A_folder_of_packages_checks_each_package()
    {
        var result = CliRunner.Run("check", RepositoryPaths.InRepository("wit-samples"));
        Assert.True(result.ExitCode == ExitCodes.Success, result.StdErr);
        Assert.Equal("checked 4 package(s): 0 error(s)", result.StdOut.Trim());
    }

    [Fact]
    public void A_folder_without_wit_files_is_a_finding()
    {
        var result = CliRunner.Run("check", _temp.Path);
        Assert.Equal(ExitCodes.Findings, result.ExitCode);
        Assert.Contains("no WIT package found", result.StdErr);
    }

    [Fact]
    public void Several_paths_are_checked_and_one_error_fails_the_run()
    {
        string broken = _temp.Write("broken.wit", TempFolder.Broken);
        var result = CliRunner.Run("check", RepositoryPaths.InRepository("wit-samples", "kv-store"), broken);
        Assert.Equal(ExitCodes.Findings, result.ExitCode);
        Assert.Contains("broken.wit", result.StdErr);
    }

    [Fact]
    public void Text_format_prints_the_reference_layout_on_stderr()
    {
        string file = _temp.Write("broken.wit", TempFolder.Broken);
        var result = CliRunner.Run("check", file);
        Assert.Equal(ExitCodes.Findings, result.ExitCode);
        Assert.Matches(@"^checked 1 package\(s\): [1-9]\d* error\(s\)$", result.StdOut.Trim());
        Assert.Contains("error[WIT", result.StdErr);
        Assert.Contains($"--> {file}:4:", result.StdErr);
        Assert.Contains("    4 |   get: func() -> missing-type;", result.StdErr);
        Assert.Contains("^", result.StdErr);
    }

    [Fact]
    public void MsBuild_format_is_one_line_per_diagnostic_on_stdout()
    {
        string file = _temp.Write("broken.wit", TempFolder.Broken);
        var result = CliRunner.Run("check", file, "--format", "msbuild");
        Assert.Equal(ExitCodes.Findings, result.ExitCode);
        Assert.Matches(@"broken\.wit\(4,\d+\): error WIT\d{4}: ", result.StdOut);
        Assert.Equal("", result.StdErr);
    }

    [Fact]
    public void Json_format_is_a_parsable_array_even_when_clean()
    {
        string file = _temp.Write("broken.wit", TempFolder.Broken);
        var result = CliRunner.Run("check", file, "--format", "json");
        Assert.Equal(ExitCodes.Findings, result.ExitCode);
        using (var doc = JsonDocument.Parse(result.StdOut))
        {
            var first = doc.RootElement[0];
            Assert.StartsWith("WIT", first.GetProperty("code").GetString());
            Assert.Equal("error", first.GetProperty("severity").GetString());
            Assert.Equal(file, first.GetProperty("file").GetString());
            Assert.Equal(4, first.GetProperty("line").GetInt32());
        }

        var clean = CliRunner.Run("check", RepositoryPaths.InRepository("wit-samples", "kv-store"), "--format", "json");
        Assert.Equal(ExitCodes.Success, clean.ExitCode);
        using var cleanDoc = JsonDocument.Parse(clean.StdOut);
        Assert.Equal(0, cleanDoc.RootElement.GetArrayLength());
    }

    [Fact]
    public void Invalid_utf8_is_a_diagnostic_not_a_crash()
    {
        string file = System.IO.Path.Combine(_temp.Path, "bad.wit");
        System.IO.File.WriteAllBytes(file, new byte[] { (byte)'p', 0xC3, 0x28, (byte)'\n' });
        var result = CliRunner.Run("check", file, "--format", "msbuild");
        Assert.Equal(ExitCodes.Findings, result.ExitCode);
        Assert.Contains("WIT0001", result.StdOut);
    }
}
