using WitSharp.WitParser.Resolution;

namespace WitSharp.WitParser.Tests.Resolution;

public sealed class WorldSelectionTests
{
    private static WitLoadResult Load(string text)
    {
        var result = WitLoader.LoadText("t.wit", text);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return result;
    }

    [Fact]
    public void TheOnlyWorldIsChosenByDefault()
    {
        var r = Load("package a:b;\nworld only {}\n");
        Assert.True(WorldSelection.TrySelect(r.Resolve!, r.RootPackages, null, out int w, out _));
        Assert.Equal("only", r.Resolve!.Worlds[w].Name);
    }

    [Fact]
    public void SeveralWorldsNeedAName()
    {
        var r = Load("package a:b@1.0.0;\nworld x {}\nworld y {}\npackage c:d { world z {} }\n");
        Assert.False(WorldSelection.TrySelect(r.Resolve!, r.RootPackages, null, out _, out string? error));
        Assert.Equal("There are multiple worlds in `a:b@1.0.0`; one must be explicitly chosen", error);
        Assert.True(WorldSelection.TrySelect(r.Resolve!, r.RootPackages, "y", out int y, out _));
        Assert.Equal("y", r.Resolve!.Worlds[y].Name);
        Assert.True(WorldSelection.TrySelect(r.Resolve!, r.RootPackages, "c:d/z", out int z, out _));
        Assert.Equal("z", r.Resolve!.Worlds[z].Name);
        Assert.True(WorldSelection.TrySelect(r.Resolve!, r.RootPackages, "a:b/x@1.0.0", out int x, out _));
        Assert.Equal("x", r.Resolve!.Worlds[x].Name);
        Assert.False(WorldSelection.TrySelect(r.Resolve!, r.RootPackages, "nope", out _, out error));
        Assert.Equal("World `nope` not found in package `a:b@1.0.0`", error);
    }

    [Fact]
    public void Failures_read_as_wit_parsers_select_world_writes_them()
    {
        var none = Load("package a:b;\ninterface i {}\n");
        Assert.False(WorldSelection.TrySelect(none.Resolve!, none.RootPackages, null, out _, out string? error));
        Assert.Equal("The main package `a:b` contains no worlds", error);
        Assert.False(WorldSelection.TrySelect(none.Resolve!, none.RootPackages, "x:y/w", out _, out error));
        Assert.Equal("unknown package `x:y`", error);
    }

    [Fact]
    public void A_package_at_two_versions_needs_one_named()
    {
        // resolve/mod.rs select_world: an unversioned package name matching two versioned packages is ambiguous.
        var r = WitLoader.LoadSources(
            new[] { new WitSharp.WitParser.Text.SourceText("main.wit", "package m:n;\nworld w { import a:b/i@1.0.0; import a:b/i@2.0.0; }\n") },
            new[]
            {
                new[] { new WitSharp.WitParser.Text.SourceText("v1.wit", "package a:b@1.0.0;\ninterface i {}\nworld x {}\n") },
                new[] { new WitSharp.WitParser.Text.SourceText("v2.wit", "package a:b@2.0.0;\ninterface i {}\nworld x {}\n") },
            });
        Assert.True(r.Success, string.Join("\n", r.Diagnostics));
        Assert.False(WorldSelection.TrySelect(r.Resolve!, r.RootPackages, "a:b/x", out _, out string? error));
        Assert.Equal("package name `a:b` is available at both versions 1.0.0 and 2.0.0 but which is not specified", error);
        Assert.True(WorldSelection.TrySelect(r.Resolve!, r.RootPackages, "a:b/x@2.0.0", out int x, out _));
        Assert.Equal("a:b@2.0.0", r.Resolve!.Packages[r.Resolve!.Worlds[x].Package!.Value].Name.ToString());
    }
}
