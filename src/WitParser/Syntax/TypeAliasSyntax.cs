using System;
using System.Collections.Generic;

namespace WitSharp.WitParser.Syntax
{
    /// <summary><c>type name = T;</c>.</summary>
    public sealed class TypeAliasSyntax : TypeDefinitionSyntax
    {
        /// <summary>Creates the node from its parts.</summary>
        public TypeAliasSyntax(IReadOnlyList<AttributeSyntax> attributes, SyntaxToken keyword, SyntaxToken name, SyntaxToken equalsToken, TypeSyntax @type, SyntaxToken semicolon)
            : base(attributes, keyword, name)
        {
            EqualsToken = equalsToken;
            Type = @type ?? throw new ArgumentNullException(nameof(@type));
            Semicolon = semicolon;
        }

        /// <summary><c>=</c></summary>
        public SyntaxToken EqualsToken { get; }

        /// <summary>The aliased type.</summary>
        public TypeSyntax Type { get; }

        /// <summary><c>;</c></summary>
        public SyntaxToken Semicolon { get; }

        /// <inheritdoc />
        private protected override IEnumerable<SyntaxElement?> EnumerateChildren()
        {
            foreach (var a in Attributes) yield return a;
            yield return Keyword;
            yield return Name;
            yield return EqualsToken;
            yield return Type;
            yield return Semicolon;
        }
    }
}
