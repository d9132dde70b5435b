using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using WitSharp.WitParser.Lexing;
using WitSharp.WitParser.Parsing;
using WitSharp.WitParser.Text;

namespace WitSharp.Benchmarks;

/// <summary>Lexing and lex+parse of a generated 5 MB package; the MB/s column is the throughput.</summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class ParseBenchmarks
{
    /// <summary>The size of the generated input.</summary>
    public const int InputSize = 5 * 1024 * 1024;

    private static readonly SourceText s_source = new("synthetic.wit", SyntheticWit.Generate(InputSize));

    /// <summary>UTF-8 bytes of the input.</summary>
    public static long InputBytes { get; } = Encoding.UTF8.GetByteCount(s_source.Text);

    private sealed class Config : ManualConfig
    {
        public Config() => AddColumn(new ThroughputColumn(_ => InputBytes));
    }

    /// <summary>Tokens only.</summary>
    [Benchmark]
    public int Lex() => WitLexer.Lex(s_source).Tokens.Count;

    /// <summary>Tokens and the full syntax tree.</summary>
    [Benchmark(Baseline = true)]
    public int LexAndParse() => WitSyntaxTree.Parse(s_source).Diagnostics.Count;
}
