using System.Text.Json;
using WitSharp.Testing;

namespace WitSharp.Cli.Tests;

/// <summary>The diff, compose and world commands end to end: exit codes, output streams and formats.</summary>
public sealed class DiffComposeWorldCommandTests : System.IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private const string V1 = "package t:p@1.0.0;\n\ninterface api {\n  get: func() -> list<u8>;\n}\n";

    [Fact]
    public void Diff_fails_on_a_breaking_change_without_a_major_bump()
    {
        string old = _temp.Write("old.wit", V1);
        string @new = _temp.Write("new.wit", V1.Replace("1.0.0", "1.1.0").Replace("list<u8>", "string"));
        var result = CliRunner.Run("diff", old, @new);
        Assert.Equal(ExitCodes.Findings, result.ExitCode);
        Assert.Contains("`t:p/api.get` changed result from `list<u8>`", result.StdErr);
        Assert.Contains("old.wit:4:3", result.StdErr);
        Assert.Contains("new.wit:4:3", result.StdErr);
        Assert.Contains("breaking changes need a major version bump", result.StdErr);
        Assert.Contains("1 breaking", result.StdOut);
    }

    [Fact]
    public void Diff_passes_when_the_major_version_goes_up_and_renders_sarif()
    {
        string old = _temp.Write("old.wit", V1);
        string @new = _temp.Write("new.wit", V1.Replace("1.0.0", "2.0.0").Replace("list<u8>", "string"));
        var result = CliRunner.Run("diff", old, @new, "--format", "sarif");
        Assert.True(result.ExitCode == ExitCodes.Success, result.StdErr + result.StdOut);
        using var sarif = JsonDocument.Parse(result.StdOut);
        var results = sarif.RootElement.GetProperty("runs")[0].GetProperty("results");
        Assert.Contains(results.EnumerateArray(), r => r.GetProperty("ruleId").GetString() == "diff/changed-result");
    }

    [Fact]
    public void Diff_of_broken_wit_is_a_finding_not_a_crash()
    {
        string old = _temp.Write("old.wit", V1);
        string broken = _temp.Write("broken.wit", TempFolder.Broken);
        var result = CliRunner.Run("diff", old, broken);
        Assert.Equal(ExitCodes.Findings, result.ExitCode);
        Assert.Contains("missing-type", result.StdErr);
    }

    [Fact]
    public void World_elaborate_expands_includes()
    {
        string file = _temp.Write("w.wit", "package t:p@1.0.0;\n\ninterface types { record r { x: u32 } }\ninterface api { use types.{r}; f: func() -> r; }\n" +
                                           "world base { import log: func(msg: string); }\nworld app { include base; export api; }\n");
        var written = CliRunner.Run("world", file, "app");
        Assert.Equal(ExitCodes.Success, written.ExitCode);
        Assert.Contains("include base;", written.StdOut);
        var elaborated = CliRunner.Run("world", file, "t:p/app", "--elaborate");
        Assert.True(elaborated.ExitCode == ExitCodes.Success, elaborated.StdErr);
        Assert.DoesNotContain("include", elaborated.StdOut);
        Assert.Contains("import t:p/types@1.0.0;", elaborated.StdOut);
        Assert.Contains("import log: func(msg: string);", elaborated.StdOut);
        var missing = CliRunner.Run("world", file, "nope");
        Assert.Equal(ExitCodes.Findings, missing.ExitCode);
        Assert.Contains("World `nope` not found", missing.StdErr);
    }

    [Fact]
    public void Compose_prints_the_composed_world_or_the_reason_it_fails()
    {
        const string api = "package t:api@1.0.0 {\n  interface store {\n    get: func(key: string) -> option<string>;\n  }\n}\n";
        string socket = _temp.Write("socket.wit", "package t:app;\n" + api + "world app {\n  import t:api/store@1.0.0;\n  import now: func() -> u64;\n  export run: func();\n}\n");
        string plug = _temp.Write("plug.wit", "package t:kv;\n" + api + "world kv {\n  import log: func(msg: string);\n  export t:api/store@1.0.0;\n}\n");
        var ok = CliRunner.Run("compose", socket + ":app", "--plug", plug);
        Assert.True(ok.ExitCode == ExitCodes.Success, ok.StdErr);
        Assert.Contains("world app {", ok.StdOut);
        Assert.Contains("import now: func() -> u64;", ok.StdOut);
        Assert.Contains("import log: func(msg: string);", ok.StdOut);
        Assert.DoesNotContain("t:api/store", ok.StdOut);
        string bad = _temp.Write("bad.wit", "package t:kv;\n" + api.Replace("key: string", "key: u32") + "world kv {\n  export t:api/store@1.0.0;\n}\n");
        var failed = CliRunner.Run("compose", socket, "--plug", bad, "--format", "msbuild");
        Assert.Equal(ExitCodes.Findings, failed.ExitCode);
        Assert.Contains("compose/wrong-parameter", failed.StdOut);
        Assert.Contains("the socket imports `string`", failed.StdOut);
    }

    [Theory]
    [InlineData("diff")]
    [InlineData("compose")]
    [InlineData("world")]
    public void Help_has_an_example(string command)
    {
        var result = CliRunner.Run(command, "--help");
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("Example:", result.StdOut);
    }
}
