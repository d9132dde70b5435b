using System.IO;
using System.Linq;
using WitSharp.Testing;

namespace WitSharp.Cli.Tests;

/// <summary><c>witsharp generate --component-bindings</c> adds the world's component class; without it there is none.</summary>
public sealed class GenerateComponentBindingsTests : System.IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string GenerateWorld(string folder, params string[] extra)
    {
        string input = RepositoryPaths.InRepository("wit-samples", "kv-store");
        string output = Path.Combine(_temp.Path, folder);
        var result = CliRunner.Run(new[] { "generate", input, "--world", "kv:store/kv-client@0.3.0", "--out", output }.Concat(extra).ToArray());
        Assert.True(result.ExitCode == ExitCodes.Success, result.StdErr);
        return string.Join("\n", Directory.GetFiles(output).OrderBy(f => f).Select(File.ReadAllText));
    }

    [Fact]
    public void The_option_writes_AddToLinker_and_Instantiate_and_the_default_does_not()
    {
        string plain = GenerateWorld("plain");
        string component = GenerateWorld("component", "--component-bindings");

        Assert.DoesNotContain("WitSharp.Engine.Components", plain);
        Assert.Contains("public static void AddToLinker(global::WitSharp.Engine.Components.ComponentLinker linker, IImports host)", component);
        Assert.Contains("linker.Instance(\"kv:store/store@0.3.0\")", component);
        Assert.Contains(" Instantiate(global::WitSharp.Engine.Components.ComponentLinker linker, global::WitSharp.Engine.Components.Component component)", component);
    }
}
