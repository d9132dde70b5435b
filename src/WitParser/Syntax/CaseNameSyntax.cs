using System;
using System.Collections.Generic;

namespace WitSharp.WitParser.Syntax
{
    /// <summary>A bare name in an <c>enum</c> or <c>flags</c> body.</summary>
    public sealed class CaseNameSyntax : SyntaxNode
    {
        /// <summary>Creates the node from its parts.</summary>
        public CaseNameSyntax(SyntaxToken name)
        {
            Name = name;
        }

        /// <summary>The name.</summary>
        public SyntaxToken Name { get; }

        /// <inheritdoc />
        private protected override IEnumerable<SyntaxElement?> EnumerateChildren()
        {
            yield return Name;
        }
    }
}
