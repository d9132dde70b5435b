using System.IO;
using System.Linq;
using WitSharp.Generator;
using WitSharp.Testing;
using WitSharp.WitParser;
using WitSharp.WitParser.Resolution;

namespace WitSharp.Cli.Tests;

public sealed class GenerateCommandTests : System.IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Out => Path.Combine(_temp.Path, "out", "nested");

    [Theory]
    [InlineData("kv-store", "kv:store/kv-client@0.3.0", null)]
    [InlineData("plugin-host", "acme:plugins/host-world@1.2.0", "MyApp.Wit")]
    [InlineData("http-handler", "edge:http/proxy@0.1.0", null)]
    [InlineData("streaming-media", "tunes:media/media-app@0.4.0", "Media")]
    public void Writes_exactly_what_the_emitter_produces(string sample, string world, string? rootNamespace)
    {
        string input = RepositoryPaths.InRepository("wit-samples", sample);
        var args = new[] { "generate", input, "--world", world, "--out", Out, "--all-features" }
            .Concat(rootNamespace is null ? new string[0] : new[] { "--namespace", rootNamespace }).ToArray();

        var result = CliRunner.Run(args);

        Assert.True(result.ExitCode == ExitCodes.Success, result.StdErr);
        var expected = Expected(input, world, rootNamespace);
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Select(s => s.HintName).OrderBy(n => n), Directory.GetFiles(Out).Select(Path.GetFileName).OrderBy(n => n));
        foreach (var source in expected) Assert.Equal(source.Text, File.ReadAllText(Path.Combine(Out, source.HintName)));
        // The text format lists the written paths, one a line.
        Assert.Equal(expected.Select(s => Path.Combine(Out, s.HintName)), result.StdOut.Split('\n', System.StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void A_bare_world_name_selects_the_same_world_as_the_qualified_one()
    {
        string input = RepositoryPaths.InRepository("wit-samples", "plugin-host");
        string bareOut = Path.Combine(_temp.Path, "bare");

        var qualified = CliRunner.Run("generate", input, "--world", "acme:plugins/plugin-world@1.2.0", "--out", Out);
        var bare = CliRunner.Run("generate", input, "--world", "plugin-world", "--out", bareOut);

        Assert.True(qualified.ExitCode == ExitCodes.Success, qualified.StdErr);
        Assert.True(bare.ExitCode == ExitCodes.Success, bare.StdErr);
        var files = Directory.GetFiles(Out).Select(Path.GetFileName).OrderBy(n => n).ToList();
        Assert.Contains("Acme.Plugins.V1_2_0.PluginWorldWorld.g.cs", files);
        Assert.Equal(files, Directory.GetFiles(bareOut).Select(Path.GetFileName).OrderBy(n => n));
        foreach (string name in files!) Assert.Equal(File.ReadAllText(Path.Combine(Out, name!)), File.ReadAllText(Path.Combine(bareOut, name!)));
    }

    [Fact]
    public void Without_world_the_only_world_of_the_root_package_is_used()
    {
        string input = RepositoryPaths.InRepository("wit-samples", "kv-store");
        var result = CliRunner.Run("generate", input, "--out", Out);
        Assert.True(result.ExitCode == ExitCodes.Success, result.StdErr);
        Assert.Equal(Expected(input, "kv-client", null).Count, Directory.GetFiles(Out).Length);
    }

    [Theory]
    [InlineData("no-such-world")]
    [InlineData("acme:plugins/no-such-world@1.2.0")]
    [InlineData(null)] // two worlds: ambiguous
    public void An_unknown_or_ambiguous_world_fails_and_lists_the_worlds(string? world)
    {
        string input = RepositoryPaths.InRepository("wit-samples", "plugin-host");
        var args = new[] { "generate", input, "--out", Out }.Concat(world is null ? new string[0] : new[] { "--world", world }).ToArray();

        var result = CliRunner.Run(args);

        Assert.Equal(ExitCodes.Findings, result.ExitCode);
        Assert.Contains("acme:plugins/plugin-world@1.2.0", result.StdErr);
        Assert.Contains("acme:plugins/host-world@1.2.0", result.StdErr);
        Assert.False(Directory.Exists(Out));
    }

    [Fact]
    public void Invalid_wit_fails_with_a_located_diagnostic_and_writes_nothing()
    {
        string file = _temp.Write("broken.wit", TempFolder.Broken);
        var result = CliRunner.Run("generate", file, "--out", Out, "--format", "msbuild");
        Assert.Equal(ExitCodes.Findings, result.ExitCode);
        Assert.Matches(@"broken\.wit\(4,\d+\): error WIT\d+: ", result.StdOut);
        Assert.False(Directory.Exists(Out));
    }

    [Fact]
    public void Emitter_warnings_are_printed_and_the_files_still_written()
    {
        // streaming-media uses async functions and streams, which the bindings only approximate (warnings).
        var result = CliRunner.Run("generate", RepositoryPaths.InRepository("wit-samples", "streaming-media"), "--world", "media-app", "--out", Out, "--format", "msbuild");
        Assert.True(result.ExitCode == ExitCodes.Success, result.StdOut + result.StdErr);
        Assert.Contains(": warning WIT", result.StdOut);
        Assert.NotEmpty(Directory.GetFiles(Out, "*.g.cs"));
    }

    [Fact]
    public void A_missing_path_is_a_usage_error()
    {
        var result = CliRunner.Run("generate", Path.Combine(_temp.Path, "nope"), "--out", Out);
        Assert.Equal(ExitCodes.UsageOrIoError, result.ExitCode);
        Assert.Contains("nope", result.StdErr);
    }

    [Fact]
    public void A_missing_out_option_is_a_usage_error()
    {
        var result = CliRunner.Run("generate", RepositoryPaths.InRepository("wit-samples", "kv-store"));
        Assert.Equal(ExitCodes.UsageOrIoError, result.ExitCode);
        Assert.Contains("--out", result.StdErr);
    }

    [Fact]
    public void An_out_path_that_is_a_file_is_an_io_error()
    {
        string file = _temp.Write("occupied", "not a folder");
        var result = CliRunner.Run("generate", RepositoryPaths.InRepository("wit-samples", "kv-store"), "--out", file);
        Assert.Equal(ExitCodes.UsageOrIoError, result.ExitCode);
        Assert.StartsWith("witsharp: ", result.StdErr);
    }

    [Fact]
    public void Json_format_keeps_stdout_a_json_document()
    {
        var result = CliRunner.Run("generate", RepositoryPaths.InRepository("wit-samples", "kv-store"), "--out", Out, "--format", "json");
        Assert.True(result.ExitCode == ExitCodes.Success, result.StdErr);
        Assert.Equal(System.Text.Json.JsonValueKind.Array, System.Text.Json.JsonDocument.Parse(result.StdOut).RootElement.ValueKind);
        Assert.Contains("wrote ", result.StdErr);
    }

    [Fact]
    public void Help_shows_an_example()
    {
        var result = CliRunner.Run("generate", "--help");
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("Example:", result.StdOut);
        Assert.Contains("witsharp generate ", result.StdOut);
        Assert.Contains("--namespace", result.StdOut);
    }

    /// <summary>What the emitter itself gives for the world, loaded and selected independently of the command.</summary>
    private static System.Collections.Generic.IReadOnlyList<GeneratedSource> Expected(string input, string world, string? rootNamespace)
    {
        var load = WitLoader.LoadPath(input, new WitLoadOptions { AllFeatures = true });
        Assert.True(load.Success);
        Assert.True(WorldSelection.TrySelect(load.Resolve!, load.RootPackages, world, out int id, out string? error), error);
        var output = CSharpBindingsGenerator.Generate(load.Resolve!, id, new BindingsOptions { RootNamespace = rootNamespace });
        return output.Sources;
    }
}
