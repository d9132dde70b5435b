using WitSharp.WitParser.Text;

namespace WitSharp.WitParser.Syntax
{
    /// <summary>
    /// Anything in a syntax tree: a <see cref="SyntaxNode"/> or a <see cref="SyntaxToken"/>. A value type; nodes and
    /// tokens convert to it implicitly. <c>default(SyntaxElement)</c> is neither.
    /// </summary>
    public readonly struct SyntaxElement
    {
        private readonly SyntaxNode? _node;
        private readonly SyntaxToken _token;

        /// <summary>An element holding a node (none when <paramref name="node"/> is null).</summary>
        public SyntaxElement(SyntaxNode? node)
        {
            _node = node;
            _token = default;
        }

        /// <summary>An element holding a token.</summary>
        public SyntaxElement(SyntaxToken token)
        {
            _node = null;
            _token = token;
        }

        /// <summary>True when the element is a token.</summary>
        public bool IsToken => !_token.IsDefault;

        /// <summary>True when the element is a node.</summary>
        public bool IsNode => _node != null;

        /// <summary>True for an element that holds nothing.</summary>
        public bool IsDefault => _node == null && _token.IsDefault;

        /// <summary>The node, or null when the element is a token.</summary>
        public SyntaxNode? AsNode() => _node;

        /// <summary>The token, or <c>default</c> when the element is a node.</summary>
        public SyntaxToken AsToken() => _token;

        /// <summary>The span of the element's text, without leading and trailing trivia.</summary>
        public TextSpan Span => _node?.Span ?? _token.Span;

        /// <summary>The span including leading and trailing trivia.</summary>
        public TextSpan FullSpan => _node?.FullSpan ?? _token.FullSpan;

        /// <summary>Wraps a node.</summary>
        public static implicit operator SyntaxElement(SyntaxNode? node) => new SyntaxElement(node);

        /// <summary>Wraps a token.</summary>
        public static implicit operator SyntaxElement(SyntaxToken token) => new SyntaxElement(token);

        /// <inheritdoc />
        public override string ToString() => _node?.ToString() ?? _token.ToString();
    }
}
