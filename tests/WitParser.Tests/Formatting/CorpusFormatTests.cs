using WitSharp.WitParser.Formatting;
using WitSharp.WitParser.Parsing;
using WitSharp.WitParser.Tests.Parsing;

namespace WitSharp.WitParser.Tests.Formatting;

public class CorpusFormatTests
{
    [SkippableTheory]
    [MemberData(nameof(WitCorpus.Files), MemberType = typeof(WitCorpus))]
    public void Format_is_idempotent_and_keeps_tokens_and_comments(string name)
    {
        var source = WitCorpus.Load(name);

        var once = WitFormatter.Format(source);
        Assert.True(once.Succeeded);
        var twice = WitFormatter.Format(once.Text, name);

        Assert.Empty(WitSyntaxTree.Parse(once.Text, name).Diagnostics);
        Assert.Equal(once.Text, twice.Text);
        Assert.Equal(TokenSequence.Of(source.Text), TokenSequence.Of(once.Text));
    }
}
