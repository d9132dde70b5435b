using System.Linq;
using Microsoft.CodeAnalysis;

namespace WitSharp.Generator.Tests.Roslyn;

/// <summary>
/// The incremental generator over WIT whose naive C# is exponential, or too large: it never throws (no AD0001) and
/// reports what it cannot do in the .wit file, so a small hostile file cannot take down the compiler server.
/// </summary>
public sealed class HostileWitGeneratorTests
{
    [Fact]
    public void A_tuple_doubling_chain_generates_small_sources()
    {
        string wit = HostileShapeTests.TupleDoublingChain(30);
        var result = GeneratorHarness.RunOnce(GeneratorHarness.CreateDriver(new[] { new InMemoryAdditionalText("/p/wit/t.wit", wit) }), out _);

        Assert.Null(result.Exception);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.InRange(result.GeneratedSources.Sum(s => s.SourceText.Length), 1, 200_000);
    }

    [Fact]
    public void Output_over_the_limit_is_an_error_located_in_the_wit_file()
    {
        // About 80 M characters of C# at the output limit's 64 Mi: linear in its 100,000 records, but too much.
        string wit = HostileShapeTests.RecordChain(100_000);
        var result = GeneratorHarness.RunOnce(GeneratorHarness.CreateDriver(new[] { new InMemoryAdditionalText("/p/wit/r.wit", wit) }), out _);

        Assert.Null(result.Exception);
        Assert.Empty(result.GeneratedSources);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("WIT1004", error.Id);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        var span = error.Location.GetLineSpan();
        Assert.Equal("/p/wit/r.wit", span.Path);
        Assert.StartsWith("  record r", wit.Split('\n')[span.StartLinePosition.Line]);
    }
}
