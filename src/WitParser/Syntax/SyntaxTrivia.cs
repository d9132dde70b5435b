using WitSharp.WitParser.Text;

namespace WitSharp.WitParser.Syntax
{
    /// <summary>Whitespace, a line break or a comment, attached to the token it precedes or follows.</summary>
    public readonly struct SyntaxTrivia
    {
        /// <summary>Creates a trivia piece.</summary>
        public SyntaxTrivia(SyntaxTriviaKind kind, TextSpan span, string text)
        {
            Kind = kind;
            Span = span;
            Text = text;
        }

        /// <summary>What this piece is.</summary>
        public SyntaxTriviaKind Kind { get; }

        /// <summary>Where it is in the source.</summary>
        public TextSpan Span { get; }

        /// <summary>Its exact source text.</summary>
        public string Text { get; }

        /// <summary>True for every kind of comment (plain and documentation, line and block).</summary>
        public bool IsComment => Kind >= SyntaxTriviaKind.LineComment && Kind <= SyntaxTriviaKind.DocBlockComment;

        /// <summary>True for <c>///</c> and <c>/** */</c> comments.</summary>
        public bool IsDocComment => Kind == SyntaxTriviaKind.DocLineComment || Kind == SyntaxTriviaKind.DocBlockComment;

        /// <inheritdoc />
        public override string ToString() => Text;
    }
}
