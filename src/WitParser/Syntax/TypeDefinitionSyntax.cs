using System;
using System.Collections.Generic;

namespace WitSharp.WitParser.Syntax
{
    /// <summary>A named type definition in an interface or world.</summary>
    public abstract class TypeDefinitionSyntax : ItemSyntax
    {
        /// <summary>Creates the node from its parts.</summary>
        private protected TypeDefinitionSyntax(IReadOnlyList<AttributeSyntax> attributes, SyntaxToken keyword, SyntaxToken name)
            : base(attributes)
        {
            Keyword = keyword;
            Name = name;
        }

        /// <summary>The introducing keyword (<c>type</c>, <c>record</c>, <c>variant</c>, <c>enum</c>, <c>flags</c>, <c>resource</c>).</summary>
        public SyntaxToken Keyword { get; }

        /// <inheritdoc />
        // Direct, without walking the children: the resolver asks every item for its documentation.
        public override SyntaxToken? FirstToken => Attributes.Count > 0 ? Attributes[0].At : Keyword;

        /// <summary>The type name.</summary>
        public SyntaxToken Name { get; }
    }
}
