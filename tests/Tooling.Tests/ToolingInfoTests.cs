using WitSharp.Tooling;

namespace WitSharp.Tooling.Tests;

public class ToolingInfoTests
{
    [Fact]
    public void Version_is_the_package_version()
    {
        Assert.Equal("0.1.0", ToolingInfo.Version);
    }
}
