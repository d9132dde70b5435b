using System.Linq;
using WitSharp.WitParser.Diagnostics;
using WitSharp.WitParser.Parsing;

namespace WitSharp.WitParser.Tests.Parsing;

public class CorpusParseTests
{
    [SkippableTheory]
    [MemberData(nameof(WitCorpus.Files), MemberType = typeof(WitCorpus))]
    public void Parses_without_diagnostics_and_round_trips_text(string name)
    {
        var source = WitCorpus.Load(name);
        var tree = WitSyntaxTree.Parse(source);

        Assert.True(tree.Diagnostics.Count == 0, string.Join("\n", tree.Diagnostics.Select(d => DiagnosticFormatter.FormatSnippet(d))));
        Assert.Equal(source.Text, SyntaxText.Reconstruct(tree.Root));
    }
}
