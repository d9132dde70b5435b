using System.Collections.Generic;
using WitSharp.Engine.Components.Linking;

namespace WitSharp.Engine.Components.Tests;

/// <summary>The Explainer's canonical interface names, which decide semver-compatible linking.</summary>
public sealed class CanonicalInterfaceNameTests
{
    [Theory]
    [InlineData("a:b/c@1.2.3", "a:b/c@1")]
    [InlineData("a:b/c@0.2.6-rc.1", "a:b/c@0.2")]
    [InlineData("a:b/c@0.0.1-alpha", "a:b/c@0.0.1")]
    [InlineData("a:b/c@10.0.0+build", "a:b/c@10")]
    [InlineData("a:b/c", "a:b/c")]
    [InlineData("log", "log")]
    public void CanonicalFormsFollowTheExplainer(string name, string canonical) => Assert.Equal(canonical, CanonicalInterfaceName.Of(name));

    [Fact]
    public void TheExactNameWinsThenTheHighestCompatibleVersion()
    {
        var items = new Dictionary<string, string>
        {
            ["a:b/c@1.1.0"] = "1.1",
            ["a:b/c@1.3.1"] = "1.3.1",
            ["a:b/c@1.10.0"] = "1.10",
            ["a:b/c@2.0.0"] = "2",
            ["a:b/c@0.2.1"] = "0.2.1",
        };
        Assert.Equal("1.1", CanonicalInterfaceName.FindCompatible(items, "a:b/c@1.1.0", _ => true));
        Assert.Equal("1.10", CanonicalInterfaceName.FindCompatible(items, "a:b/c@1.2.0", _ => true));
        Assert.Equal("1.3.1", CanonicalInterfaceName.FindCompatible(items, "a:b/c@1.2.0", v => v != "1.10"));
        Assert.Equal("0.2.1", CanonicalInterfaceName.FindCompatible(items, "a:b/c@0.2.9", _ => true));
        Assert.Null(CanonicalInterfaceName.FindCompatible(items, "a:b/c@0.3.0", _ => true));
        Assert.Null(CanonicalInterfaceName.FindCompatible(items, "a:b/c@3.0.0", _ => true));
        Assert.Null(CanonicalInterfaceName.FindCompatible(items, "a:b/d@1.0.0", _ => true));
    }
}
