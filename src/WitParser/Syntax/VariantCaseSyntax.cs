using System;
using System.Collections.Generic;

namespace WitSharp.WitParser.Syntax
{
    /// <summary><c>name</c> or <c>name(T)</c> in a variant.</summary>
    public sealed class VariantCaseSyntax : SyntaxNode
    {
        /// <summary>Creates the node from its parts.</summary>
        public VariantCaseSyntax(SyntaxToken name, SyntaxToken? openParen, TypeSyntax? @type, SyntaxToken? closeParen)
        {
            Name = name;
            OpenParen = openParen;
            Type = @type;
            CloseParen = closeParen;
        }

        /// <summary>The case name.</summary>
        public SyntaxToken Name { get; }

        /// <summary><c>(</c>, when the case has a payload.</summary>
        public SyntaxToken? OpenParen { get; }

        /// <summary>The payload type.</summary>
        public TypeSyntax? Type { get; }

        /// <summary><c>)</c>, when the case has a payload.</summary>
        public SyntaxToken? CloseParen { get; }

        /// <inheritdoc />
        private protected override IEnumerable<SyntaxElement?> EnumerateChildren()
        {
            yield return Name;
            yield return OpenParen;
            yield return Type;
            yield return CloseParen;
        }
    }
}
