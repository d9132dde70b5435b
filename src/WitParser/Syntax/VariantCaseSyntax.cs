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
            _openParen = openParen ?? default;
            Type = @type;
            _closeParen = closeParen ?? default;
        }

        /// <summary>The case name.</summary>
        public SyntaxToken Name { get; }

        // Stored as a plain token (default when absent): a nullable one takes 8 bytes more in every node.
        private readonly SyntaxToken _openParen;

        /// <summary><c>(</c>, when the case has a payload.</summary>
        public SyntaxToken? OpenParen => _openParen.IsDefault ? null : _openParen;

        /// <summary>The payload type.</summary>
        public TypeSyntax? Type { get; }

        private readonly SyntaxToken _closeParen;

        /// <summary><c>)</c>, when the case has a payload.</summary>
        public SyntaxToken? CloseParen => _closeParen.IsDefault ? null : _closeParen;

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
