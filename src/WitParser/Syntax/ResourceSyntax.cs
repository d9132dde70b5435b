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
            _openBrace = openBrace ?? default;
            Members = members ?? throw new ArgumentNullException(nameof(members));
            _closeBrace = closeBrace ?? default;
            _semicolon = semicolon ?? default;
        }

        // Stored as a plain token (default when absent): a nullable one takes 8 bytes more in every node.
        private readonly SyntaxToken _openBrace;

        /// <summary><c>{</c>, when the resource has a body.</summary>
        public SyntaxToken? OpenBrace => _openBrace.IsDefault ? null : _openBrace;

        /// <summary>The members: <see cref="ConstructorSyntax"/> and <see cref="FunctionSyntax"/>.</summary>
        public IReadOnlyList<ItemSyntax> Members { get; }

        private readonly SyntaxToken _closeBrace;

        /// <summary><c>}</c>, when the resource has a body.</summary>
        public SyntaxToken? CloseBrace => _closeBrace.IsDefault ? null : _closeBrace;

        private readonly SyntaxToken _semicolon;

        /// <summary><c>;</c>, when the resource has no body.</summary>
        public SyntaxToken? Semicolon => _semicolon.IsDefault ? null : _semicolon;

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
