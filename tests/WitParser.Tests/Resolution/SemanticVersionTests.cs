using WitSharp.WitParser.Resolution;

namespace WitSharp.WitParser.Tests.Resolution;

public sealed class SemanticVersionTests
{
    [Theory]
    [InlineData("1.2.3")]
    [InlineData("0.2.0-rc-2023-11-10")]
    [InlineData("1.0.0-alpha.1+build.5")]
    [InlineData("10.20.30+meta")]
    public void ValidVersionsRoundTrip(string text)
    {
        Assert.True(SemanticVersion.TryParse(text, out var v));
        Assert.Equal(text, v!.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("1.2")]
    [InlineData("01.2.3")]
    [InlineData("1.2.3-")]
    [InlineData("1.2.3-01")]
    [InlineData("1.2.3+")]
    [InlineData("1.2.x")]
    public void InvalidVersionsAreRejected(string text) => Assert.False(SemanticVersion.TryParse(text, out _));

    [Theory]
    [InlineData("1.0.0-alpha", "1.0.0-alpha.1")]
    [InlineData("1.0.0-alpha.1", "1.0.0-alpha.beta")]
    [InlineData("1.0.0-beta.2", "1.0.0-beta.11")]
    [InlineData("1.0.0-rc.1", "1.0.0")]
    [InlineData("0.2.0", "0.10.0")]
    public void PrecedenceFollowsSemver(string lower, string higher)
    {
        SemanticVersion.TryParse(lower, out var a);
        SemanticVersion.TryParse(higher, out var b);
        Assert.True(a!.CompareTo(b) < 0);
        Assert.True(b!.CompareTo(a) > 0);
    }

    [Theory]
    [InlineData("1.2.3", "1.0.0")]
    [InlineData("0.2.7", "0.2.0")]
    [InlineData("0.0.3", "0.0.3")]
    [InlineData("0.2.0-rc.1", "0.2.0-rc.1")]
    public void CompatibilityTrack(string version, string track)
    {
        SemanticVersion.TryParse(version, out var v);
        Assert.Equal(track, v!.CompatibilityTrack());
    }
}
