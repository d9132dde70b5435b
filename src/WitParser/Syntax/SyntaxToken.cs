using System;
using System.Collections.Generic;
using WitSharp.WitParser.Text;

namespace WitSharp.WitParser.Syntax
{
    /// <summary>
    /// One token of WIT source with the trivia around it: a small value that points at a row of its file's token
    /// table, so a parse allocates no object per token. The lexer attaches all whitespace and comments to the token
    /// that follows them (leading trivia), which is where the reference wit-parser looks for documentation;
    /// <see cref="TrailingTrivia"/> stays empty for lexed tokens. A missing token has an empty span and empty text.
    /// Two tokens are equal when they are the same token of the same tree. <c>default(SyntaxToken)</c> is no token:
    /// a <see cref="SyntaxKind.BadToken"/> with empty text.
    /// </summary>
    public readonly struct SyntaxToken : IEquatable<SyntaxToken>
    {
        private readonly TokenTable? _table;
        private readonly int _index;

        internal SyntaxToken(TokenTable table, int index)
        {
            _table = table;
            _index = index;
        }

        /// <summary>Creates a token that stands alone (not part of a parsed file) from its text and trivia.</summary>
        public SyntaxToken(
            SyntaxKind kind,
            TextSpan span,
            string text,
            IEnumerable<SyntaxTrivia>? leadingTrivia = null,
            IEnumerable<SyntaxTrivia>? trailingTrivia = null,
            bool isMissing = false)
        {
            if (text == null) throw new ArgumentNullException(nameof(text));
            this = TokenTable.Detached(kind, span, text, SyntaxTriviaList.Create(leadingTrivia), SyntaxTriviaList.Create(trailingTrivia), isMissing);
        }

        /// <summary>Creates a zero-width token that stands for one the source lacks.</summary>
        public static SyntaxToken Missing(SyntaxKind kind, int position) =>
            new SyntaxToken(kind, new TextSpan(position, 0), string.Empty, null, null, isMissing: true);

        /// <summary>What kind of token this is.</summary>
        public SyntaxKind Kind => _table?.Kind(_index) ?? SyntaxKind.BadToken;

        /// <summary>The span of the token's text, without trivia.</summary>
        public TextSpan Span => _table?.Span(_index) ?? default;

        /// <summary>The span including leading and trailing trivia.</summary>
        public TextSpan FullSpan
        {
            get
            {
                var leading = LeadingTrivia;
                var trailing = TrailingTrivia;
                var span = Span;
                int start = leading.Count > 0 ? leading[0].Span.Start : span.Start;
                int end = trailing.Count > 0 ? trailing[trailing.Count - 1].Span.End : span.End;
                return TextSpan.FromBounds(start, end);
            }
        }

        /// <summary>The exact source text of the token (with the <c>%</c> of an explicit identifier).</summary>
        public string Text => _table?.Text(_index) ?? string.Empty;

        /// <summary>The string holding the token's text and where the text starts in it (no allocation).</summary>
        internal (string Text, int Start) RawText => _table?.RawText(_index) ?? (string.Empty, 0);

        /// <summary>An identifier's name without its <c>%</c> as a stretch of a string (no allocation).</summary>
        internal (string Text, int Start, int Length) NameText => _table?.NameText(_index) ?? (string.Empty, 0, 0);

        /// <summary>
        /// The value the token stands for: an identifier's name without the <c>%</c> escape, a string literal's
        /// contents between the quotes (escapes left as written); otherwise the text itself.
        /// </summary>
        public string ValueText
        {
            get
            {
                string text = Text;
                return Kind switch
                {
                    SyntaxKind.ExplicitIdentifierToken when text.Length > 0 => text.Substring(1),
                    SyntaxKind.StringLiteralToken when text.Length >= 2 => text.Substring(1, text.Length - 2),
                    _ => text,
                };
            }
        }

        /// <summary>Trivia before the token.</summary>
        public SyntaxTriviaList LeadingTrivia => _table?.LeadingTrivia(_index) ?? SyntaxTriviaList.Empty;

        /// <summary>False when <see cref="LeadingTrivia"/> certainly holds no comment (checked without scanning them).</summary>
        internal bool MayHaveLeadingComment => _table != null && _table.MayHaveLeadingComment(_index);

        /// <summary>Trivia after the token (empty for tokens produced by the lexer).</summary>
        public SyntaxTriviaList TrailingTrivia => _table?.TrailingTrivia(_index) ?? SyntaxTriviaList.Empty;

        /// <summary>True when the parser inserted this token because the source lacked it.</summary>
        public bool IsMissing => _table != null && _table.IsMissing(_index);

        /// <summary>True for identifiers, plain or <c>%</c>-escaped.</summary>
        public bool IsIdentifier => Kind == SyntaxKind.IdentifierToken || Kind == SyntaxKind.ExplicitIdentifierToken;

        /// <summary>True for reserved words.</summary>
        public bool IsKeyword => Kind >= SyntaxKind.AsKeyword;

        /// <summary>True for <c>default(SyntaxToken)</c>, which is no token of any tree.</summary>
        public bool IsDefault => _table == null;

        /// <inheritdoc />
        public bool Equals(SyntaxToken other) => ReferenceEquals(_table, other._table) && _index == other._index;

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is SyntaxToken other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => _table == null ? 0 : (_table.GetHashCode() * 31) ^ _index;

        /// <summary>True when both are the same token of the same tree.</summary>
        public static bool operator ==(SyntaxToken left, SyntaxToken right) => left.Equals(right);

        /// <summary>True unless both are the same token of the same tree.</summary>
        public static bool operator !=(SyntaxToken left, SyntaxToken right) => !left.Equals(right);

        /// <inheritdoc />
        public override string ToString() => Text;
    }
}
