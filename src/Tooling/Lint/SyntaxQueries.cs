using System.Collections.Generic;
using WitSharp.WitParser.Syntax;

namespace WitSharp.Tooling.Lint
{
    /// <summary>Small questions rules ask of syntax nodes.</summary>
    public static class SyntaxQueries
    {
        /// <summary>Every node below <paramref name="node"/> (not itself) of type <typeparamref name="T"/>, in source order.</summary>
        public static IEnumerable<T> Descendants<T>(SyntaxNode node) where T : SyntaxNode
        {
            // An explicit stack: nesting depth comes from the input and must not overflow the call stack.
            var stack = new Stack<IEnumerator<SyntaxElement>>();
            stack.Push(node.ChildElements().GetEnumerator());
            while (stack.Count > 0)
            {
                var top = stack.Peek();
                if (!top.MoveNext()) { stack.Pop(); continue; }
                if (top.Current.AsNode() is not { } child) continue;
                if (child is T match) yield return match;
                stack.Push(child.ChildElements().GetEnumerator());
            }
        }

        /// <summary>
        /// True when the item has a comment before it (the reference counts every comment as docs), ignoring
        /// <c>witsharp-disable</c> directives, which are not documentation. Comments between the item's attributes
        /// and <paramref name="name"/> count too.
        /// </summary>
        public static bool HasDocs(SyntaxNode node, SyntaxToken name)
        {
            foreach (var token in node.DescendantTokens())
            {
                foreach (var trivia in token.LeadingTrivia)
                {
                    if (trivia.IsComment && !Suppressions.IsDirective(trivia.Text)) return true;
                }
                if (token.Span.Start >= name.Span.Start) return false;
            }
            return false;
        }

        /// <summary>True when the item carries an attribute of <paramref name="kind"/>.</summary>
        public static bool Has(ItemSyntax item, AttributeKind kind)
        {
            foreach (var a in item.Attributes) if (a.Kind == kind) return true;
            return false;
        }

        /// <summary>True when the item carries <c>@since</c> or <c>@unstable</c> (a stability gate).</summary>
        public static bool IsGated(ItemSyntax item) => Has(item, AttributeKind.Since) || Has(item, AttributeKind.Unstable);

        /// <summary>The name a function, type or resource item declares; null for other items.</summary>
        public static SyntaxToken? DeclaredName(ItemSyntax item) => item switch
        {
            FunctionSyntax f => f.Name,
            TypeDefinitionSyntax t => t.Name,
            ImportExportSyntax io => io.Name ?? io.Path?.Name,
            _ => null,
        };
    }
}
