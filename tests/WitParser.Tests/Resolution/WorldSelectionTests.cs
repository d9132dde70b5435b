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
        Assert.Equal("multiple worlds found in package `a:b@1.0.0`: one must be explicitly chosen", error);
        Assert.True(WorldSelection.TrySelect(r.Resolve!, r.RootPackages, "y", out int y, out _));
        Assert.Equal("y", r.Resolve!.Worlds[y].Name);
        Assert.True(WorldSelection.TrySelect(r.Resolve!, r.RootPackages, "c:d/z", out int z, out _));
        Assert.Equal("z", r.Resolve!.Worlds[z].Name);
        Assert.True(WorldSelection.TrySelect(r.Resolve!, r.RootPackages, "a:b/x@1.0.0", out int x, out _));
        Assert.Equal("x", r.Resolve!.Worlds[x].Name);
        Assert.False(WorldSelection.TrySelect(r.Resolve!, r.RootPackages, "nope", out _, out error));
        Assert.Equal("no world named `nope` in package `a:b@1.0.0`", error);
    }
}
