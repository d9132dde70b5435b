using System.Collections.Generic;

namespace WitSharp.WitParser.Syntax
{
    /// <summary><c>interface name { ... }</c>; its items are <see cref="UseSyntax"/>, type definitions and <see cref="FunctionSyntax"/>.</summary>
    public sealed class InterfaceSyntax : NamedBlockSyntax
    {
        /// <summary>Creates the node from its parts.</summary>
        public InterfaceSyntax(IReadOnlyList<AttributeSyntax> attributes, SyntaxToken keyword, SyntaxToken name, SyntaxToken openBrace, IReadOnlyList<ItemSyntax> items, SyntaxToken closeBrace)
            : base(attributes, keyword, name, openBrace, items, closeBrace)
        {
        }
    }
}
