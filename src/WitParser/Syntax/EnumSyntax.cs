using System.Collections.Generic;

namespace WitSharp.WitParser.Syntax
{
    /// <summary><c>enum name { a, b, ... }</c>.</summary>
    public sealed class EnumSyntax : BracedTypeDefinitionSyntax<CaseNameSyntax>
    {
        /// <summary>Creates the node from its parts.</summary>
        public EnumSyntax(
            IReadOnlyList<AttributeSyntax> attributes,
            SyntaxToken keyword,
            SyntaxToken name,
            SyntaxToken openBrace,
            SeparatedSyntaxList<CaseNameSyntax> cases,
            SyntaxToken closeBrace)
            : base(attributes, keyword, name, openBrace, cases, closeBrace)
        {
        }

        /// <summary>The cases (the same list as <see cref="BracedTypeDefinitionSyntax{TMember}.Members"/>).</summary>
        public SeparatedSyntaxList<CaseNameSyntax> Cases => Members;
    }
}
