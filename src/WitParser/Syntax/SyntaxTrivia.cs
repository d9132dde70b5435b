using System;
using WitSharp.WitParser.Text;

namespace WitSharp.WitParser.Syntax
{
    /// <summary>
    /// Whitespace, a line break or a comment, attached to the token it precedes. The lexer's trivia refer to the
    /// source string and cut their text out only when asked, so lexing allocates nothing per trivia piece.
    /// </summary>
    public readonly struct SyntaxTrivia
    {
        private readonly string _text;
        private readonly int _textStart;

        /// <summary>Creates a trivia piece from its exact text.</summary>
        public SyntaxTrivia(SyntaxTriviaKind kind, TextSpan span, string text)
        {
            if (text == null) throw new ArgumentNullException(nameof(text));
            if (text.Length != span.Length) throw new ArgumentException("The text must be as long as the span.", nameof(text));
            Kind = kind;
            Span = span;
            _text = text;
            _textStart = 0;
        }

        // The text is the span's part of the whole source.
        internal SyntaxTrivia(SyntaxTriviaKind kind, TextSpan span, string source, bool inSource)
        {
            Kind = kind;
            Span = span;
            _text = source;
            _textStart = inSource ? span.Start : 0;
        }

        /// <summary>What this piece is.</summary>
        public SyntaxTriviaKind Kind { get; }

        /// <summary>Where it is in the source.</summary>
        public TextSpan Span { get; }

        /// <summary>Its exact source text.</summary>
        public string Text => _text == null ? string.Empty
            : _textStart == 0 && _text.Length == Span.Length ? _text : _text.Substring(_textStart, Span.Length);

        /// <summary>The string holding the text and where the text starts in it (no allocation).</summary>
        internal (string Text, int Start) RawText => _text == null ? (string.Empty, 0) : (_text, _textStart);

        /// <summary>True for every kind of comment (plain and documentation, line and block).</summary>
        public bool IsComment => Kind >= SyntaxTriviaKind.LineComment && Kind <= SyntaxTriviaKind.DocBlockComment;

        /// <summary>True for <c>///</c> and <c>/** */</c> comments.</summary>
        public bool IsDocComment => Kind == SyntaxTriviaKind.DocLineComment || Kind == SyntaxTriviaKind.DocBlockComment;

        /// <inheritdoc />
        public override string ToString() => Text;
    }
}
