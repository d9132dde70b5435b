using System.Collections.Generic;

namespace WitSharp.WitParser.Syntax
{
    /// <summary><c>flags name { a, b, ... }</c>.</summary>
    public sealed class FlagsSyntax : BracedTypeDefinitionSyntax<CaseNameSyntax>
    {
        /// <summary>Creates the node from its parts.</summary>
        public FlagsSyntax(
            IReadOnlyList<AttributeSyntax> attributes,
            SyntaxToken keyword,
            SyntaxToken name,
            SyntaxToken openBrace,
            SeparatedSyntaxList<CaseNameSyntax> flags,
            SyntaxToken closeBrace)
            : base(attributes, keyword, name, openBrace, flags, closeBrace)
        {
        }

        /// <summary>The flags (the same list as <see cref="BracedTypeDefinitionSyntax{TMember}.Members"/>).</summary>
        public SeparatedSyntaxList<CaseNameSyntax> Flags => Members;
    }
}
