using WitSharp.Generator.Roslyn;

namespace WitSharp.Generator.Tests.Roslyn;

public class WitBindingsRunnerTests
{
    [Fact]
    public void A_defect_becomes_an_internal_error_diagnostic_not_an_exception()
    {
        // A null path is impossible from the generator; SourceText rejects it, which stands in for any defect.
        var broken = new WitFileInput(null!, "package a:b;", null, null);
        var project = new WitProjectInput("/p/wit", new EquatableArray<WitFileInput>(new[] { broken }), default, null, null);

        var result = WitBindingsRunner.Run(project);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("WIT1099", diagnostic.Id);
        Assert.True(diagnostic.IsError);
        Assert.Contains("/p/wit", diagnostic.Message);
        Assert.Empty(result.Files);
    }
}
