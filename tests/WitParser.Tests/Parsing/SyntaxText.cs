using System.Text;
using WitSharp.WitParser.Syntax;

namespace WitSharp.WitParser.Tests.Parsing;

/// <summary>Rebuilds source text from a tree's tokens and trivia (full fidelity check).</summary>
public static class SyntaxText
{
    public static string Reconstruct(SyntaxNode root)
    {
        var sb = new StringBuilder();
        foreach (var token in root.DescendantTokens())
        {
            foreach (var t in token.LeadingTrivia) sb.Append(t.Text);
            sb.Append(token.Text);
            foreach (var t in token.TrailingTrivia) sb.Append(t.Text);
        }
        return sb.ToString();
    }
}
