using System.Collections.Generic;
using WitSharp.WitParser.Syntax;
using WitSharp.WitParser.Text;

namespace WitSharp.Tooling.Lint
{
    /// <summary>The spans of every parameter list below a node, to tell "taken as a parameter" from other uses of a type.</summary>
    public sealed class ParameterSpans
    {
        private readonly List<TextSpan> _spans = new List<TextSpan>();

        /// <summary>Collects the parameter lists below <paramref name="node"/>.</summary>
        public ParameterSpans(SyntaxNode node)
        {
            foreach (var list in SyntaxQueries.Descendants<ParameterListSyntax>(node)) _spans.Add(list.Span);
        }

        /// <summary>True when <paramref name="span"/> lies inside a parameter list.</summary>
        public bool Contains(TextSpan span)
        {
            foreach (var s in _spans) if (span.Start >= s.Start && span.End <= s.End) return true;
            return false;
        }
    }
}
