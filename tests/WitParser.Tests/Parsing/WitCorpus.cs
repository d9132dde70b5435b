using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using WitSharp.Testing;
using WitSharp.WitParser.Text;

namespace WitSharp.WitParser.Tests.Parsing;

/// <summary>
/// The valid WIT files of the shared corpora (wit-parser pass cases, WASI, wit-bindgen codegen, wit-component
/// interfaces) and of wit-samples/: every one must parse without errors.
/// </summary>
public static class WitCorpus
{
    /// <summary>Paths relative to ../shared/conformance (prefixed "conformance/") or the repository (prefixed "wit-samples/").</summary>
    public static IEnumerable<object[]> Files()
    {
        var result = new List<string>();
        string? shared = RepositoryPaths.Shared;
        if (shared != null)
        {
            string conformance = Path.Combine(shared, "conformance");
            foreach (var file in Directory.EnumerateFiles(conformance, "*.wit", SearchOption.AllDirectories))
            {
                string relative = Path.GetRelativePath(conformance, file).Replace('\\', '/');
                if (relative.StartsWith("wit-parser/parse-fail/", StringComparison.Ordinal)) continue;
                result.Add("conformance/" + relative);
            }
        }
        string samples = RepositoryPaths.InRepository("wit-samples");
        if (Directory.Exists(samples))
        {
            foreach (var file in Directory.EnumerateFiles(samples, "*.wit", SearchOption.AllDirectories))
                result.Add("wit-samples/" + Path.GetRelativePath(samples, file).Replace('\\', '/'));
        }
        // Without ../shared the theory still needs one row; Load skips it with the reason.
        if (result.Count == 0) result.Add("conformance/(missing)");
        return result.OrderBy(p => p, StringComparer.Ordinal).Select(p => new object[] { p });
    }

    /// <summary>Reads one corpus file as a source; skips the test when ../shared is missing.</summary>
    public static SourceText Load(string name)
    {
        string path = name.StartsWith("conformance/", StringComparison.Ordinal)
            ? RepositoryPaths.RequireShared("conformance", name.Substring("conformance/".Length))
            : RepositoryPaths.InRepository(name);
        Assert.True(SourceDecoder.TryDecode(name, File.ReadAllBytes(path), out var source, out var diagnostic), diagnostic?.Message);
        return source!;
    }
}
