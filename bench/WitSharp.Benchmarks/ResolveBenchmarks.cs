using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using WitSharp.WitParser;
using WitSharp.WitParser.Parsing;
using WitSharp.WitParser.Text;

namespace WitSharp.Benchmarks;

/// <summary>
/// Parse alone against parse+resolve on the generated 5 MB package: the difference of the two means is the cost
/// of resolution (name binding, type checking, world elaboration).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class ResolveBenchmarks
{
    private static readonly SourceText s_source = new("synthetic.wit", SyntheticWit.Generate(ParseBenchmarks.InputSize));

    private sealed class Config : ManualConfig
    {
        public Config() => AddColumn(new ThroughputColumn(_ => ParseBenchmarks.InputBytes));
    }

    /// <summary>Lex and parse only.</summary>
    [Benchmark(Baseline = true)]
    public int Parse() => WitSyntaxTree.Parse(s_source).Diagnostics.Count;

    /// <summary>Lex, parse and resolve.</summary>
    [Benchmark]
    public int ParseAndResolve()
    {
        var result = WitLoader.LoadText(s_source.Path, s_source.Text);
        return result.Success ? result.Resolve!.Packages.Count : -1;
    }
}
