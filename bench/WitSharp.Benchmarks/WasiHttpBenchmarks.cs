using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using WitSharp.WitParser;
using WitSharp.WitParser.Text;

namespace WitSharp.Benchmarks;

/// <summary>
/// Parse+resolve of the wasi:http 0.2.12 bundle (http plus every sibling package under deps/), from disk and from
/// sources already in memory.
/// </summary>
[MemoryDiagnoser]
public class WasiHttpBenchmarks
{
    private string _path = "";
    private IReadOnlyList<SourceText> _root = Array.Empty<SourceText>();
    private IReadOnlyList<IReadOnlyList<SourceText>> _deps = Array.Empty<IReadOnlyList<SourceText>>();

    /// <summary>Reads the bundle once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _path = Path.Combine(BenchPaths.Shared, "conformance", "wasi-bundles", "0.2.12", "http");
        if (!Directory.Exists(_path)) throw new DirectoryNotFoundException($"{_path} is missing: this benchmark reads ../shared");
        _root = ReadDirectory(_path);
        _deps = Directory.GetDirectories(Path.Combine(_path, "deps")).OrderBy(d => d, StringComparer.Ordinal).Select(ReadDirectory).ToList();
        var check = WitLoader.LoadSources(_root, _deps);
        if (!check.Success) throw new InvalidOperationException("wasi:http does not resolve: " + check.Diagnostics.FirstOrDefault());
    }

    /// <summary>Reading the files, parsing and resolving.</summary>
    [Benchmark]
    public int LoadPath() => WitLoader.LoadPath(_path).Resolve?.Packages.Count ?? -1;

    /// <summary>Parsing and resolving sources already in memory.</summary>
    [Benchmark(Baseline = true)]
    public int LoadSources() => WitLoader.LoadSources(_root, _deps).Resolve?.Packages.Count ?? -1;

    private static IReadOnlyList<SourceText> ReadDirectory(string directory) =>
        Directory.GetFiles(directory, "*.wit").OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => new SourceText(f, File.ReadAllText(f))).ToList();
}
