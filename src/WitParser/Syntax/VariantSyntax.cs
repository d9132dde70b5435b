using System.Collections.Generic;

namespace WitSharp.WitParser.Syntax
{
    /// <summary><c>variant name { a, b(T), ... }</c>.</summary>
    public sealed class VariantSyntax : BracedTypeDefinitionSyntax<VariantCaseSyntax>
    {
        /// <summary>Creates the node from its parts.</summary>
        public VariantSyntax(
            IReadOnlyList<AttributeSyntax> attributes,
            SyntaxToken keyword,
            SyntaxToken name,
            SyntaxToken openBrace,
            SeparatedSyntaxList<VariantCaseSyntax> cases,
            SyntaxToken closeBrace)
            : base(attributes, keyword, name, openBrace, cases, closeBrace)
        {
        }

        /// <summary>The cases (the same list as <see cref="BracedTypeDefinitionSyntax{TMember}.Members"/>).</summary>
        public SeparatedSyntaxList<VariantCaseSyntax> Cases => Members;
    }
}
