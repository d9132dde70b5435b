using System;
using System.Collections.Generic;

namespace WitSharp.WitParser.Syntax
{
    /// <summary>
    /// A type definition whose body is a braced, comma-separated list: <c>record</c>, <c>variant</c>, <c>enum</c>
    /// and <c>flags</c>.
    /// </summary>
    /// <typeparam name="TMember">The node type of one field, case or flag.</typeparam>
    public abstract class BracedTypeDefinitionSyntax<TMember> : TypeDefinitionSyntax where TMember : SyntaxNode
    {
        private protected BracedTypeDefinitionSyntax(
            IReadOnlyList<AttributeSyntax> attributes,
            SyntaxToken keyword,
            SyntaxToken name,
            SyntaxToken openBrace,
            SeparatedSyntaxList<TMember> members,
            SyntaxToken closeBrace)
            : base(attributes, keyword, name)
        {
            OpenBrace = openBrace;
            Members = members ?? throw new ArgumentNullException(nameof(members));
            CloseBrace = closeBrace;
        }

        /// <summary><c>{</c></summary>
        public SyntaxToken OpenBrace { get; }

        /// <summary>The fields, cases or flags with their commas.</summary>
        public SeparatedSyntaxList<TMember> Members { get; }

        /// <summary><c>}</c></summary>
        public SyntaxToken CloseBrace { get; }

        /// <inheritdoc />
        private protected override IEnumerable<SyntaxElement?> EnumerateChildren()
        {
            foreach (var a in Attributes) yield return a;
            yield return Keyword;
            yield return Name;
            yield return OpenBrace;
            foreach (var e in Members.GetWithSeparators()) yield return e;
            yield return CloseBrace;
        }
    }
}
