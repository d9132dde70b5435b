using System;
using System.Collections.Generic;
using WitSharp.WitParser.Text;

namespace WitSharp.WitParser.Syntax
{
    /// <summary>
    /// One token of WIT source with the trivia around it. The lexer attaches all whitespace and comments to the
    /// token that follows them (leading trivia), which is where the reference wit-parser looks for documentation;
    /// <see cref="TrailingTrivia"/> stays empty for lexed tokens. A missing token has an empty span and empty text.
    /// </summary>
    public sealed class SyntaxToken : SyntaxElement
    {
        private static readonly SyntaxTrivia[] NoTrivia = Array.Empty<SyntaxTrivia>();

        /// <summary>Creates a token.</summary>
        public SyntaxToken(
            SyntaxKind kind,
            TextSpan span,
            string text,
            IReadOnlyList<SyntaxTrivia>? leadingTrivia = null,
            IReadOnlyList<SyntaxTrivia>? trailingTrivia = null,
            bool isMissing = false)
        {
            Kind = kind;
            Span = span;
            Text = text ?? throw new ArgumentNullException(nameof(text));
            LeadingTrivia = leadingTrivia ?? NoTrivia;
            TrailingTrivia = trailingTrivia ?? NoTrivia;
            IsMissing = isMissing;
        }

        /// <summary>Creates a zero-width token that the parser inserted where one was expected.</summary>
        public static SyntaxToken Missing(SyntaxKind kind, int position) =>
            new SyntaxToken(kind, new TextSpan(position, 0), string.Empty, null, null, isMissing: true);

        /// <summary>What kind of token this is.</summary>
        public SyntaxKind Kind { get; }

        /// <inheritdoc />
        public override TextSpan Span { get; }

        /// <inheritdoc />
        public override TextSpan FullSpan
        {
            get
            {
                int start = LeadingTrivia.Count > 0 ? LeadingTrivia[0].Span.Start : Span.Start;
                int end = TrailingTrivia.Count > 0 ? TrailingTrivia[TrailingTrivia.Count - 1].Span.End : Span.End;
                return TextSpan.FromBounds(start, end);
            }
        }

        /// <summary>The exact source text of the token (with the <c>%</c> of an explicit identifier).</summary>
        public string Text { get; }

        /// <summary>
        /// The value the token stands for: an identifier's name without the <c>%</c> escape, a string literal's
        /// contents without quotes; otherwise the text itself.
        /// </summary>
        public string ValueText => Kind switch
        {
            SyntaxKind.ExplicitIdentifierToken when Text.Length > 0 => Text.Substring(1),
            SyntaxKind.StringLiteralToken when Text.Length >= 2 => Text.Substring(1, Text.Length - 2),
            _ => Text,
        };

        /// <summary>Trivia before the token.</summary>
        public IReadOnlyList<SyntaxTrivia> LeadingTrivia { get; }

        /// <summary>Trivia after the token (empty for tokens produced by the lexer).</summary>
        public IReadOnlyList<SyntaxTrivia> TrailingTrivia { get; }

        /// <summary>True when the parser inserted this token because the source lacked it.</summary>
        public bool IsMissing { get; }

        /// <summary>True for identifiers, plain or <c>%</c>-escaped.</summary>
        public bool IsIdentifier => Kind == SyntaxKind.IdentifierToken || Kind == SyntaxKind.ExplicitIdentifierToken;

        /// <summary>True for reserved words.</summary>
        public bool IsKeyword => Kind >= SyntaxKind.AsKeyword;

        /// <inheritdoc />
        public override string ToString() => Text;
    }
}
