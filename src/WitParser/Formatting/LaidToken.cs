using System.Collections.Generic;
using WitSharp.WitParser.Syntax;

namespace WitSharp.WitParser.Formatting
{
    /// <summary>
    /// One token of the output: its text (which the layout may add, like a trailing comma, or blank out, like a
    /// dropped one), the separator before it, the indentation level of its line and of comment lines before it, and the trivia whose comments
    /// must be printed before it.
    /// </summary>
    internal readonly struct LaidToken
    {
        public LaidToken(string text, Separator separator, int indent, int commentIndent, SyntaxTriviaList leadingTrivia)
        {
            Text = text;
            Separator = separator;
            Indent = indent;
            CommentIndent = commentIndent;
            LeadingTrivia = leadingTrivia;
        }

        public string Text { get; }

        public Separator Separator { get; }

        public int Indent { get; }

        /// <summary>The indentation of comments on their own lines before the token.</summary>
        public int CommentIndent { get; }

        public SyntaxTriviaList LeadingTrivia { get; }
    }
}
