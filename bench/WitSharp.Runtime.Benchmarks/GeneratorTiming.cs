using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using WitSharp.Benchmarks;
using WitSharp.Engine.Benchmarks;
using WitSharp.Generator;
using WitSharp.Generator.Roslyn;
using WitSharp.Generator.Tests.Roslyn;
using WitSharp.WitParser;
using WitSharp.WitParser.Resolution;

namespace WitSharp.Runtime.Benchmarks;

/// <summary>
/// Binding generation for the wasi:http proxy world: the first (cold) load and <see cref="CSharpBindingsGenerator"/>
/// call of the process, and the warm incremental generator re-run after an unrelated C# edit.
/// </summary>
public static class GeneratorTiming
{
    private const string World = "wasi:http/proxy";

    /// <summary>The wasi:http 0.2.12 bundle in ../shared.</summary>
    public static string BundlePath => Path.Combine(BenchPaths.Shared, "conformance", "wasi-bundles", "0.2.12", "http");

    /// <summary>
    /// Milliseconds of the first parse+resolve, of the first generation, and of the two together (load, world
    /// selection, generation: what a fresh process pays for its first bindings) in this process. Only meaningful as
    /// the first thing the process does: later calls find the code already compiled by the JIT.
    /// </summary>
    public static (double LoadMs, double GenerateMs, double TotalMs, int Files) Cold()
    {
        long first = Stopwatch.GetTimestamp();
        long start = first;
        var load = WitLoader.LoadPath(BundlePath);
        double loadMs = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        if (!load.Success) throw new InvalidOperationException("wasi:http does not resolve: " + load.Diagnostics.FirstOrDefault());
        if (!WorldSelection.TrySelect(load.Resolve!, load.RootPackages, World, out int world, out string? error))
            throw new InvalidOperationException(error);
        start = Stopwatch.GetTimestamp();
        var output = CSharpBindingsGenerator.Generate(load.Resolve!, world);
        long end = Stopwatch.GetTimestamp();
        double generateMs = Stopwatch.GetElapsedTime(start, end).TotalMilliseconds;
        double totalMs = Stopwatch.GetElapsedTime(first, end).TotalMilliseconds;
        if (output.Sources.Count == 0) throw new InvalidOperationException("no bindings generated for " + World);
        return (loadMs, generateMs, totalMs, output.Sources.Count);
    }

    /// <summary>Median milliseconds of a generator-driver re-run after adding an unrelated C# file, the WIT unchanged.</summary>
    public static double WarmRerunMs(int runs)
    {
        string root = Path.GetFullPath(BundlePath);
        var files = Directory.GetFiles(root, "*.wit", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => (AdditionalText)new InMemoryAdditionalText("/p/wit/" + Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllText(f)))
            .ToList();
        var metadata = files.ToDictionary(f => f.Path, _ => new Dictionary<string, string> { [WitMetadataNames.World] = World });
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        GeneratorDriver driver = CSharpGeneratorDriver.Create(new[] { new WitBindingsGenerator().AsSourceGenerator() }, files, parse,
            new TestOptionsProvider(metadata));
        var compilation = CSharpCompilation.Create("User", new[] { CSharpSyntaxTree.ParseText("class C { }", parse, "C.cs") },
            new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) });
        driver = driver.RunGenerators(compilation);
        var first = driver.GetRunResult().Results.Single();
        if (first.Exception is not null || first.GeneratedSources.Length == 0 || first.Diagnostics.Length > 0)
            throw new InvalidOperationException("the generator did not bind wasi:http: " + (first.Exception?.Message ?? first.Diagnostics.FirstOrDefault()?.ToString()));
        // Two edited compilations in turn, so every run sees a C# change.
        var edits = new[] { "class D { int X => 1; }", "class D { int X => 2; }" }
            .Select(code => compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(code, parse, "D.cs"))).ToArray();
        int turn = 0;
        return QuickTimer.Median(Enumerable.Range(0, runs + 20).Select(_ =>
        {
            long start = Stopwatch.GetTimestamp();
            driver = driver.RunGenerators(edits[turn++ % 2]);
            return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }).Skip(20).ToList());
    }
}
