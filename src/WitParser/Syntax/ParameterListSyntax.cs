using System;
using System.Collections.Generic;

namespace WitSharp.WitParser.Syntax
{
    /// <summary><c>(a: T, b: U)</c>.</summary>
    public sealed class ParameterListSyntax : SyntaxNode
    {
        /// <summary>Creates the node from its parts.</summary>
        public ParameterListSyntax(SyntaxToken openParen, SeparatedSyntaxList<NamedTypeSyntax> parameters, SyntaxToken closeParen)
        {
            OpenParen = openParen;
            Parameters = parameters ?? throw new ArgumentNullException(nameof(parameters));
            CloseParen = closeParen;
        }

        /// <summary><c>(</c></summary>
        public SyntaxToken OpenParen { get; }

        /// <summary>The parameters.</summary>
        public SeparatedSyntaxList<NamedTypeSyntax> Parameters { get; }

        /// <summary><c>)</c></summary>
        public SyntaxToken CloseParen { get; }

        /// <inheritdoc />
        private protected override IEnumerable<SyntaxElement?> EnumerateChildren()
        {
            yield return OpenParen;
            foreach (var e in Parameters.GetWithSeparators()) yield return e;
            yield return CloseParen;
        }
    }
}
