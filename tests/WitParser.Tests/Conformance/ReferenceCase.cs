using System.Collections.Generic;
using System.IO;

namespace WitSharp.WitParser.Tests.Conformance;

/// <summary>One row of the reference wit-parser MANIFEST.tsv.</summary>
public sealed record ReferenceCase(string Kind, string Name, string Input, string Expected)
{
    public bool IsPass => Kind.StartsWith("pass", System.StringComparison.Ordinal);

    public static List<ReferenceCase> ReadManifest(string directory)
    {
        var cases = new List<ReferenceCase>();
        foreach (var line in File.ReadAllLines(Path.Combine(directory, "MANIFEST.tsv")))
        {
            var cols = line.Split('\t');
            if (cols.Length < 4 || cols[0] == "kind") continue;
            cases.Add(new ReferenceCase(cols[0], cols[1], cols[2], cols[3]));
        }
        return cases;
    }
}
