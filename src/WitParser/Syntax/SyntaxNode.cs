using System.Collections.Generic;
using WitSharp.WitParser.Text;

namespace WitSharp.WitParser.Syntax
{
    /// <summary>
    /// An immutable node of the WIT syntax tree. A node owns its child nodes and tokens in source order; together
    /// the tokens (with their trivia) reproduce the source text exactly.
    /// </summary>
    public abstract class SyntaxNode : SyntaxElement
    {
        private SyntaxToken? _firstToken;
        private SyntaxToken? _lastToken;

        private protected SyntaxNode()
        {
        }

        /// <summary>The child nodes and tokens in source order (absent optional parts are skipped).</summary>
        public IEnumerable<SyntaxElement> ChildElements()
        {
            foreach (var child in EnumerateChildren())
            {
                if (child != null) yield return child;
            }
        }

        /// <summary>Every token under this node, in source order, including missing ones.</summary>
        public IEnumerable<SyntaxToken> DescendantTokens()
        {
            // An explicit stack: trees can be deep and nested iterators would be quadratic.
            var stack = new Stack<IEnumerator<SyntaxElement>>();
            stack.Push(ChildElements().GetEnumerator());
            while (stack.Count > 0)
            {
                var e = stack.Peek();
                if (!e.MoveNext())
                {
                    stack.Pop();
                    continue;
                }
                if (e.Current is SyntaxToken token) yield return token;
                else if (e.Current is SyntaxNode node) stack.Push(node.ChildElements().GetEnumerator());
            }
        }

        /// <summary>The first token of the node, or null for a node with no tokens.</summary>
        public SyntaxToken? FirstToken
        {
            get
            {
                if (_firstToken == null)
                {
                    // Down the leading children only (one iterator per level): this runs for every documented item.
                    foreach (var child in EnumerateChildren())
                    {
                        if (child is SyntaxToken token) _firstToken = token;
                        else if (child is SyntaxNode node) _firstToken = node.FirstToken;
                        if (_firstToken != null) break;
                    }
                }
                return _firstToken;
            }
        }

        /// <summary>The last token of the node, or null for a node with no tokens.</summary>
        public SyntaxToken? LastToken
        {
            get
            {
                if (_lastToken == null)
                {
                    foreach (var t in DescendantTokens()) _lastToken = t;
                }
                return _lastToken;
            }
        }

        /// <inheritdoc />
        public override TextSpan Span
        {
            get
            {
                var first = FirstToken;
                var last = LastToken;
                if (first == null || last == null) return default;
                return TextSpan.FromBounds(first.Span.Start, System.Math.Max(first.Span.Start, last.Span.End));
            }
        }

        /// <inheritdoc />
        public override TextSpan FullSpan
        {
            get
            {
                var first = FirstToken;
                var last = LastToken;
                if (first == null || last == null) return default;
                return TextSpan.FromBounds(first.FullSpan.Start, System.Math.Max(first.FullSpan.Start, last.FullSpan.End));
            }
        }

        /// <summary>
        /// The documentation comments (<c>///</c>, <c>/** */</c>) written just before this node, as the reference
        /// wit-parser reports them: each comment without its delimiters, joined by line breaks; null when none.
        /// </summary>
        public string? Documentation => FirstToken is { } first ? DocumentationText.FromTrivia(first.LeadingTrivia) : null;

        /// <summary>The children in source order; null stands for an absent optional part.</summary>
        private protected abstract IEnumerable<SyntaxElement?> EnumerateChildren();
    }
}
