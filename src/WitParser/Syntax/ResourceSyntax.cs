using System;
using System.Collections.Generic;

namespace WitSharp.WitParser.Syntax
{
    /// <summary><c>resource name;</c> or <c>resource name { ... }</c>.</summary>
    public sealed class ResourceSyntax : TypeDefinitionSyntax
    {
        /// <summary>Creates the node from its parts.</summary>
        public ResourceSyntax(IReadOnlyList<AttributeSyntax> attributes, SyntaxToken keyword, SyntaxToken name, SyntaxToken? openBrace, IReadOnlyList<ItemSyntax> members, SyntaxToken? closeBrace, SyntaxToken? semicolon)
            : base(attributes, keyword, name)
        {
            OpenBrace = openBrace;
            Members = members ?? throw new ArgumentNullException(nameof(members));
            CloseBrace = closeBrace;
            Semicolon = semicolon;
        }

        /// <summary><c>{</c>, when the resource has a body.</summary>
        public SyntaxToken? OpenBrace { get; }

        /// <summary>The members: <see cref="ConstructorSyntax"/> and <see cref="FunctionSyntax"/>.</summary>
        public IReadOnlyList<ItemSyntax> Members { get; }

        /// <summary><c>}</c>, when the resource has a body.</summary>
        public SyntaxToken? CloseBrace { get; }

        /// <summary><c>;</c>, when the resource has no body.</summary>
        public SyntaxToken? Semicolon { get; }

        /// <inheritdoc />
        private protected override IEnumerable<SyntaxElement?> EnumerateChildren()
        {
            foreach (var a in Attributes) yield return a;
            yield return Keyword;
            yield return Name;
            yield return OpenBrace;
            foreach (var e in Members) yield return e;
            yield return CloseBrace;
            yield return Semicolon;
        }
    }
}
