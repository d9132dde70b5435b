using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using WitSharp.Testing;
using WitSharp.WitParser.Formatting;
using WitSharp.WitParser.Json;
using WitSharp.WitParser.Tests.Conformance;
using Xunit.Abstractions;

namespace WitSharp.WitParser.Tests.Formatting;

/// <summary>
/// Formatting never changes meaning: every resolvable input of the shared corpora (wit-parser pass cases,
/// wasi-bundles, wit-bindgen codegen, wit-component interfaces) resolves to the same JSON after every one of its
/// <c>.wit</c> files (dependencies included) has been formatted.
/// </summary>
public sealed class FormatPreservesResolutionTests
{
    private readonly ITestOutputHelper _output;

    public FormatPreservesResolutionTests(ITestOutputHelper output) => _output = output;

    [SkippableFact]
    public void Formatted_inputs_resolve_to_the_same_json()
    {
        string conformance = RepositoryPaths.RequireShared("conformance");
        var inputs = new List<(string Path, WitLoadOptions Options)>();
        string witParser = Path.Combine(conformance, "wit-parser");
        foreach (var c in ReferenceCase.ReadManifest(witParser).Where(c => c.IsPass))
            inputs.Add((Path.Combine(witParser, c.Input), new WitLoadOptions { Features = new[] { "active" } }));
        var all = new WitLoadOptions { AllFeatures = true };
        string bundles = Path.Combine(conformance, "wasi-bundles");
        inputs.AddRange(Directory.GetDirectories(bundles).SelectMany(Directory.GetDirectories).Select(d => (d, all)));
        string codegen = Path.Combine(conformance, "wit-bindgen-codegen");
        inputs.AddRange(Directory.GetFiles(codegen, "*.wit").Concat(Directory.GetDirectories(codegen).Select(d => Path.Combine(d, "wit"))).Select(p => (p, all)));
        string interfaces = Path.Combine(conformance, "wit-component-interfaces");
        inputs.AddRange(Directory.GetFiles(interfaces, "*.wit").Concat(Directory.GetDirectories(interfaces)).Select(p => (p, all)));

        string scratch = Path.Combine(Path.GetTempPath(), "witsharp-format-" + Guid.NewGuid().ToString("N"));
        var failures = new StringBuilder();
        int compared = 0;
        try
        {
            foreach (var (input, options) in inputs.Where(i => File.Exists(i.Path) || Directory.Exists(i.Path)))
            {
                var original = WitLoader.LoadPath(input, options);
                if (!original.Success) continue;
                string copy = Path.Combine(scratch, compared.ToString(), Path.GetFileName(input.TrimEnd('/')));
                CopyFormatted(input, copy);
                var formatted = WitLoader.LoadPath(copy, options);
                compared++;
                if (!formatted.Success)
                {
                    failures.AppendLine($"{input}: formatted copy does not resolve: {formatted.Diagnostics.FirstOrDefault()?.Message}");
                    continue;
                }
                if (WitJsonWriter.Write(original.Resolve!) != WitJsonWriter.Write(formatted.Resolve!))
                    failures.AppendLine($"{input}: JSON differs after formatting");
            }
        }
        finally
        {
            if (Directory.Exists(scratch)) Directory.Delete(scratch, recursive: true);
        }
        _output.WriteLine($"{compared} resolvable inputs compared");
        Assert.True(compared >= 100, $"only {compared} inputs resolved; the comparison would prove little");
        Assert.True(failures.Length == 0, failures.ToString());
    }

    private static void CopyFormatted(string source, string destination)
    {
        if (File.Exists(source))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            if (source.EndsWith(".wit", StringComparison.Ordinal))
            {
                var result = WitFormatter.Format(File.ReadAllText(source), source);
                Assert.True(result.Succeeded, $"{source} does not format: {result.Diagnostics.FirstOrDefault()?.Message}");
                File.WriteAllText(destination, result.Text);
            }
            else
            {
                File.Copy(source, destination);
            }
            return;
        }
        Directory.CreateDirectory(destination);
        foreach (var entry in Directory.EnumerateFileSystemEntries(source))
            CopyFormatted(entry, Path.Combine(destination, Path.GetFileName(entry)));
    }
}
