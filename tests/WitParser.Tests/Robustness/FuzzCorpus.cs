using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using WitSharp.Testing;

namespace WitSharp.WitParser.Tests.Robustness;

/// <summary>The seed inputs of the fuzzer: every <c>*.wit</c> of the conformance corpora and of wit-samples/.</summary>
public static class FuzzCorpus
{
    /// <summary>One seed file: a short name for messages and its raw bytes.</summary>
    public sealed record Seed(string Name, byte[] Bytes);

    /// <summary>
    /// Loads the seeds in a stable order (ordinal by name), so a seeded run always mutates the same inputs.
    /// Skips the calling test when ../shared is missing.
    /// </summary>
    public static IReadOnlyList<Seed> Load()
    {
        string conformance = RepositoryPaths.RequireShared("conformance");
        var seeds = new List<Seed>();
        AddTree(seeds, conformance, "conformance");
        AddTree(seeds, RepositoryPaths.InRepository("wit-samples"), "wit-samples");
        return seeds.OrderBy(s => s.Name, StringComparer.Ordinal).ToList();
    }

    private static void AddTree(List<Seed> seeds, string root, string label)
    {
        if (!Directory.Exists(root)) return;
        foreach (string file in Directory.EnumerateFiles(root, "*.wit", SearchOption.AllDirectories))
        {
            string relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            seeds.Add(new Seed($"{label}/{relative}", File.ReadAllBytes(file)));
        }
    }
}
