using System.Collections.Generic;
using WitSharp.WitParser.Text;

namespace WitSharp.WitParser.Syntax
{
    /// <summary>
    /// An immutable node of the WIT syntax tree. A node owns its child nodes and tokens in source order; together
    /// the tokens (with their trivia) reproduce the source text exactly.
    /// </summary>
    public abstract class SyntaxNode
    {
        private protected SyntaxNode()
        {
        }

        /// <summary>The child nodes and tokens in source order (absent optional parts are skipped).</summary>
        public IEnumerable<SyntaxElement> ChildElements()
        {
            foreach (var child in EnumerateChildren())
            {
                if (child is { IsDefault: false } element) yield return element;
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
                var current = e.Current;
                if (current.IsToken) yield return current.AsToken();
                else if (current.AsNode() is { } node) stack.Push(node.ChildElements().GetEnumerator());
            }
        }

        /// <summary>The first token of the node, or null for a node with no tokens.</summary>
        public virtual SyntaxToken? FirstToken
        {
            get
            {
                // Down the leading children only (one iterator per level): this runs for every documented item.
                foreach (var child in EnumerateChildren())
                {
                    if (child is not { } element) continue;
                    if (element.IsToken) return element.AsToken();
                    if (element.AsNode() is { } node && node.FirstToken is { } first) return first;
                }
                return null;
            }
        }

        /// <summary>The last token of the node, or null for a node with no tokens.</summary>
        public virtual SyntaxToken? LastToken
        {
            get
            {
                SyntaxToken? last = null;
                foreach (var t in DescendantTokens()) last = t;
                return last;
            }
        }

        /// <summary>The span of the node's text, without the leading trivia of its first token.</summary>
        public TextSpan Span
        {
            get
            {
                if (FirstToken is not { } first || LastToken is not { } last) return default;
                return TextSpan.FromBounds(first.Span.Start, System.Math.Max(first.Span.Start, last.Span.End));
            }
        }

        /// <summary>The span including the leading trivia of its first token.</summary>
        public TextSpan FullSpan
        {
            get
            {
                if (FirstToken is not { } first || LastToken is not { } last) return default;
                return TextSpan.FromBounds(first.FullSpan.Start, System.Math.Max(first.FullSpan.Start, last.FullSpan.End));
            }
        }

        /// <summary>
        /// The documentation comments (<c>///</c>, <c>/** */</c>) written just before this node, as the reference
        /// wit-parser reports them: each comment without its delimiters, joined by line breaks; null when none.
        /// </summary>
        public string? Documentation => FirstToken is { } first && first.MayHaveLeadingComment ? DocumentationText.FromTrivia(first.LeadingTrivia) : null;

        /// <summary>The children in source order; null stands for an absent optional part.</summary>
        private protected abstract IEnumerable<SyntaxElement?> EnumerateChildren();
    }
}
