using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using WitSharp.Testing;
using WitSharp.WitParser.Text;

namespace WitSharp.WitParser.Tests.Robustness;

/// <summary>
/// Mutations of one file inside a multi-package directory (wasi:http with its deps/), so that cross-package
/// resolution (foreign uses, version matching, package ordering) sees broken input too.
/// </summary>
public class BundleFuzzTests
{
    private const int Inputs = 300;
    private const int Seed = 4242;

    [SkippableFact]
    public void Mutating_one_file_of_a_bundle_never_throws()
    {
        string bundle = RepositoryPaths.RequireShared("conformance", "wasi-bundles", "0.2.12", "http");
        var packages = new List<List<(string Path, byte[] Bytes)>> { ReadPackage(bundle) };
        packages.AddRange(Directory.GetDirectories(Path.Combine(bundle, "deps")).OrderBy(d => d, StringComparer.Ordinal).Select(ReadPackage));
        var files = packages.SelectMany((p, pi) => p.Select((f, fi) => (Package: pi, File: fi))).ToList();

        var mutator = new Mutator(Seed);
        var random = new Random(Seed);
        var failures = new List<string>();
        double slowestMs = 0;
        for (int i = 0; i < Inputs && failures.Count < 3; i++)
        {
            var (pi, fi) = files[random.Next(files.Count)];
            var other = files[random.Next(files.Count)];
            var (kind, bytes) = mutator.Mutate(packages[pi][fi].Bytes, packages[other.Package][other.File].Bytes);
            var watch = Stopwatch.StartNew();
            try
            {
                var sources = packages.Select((p, pIndex) => (IReadOnlyList<SourceText>)p.Select((f, fIndex) =>
                    pIndex == pi && fIndex == fi ? Decode(f.Path, bytes) : Decode(f.Path, f.Bytes)).Where(s => s != null).Select(s => s!).ToList()).ToList();
                WitLoader.LoadSources(sources[0], sources.Skip(1).ToList(), new WitLoadOptions { AllFeatures = true });
            }
            catch (Exception e)
            {
                failures.Add($"#{i} {kind} of {packages[pi][fi].Path} threw {e.GetType().Name}: {e.Message}\n{e.StackTrace}\n--- base64 ---\n{Convert.ToBase64String(bytes)}");
            }
            slowestMs = Math.Max(slowestMs, watch.Elapsed.TotalMilliseconds);
        }
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
        Assert.True(slowestMs < 5_000, $"slowest bundle input took {slowestMs:F0} ms");
    }

    private static List<(string Path, byte[] Bytes)> ReadPackage(string directory) =>
        Directory.GetFiles(directory, "*.wit").OrderBy(f => f, StringComparer.Ordinal).Select(f => (f, File.ReadAllBytes(f))).ToList();

    // A file that no longer decodes drops out of its package, as a loader reading it would report and skip it.
    private static SourceText? Decode(string path, byte[] bytes) =>
        SourceDecoder.TryDecode(path, bytes, out var source, out _) ? source : null;
}
