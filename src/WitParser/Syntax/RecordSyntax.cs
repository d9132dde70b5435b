using System.Collections.Generic;

namespace WitSharp.WitParser.Syntax
{
    /// <summary><c>record name { a: T, ... }</c>.</summary>
    public sealed class RecordSyntax : BracedTypeDefinitionSyntax<NamedTypeSyntax>
    {
        /// <summary>Creates the node from its parts.</summary>
        public RecordSyntax(
            IReadOnlyList<AttributeSyntax> attributes,
            SyntaxToken keyword,
            SyntaxToken name,
            SyntaxToken openBrace,
            SeparatedSyntaxList<NamedTypeSyntax> fields,
            SyntaxToken closeBrace)
            : base(attributes, keyword, name, openBrace, fields, closeBrace)
        {
        }

        /// <summary>The fields (the same list as <see cref="BracedTypeDefinitionSyntax{TMember}.Members"/>).</summary>
        public SeparatedSyntaxList<NamedTypeSyntax> Fields => Members;
    }
}
