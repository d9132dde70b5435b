using System;
using System.Collections.Generic;

namespace WitSharp.WitParser.Syntax
{
    /// <summary>A reference to a named type (or an owned handle to a resource).</summary>
    public sealed class TypeReferenceSyntax : TypeSyntax
    {
        /// <summary>Creates the node from its parts.</summary>
        public TypeReferenceSyntax(SyntaxToken name)
            : base()
        {
            Name = name;
        }

        /// <summary>The referenced name.</summary>
        public SyntaxToken Name { get; }

        /// <inheritdoc />
        private protected override IEnumerable<SyntaxElement?> EnumerateChildren()
        {
            yield return Name;
        }
    }
}
