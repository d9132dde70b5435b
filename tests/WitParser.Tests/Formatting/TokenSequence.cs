using System.Collections.Generic;
using WitSharp.WitParser.Parsing;
using WitSharp.WitParser.Syntax;

namespace WitSharp.WitParser.Tests.Formatting;

/// <summary>
/// The tokens and comments of a source in order, whitespace ignored, with trailing commas removed (the formatter
/// adds them in one-per-line bodies and drops them in one-line lists).
/// </summary>
public static class TokenSequence
{
    public static List<string> Of(string text)
    {
        var tree = WitSyntaxTree.Parse(text);
        var tokens = new List<SyntaxToken>(tree.Root.DescendantTokens());
        var result = new List<string>();
        for (int i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            foreach (var trivia in token.LeadingTrivia)
            {
                // Trailing spaces at line ends are not part of a comment's meaning.
                if (trivia.IsComment) result.Add(trivia.Text.TrimEnd());
            }
            bool trailingComma = token.Kind == SyntaxKind.CommaToken && i + 1 < tokens.Count
                && tokens[i + 1].Kind is SyntaxKind.CloseBraceToken or SyntaxKind.CloseParenToken or SyntaxKind.GreaterThanToken;
            if (!trailingComma && token.Kind != SyntaxKind.EndOfFileToken) result.Add(token.Text);
        }
        return result;
    }
}
