using WitSharp.WitParser.Text;

namespace WitSharp.WitParser.Syntax
{
    /// <summary>Anything in a syntax tree: a <see cref="SyntaxNode"/> or a <see cref="SyntaxToken"/>.</summary>
    public abstract class SyntaxElement
    {
        private protected SyntaxElement()
        {
        }

        /// <summary>The span of the element's text, without leading and trailing trivia.</summary>
        public abstract TextSpan Span { get; }

        /// <summary>The span including leading and trailing trivia.</summary>
        public abstract TextSpan FullSpan { get; }
    }
}
