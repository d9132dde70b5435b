using System.Linq;
using WitSharp.Testing;
using WitSharp.WitParser;

namespace WitSharp.Generator.Tests;

/// <summary>Pins the exact output for a small real package, so shape changes show up in review.</summary>
public sealed class SnapshotTests
{
    [Fact]
    public void KeyValueStoreBindings()
    {
        var load = WitLoader.LoadPath(RepositoryPaths.InRepository("wit-samples", "kv-store"));
        Assert.True(load.Success);
        int world = load.Resolve!.Packages[load.RootPackages.Last()].Worlds.GetValue("kv-client");
        var output = CSharpBindingsGenerator.Generate(load.Resolve, world);
        Assert.Empty(output.Diagnostics);
        string all = string.Join("\n", output.Sources.Select(s => "//// " + s.HintName + "\n" + s.Text));
        Snapshot.Match(all, "kv-client.cs.txt");
    }
}
