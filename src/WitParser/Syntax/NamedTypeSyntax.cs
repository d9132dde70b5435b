using System;
using System.Collections.Generic;

namespace WitSharp.WitParser.Syntax
{
    /// <summary><c>name: T</c>: a function parameter or a record field.</summary>
    public sealed class NamedTypeSyntax : SyntaxNode
    {
        /// <summary>Creates the node from its parts.</summary>
        public NamedTypeSyntax(SyntaxToken name, SyntaxToken colon, TypeSyntax @type)
        {
            Name = name;
            Colon = colon;
            Type = @type ?? throw new ArgumentNullException(nameof(@type));
        }

        /// <summary>The name.</summary>
        public SyntaxToken Name { get; }

        /// <summary><c>:</c></summary>
        public SyntaxToken Colon { get; }

        /// <summary>The type.</summary>
        public TypeSyntax Type { get; }

        /// <inheritdoc />
        private protected override IEnumerable<SyntaxElement?> EnumerateChildren()
        {
            yield return Name;
            yield return Colon;
            yield return Type;
        }
    }
}
