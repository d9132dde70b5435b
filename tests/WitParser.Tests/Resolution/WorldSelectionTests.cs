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
}
