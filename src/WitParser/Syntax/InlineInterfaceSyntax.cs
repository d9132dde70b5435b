using System;
using System.Collections.Generic;

namespace WitSharp.WitParser.Syntax
{
    /// <summary><c>interface { ... }</c> as the type of a world import or export.</summary>
    public sealed class InlineInterfaceSyntax : SyntaxNode
    {
        /// <summary>Creates the node from its parts.</summary>
        public InlineInterfaceSyntax(SyntaxToken interfaceKeyword, SyntaxToken openBrace, IReadOnlyList<ItemSyntax> items, SyntaxToken closeBrace)
        {
            InterfaceKeyword = interfaceKeyword;
            OpenBrace = openBrace;
            Items = items ?? throw new ArgumentNullException(nameof(items));
            CloseBrace = closeBrace;
        }

        /// <summary><c>interface</c></summary>
        public SyntaxToken InterfaceKeyword { get; }

        /// <summary><c>{</c></summary>
        public SyntaxToken OpenBrace { get; }

        /// <summary>The interface items.</summary>
        public IReadOnlyList<ItemSyntax> Items { get; }

        /// <summary><c>}</c></summary>
        public SyntaxToken CloseBrace { get; }

        /// <inheritdoc />
        private protected override IEnumerable<SyntaxElement?> EnumerateChildren()
        {
            yield return InterfaceKeyword;
            yield return OpenBrace;
            foreach (var e in Items) yield return e;
            yield return CloseBrace;
        }
    }
}
