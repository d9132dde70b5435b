using System;
using System.Collections.Generic;

namespace WitSharp.WitParser.Syntax
{
    /// <summary>An <c>interface</c> or <c>world</c>: a keyword, a name and a braced list of items.</summary>
    public abstract class NamedBlockSyntax : ItemSyntax
    {
        /// <summary>Creates the node from its parts.</summary>
        private protected NamedBlockSyntax(IReadOnlyList<AttributeSyntax> attributes, SyntaxToken keyword, SyntaxToken name, SyntaxToken openBrace, IReadOnlyList<ItemSyntax> items, SyntaxToken closeBrace)
            : base(attributes)
        {
            Keyword = keyword;
            Name = name;
            OpenBrace = openBrace;
            Items = items ?? throw new ArgumentNullException(nameof(items));
            CloseBrace = closeBrace;
        }

        /// <summary><c>interface</c> or <c>world</c>.</summary>
        public SyntaxToken Keyword { get; }

        /// <inheritdoc />
        // Direct, without walking the children: the resolver asks every item for its documentation.
        public override SyntaxToken? FirstToken => Attributes.Count > 0 ? Attributes[0].At : Keyword;

        /// <summary>The name.</summary>
        public SyntaxToken Name { get; }

        /// <summary><c>{</c></summary>
        public SyntaxToken OpenBrace { get; }

        /// <summary>The items, in source order.</summary>
        public IReadOnlyList<ItemSyntax> Items { get; }

        /// <summary><c>}</c></summary>
        public SyntaxToken CloseBrace { get; }

        /// <inheritdoc />
        private protected override IEnumerable<SyntaxElement?> EnumerateChildren()
        {
            foreach (var a in Attributes) yield return a;
            yield return Keyword;
            yield return Name;
            yield return OpenBrace;
            foreach (var e in Items) yield return e;
            yield return CloseBrace;
        }
    }
}
