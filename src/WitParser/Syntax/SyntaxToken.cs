using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
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
        // Lexed identifiers, numbers and literals keep the whole source and cut their text on first use.
        private readonly string? _source;
        private string? _text;

        // Lexed tokens never have trailing trivia: the rare lists live in a side table, which saves a field in
        // every token (tokens are most of what a parse allocates).
        private static readonly ConditionalWeakTable<SyntaxToken, TrailingTriviaBox> s_trailingTrivia =
            new ConditionalWeakTable<SyntaxToken, TrailingTriviaBox>();
        private readonly bool _hasTrailingTrivia;

        private sealed class TrailingTriviaBox
        {
            public TrailingTriviaBox(SyntaxTriviaList trivia) => Trivia = trivia;

            public SyntaxTriviaList Trivia { get; }
        }

        /// <summary>Creates a token.</summary>
        public SyntaxToken(
            SyntaxKind kind,
            TextSpan span,
            string text,
            IEnumerable<SyntaxTrivia>? leadingTrivia = null,
            IEnumerable<SyntaxTrivia>? trailingTrivia = null,
            bool isMissing = false)
        {
            Kind = kind;
            Span = span;
            _text = text ?? throw new ArgumentNullException(nameof(text));
            LeadingTrivia = SyntaxTriviaList.Create(leadingTrivia);
            var trailing = SyntaxTriviaList.Create(trailingTrivia);
            if (trailing.Count > 0)
            {
                _hasTrailingTrivia = true;
                s_trailingTrivia.Add(this, new TrailingTriviaBox(trailing));
            }
            IsMissing = isMissing;
        }

        // The lexer's constructor: no copies; the text is the span's part of the source when textIsSource is set.
        internal SyntaxToken(SyntaxKind kind, TextSpan span, string text, bool textIsSource, SyntaxTriviaList leadingTrivia)
        {
            Kind = kind;
            Span = span;
            if (textIsSource) _source = text;
            else _text = text;
            LeadingTrivia = leadingTrivia;
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
        // A benign race: two threads may both cut the text; both get equal strings.
        public string Text => _text ??= _source!.Substring(Span.Start, Span.Length);

        /// <summary>The string holding the token's text and where the text starts in it (no allocation).</summary>
        internal (string Text, int Start) RawText => _text != null ? (_text, 0) : (_source!, Span.Start);

        /// <summary>
        /// The value the token stands for: an identifier's name without the <c>%</c> escape, a string literal's
        /// contents between the quotes (escapes left as written); otherwise the text itself.
        /// </summary>
        public string ValueText => Kind switch
        {
            SyntaxKind.ExplicitIdentifierToken when Text.Length > 0 => Text.Substring(1),
            SyntaxKind.StringLiteralToken when Text.Length >= 2 => Text.Substring(1, Text.Length - 2),
            _ => Text,
        };

        /// <summary>Trivia before the token.</summary>
        public SyntaxTriviaList LeadingTrivia { get; }

        /// <summary>Trivia after the token (empty for tokens produced by the lexer).</summary>
        public SyntaxTriviaList TrailingTrivia =>
            _hasTrailingTrivia && s_trailingTrivia.TryGetValue(this, out var box) ? box.Trivia : SyntaxTriviaList.Empty;

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
