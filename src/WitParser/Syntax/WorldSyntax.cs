using System.Collections.Generic;

namespace WitSharp.WitParser.Syntax
{
    /// <summary><c>world name { ... }</c>; its items are <see cref="ImportExportSyntax"/>, <see cref="UseSyntax"/>, type definitions and <see cref="IncludeSyntax"/>.</summary>
    public sealed class WorldSyntax : NamedBlockSyntax
    {
        /// <summary>Creates the node from its parts.</summary>
        public WorldSyntax(IReadOnlyList<AttributeSyntax> attributes, SyntaxToken keyword, SyntaxToken name, SyntaxToken openBrace, IReadOnlyList<ItemSyntax> items, SyntaxToken closeBrace)
            : base(attributes, keyword, name, openBrace, items, closeBrace)
        {
        }
    }
}
