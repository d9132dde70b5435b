using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using WitSharp.Testing;
using WitSharp.WitParser.Diagnostics;
using WitSharp.WitParser.Text;
using Xunit.Abstractions;

namespace WitSharp.WitParser.Tests.Conformance;

/// <summary>
/// Real-world WIT must resolve without any diagnostic: every WASI package (with its sibling packages of the
/// same release as dependencies), every wasi-bundles tree, every wit-bindgen codegen input and every
/// wit-component interface input.
/// </summary>
public sealed class CorpusResolutionTests
{
    private readonly ITestOutputHelper _output;

    public CorpusResolutionTests(ITestOutputHelper output) => _output = output;

    [SkippableFact]
    public void EveryWasiPackageResolves()
    {
        string wasi = RepositoryPaths.RequireShared("conformance", "wasi");
        var failures = new StringBuilder();
        int count = 0;
        foreach (string packageDir in Directory.GetDirectories(wasi).OrderBy(d => d, System.StringComparer.Ordinal))
        {
            foreach (string versionDir in Directory.GetDirectories(packageDir).OrderBy(d => d, System.StringComparer.Ordinal))
            {
                string version = Path.GetFileName(versionDir);
                var root = ReadWit(versionDir);
                // The other WASI packages of the same release are the dependencies.
                var deps = Directory.GetDirectories(wasi)
                    .Where(other => other != packageDir && Directory.Exists(Path.Combine(other, version)))
                    .Select(other => (IReadOnlyList<SourceText>)ReadWit(Path.Combine(other, version)))
                    .ToList();
                count++;
                var result = WitLoader.LoadSources(root, deps);
                Record(failures, versionDir, result);
            }
        }
        Report(failures, count, "wasi packages");
    }

    [SkippableFact]
    public void EveryWasiBundleResolves()
    {
        string bundles = RepositoryPaths.RequireShared("conformance", "wasi-bundles");
        var failures = new StringBuilder();
        var trees = Directory.GetDirectories(bundles).SelectMany(Directory.GetDirectories).OrderBy(d => d, System.StringComparer.Ordinal).ToList();
        foreach (string tree in trees) Record(failures, tree, WitLoader.LoadPath(tree));
        Assert.NotEmpty(trees);
        Report(failures, trees.Count, "wasi bundles");
    }

    [SkippableFact]
    public void EveryWitBindgenCodegenInputResolves()
    {
        string dir = RepositoryPaths.RequireShared("conformance", "wit-bindgen-codegen");
        var inputs = Directory.GetFiles(dir, "*.wit")
            .Concat(Directory.GetDirectories(dir).Select(d => Path.Combine(d, "wit")))
            .OrderBy(p => p, System.StringComparer.Ordinal).ToList();
        var failures = new StringBuilder();
        foreach (string input in inputs) Record(failures, input, WitLoader.LoadPath(input, new WitLoadOptions { AllFeatures = true }));
        Report(failures, inputs.Count, "wit-bindgen codegen inputs");
    }

    [SkippableFact]
    public void EveryWitComponentInterfaceInputResolves()
    {
        string dir = RepositoryPaths.RequireShared("conformance", "wit-component-interfaces");
        var inputs = Directory.GetFiles(dir, "*.wit")
            .Concat(Directory.GetDirectories(dir))
            .OrderBy(p => p, System.StringComparer.Ordinal).ToList();
        var failures = new StringBuilder();
        foreach (string input in inputs)
        {
            var result = WitLoader.LoadPath(input, new WitLoadOptions { AllFeatures = true });
            Record(failures, input, result);
            if (result.Resolve is { } resolve)
            {
                // The JSON of every input must be well-formed and list the root package.
                var json = System.Text.Json.Nodes.JsonNode.Parse(WitSharp.WitParser.Json.WitJsonWriter.Write(resolve))!;
                string main = resolve.Packages[result.RootPackages[^1]].Name.ToString();
                if (!json["packages"]!.AsArray().Any(p => (string?)p!["name"] == main)) failures.AppendLine($"  {input}: JSON lacks package {main}");
            }
        }
        Report(failures, inputs.Count, "wit-component interface inputs");
    }

    private static List<SourceText> ReadWit(string dir) =>
        Directory.GetFiles(dir, "*.wit").OrderBy(f => f, System.StringComparer.Ordinal)
            .Select(f => new SourceText(f, File.ReadAllText(f))).ToList();

    private static void Record(StringBuilder failures, string input, WitLoadResult result)
    {
        if (result.Success && result.Diagnostics.Count == 0) return;
        var first = result.Diagnostics.FirstOrDefault();
        failures.AppendLine($"  {input}: {(first is null ? "no model" : DiagnosticFormatter.FormatMsBuild(first))}");
    }

    private void Report(StringBuilder failures, int count, string what)
    {
        string summary = $"{what}: {count - failures.ToString().Split('\n').Count(l => l.Length > 0)}/{count} resolve without diagnostics";
        _output.WriteLine(summary);
        if (failures.Length > 0) _output.WriteLine(failures.ToString());
        Assert.True(failures.Length == 0, summary + "\n" + failures);
    }
}
