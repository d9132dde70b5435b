using System;
using System.Collections.Generic;

namespace WitSharp.WitParser.Syntax
{
    /// <summary><c>include path;</c> or <c>include path with { a as b }</c> inside a world.</summary>
    public sealed class IncludeSyntax : ItemSyntax
    {
        /// <summary>Creates the node from its parts.</summary>
        public IncludeSyntax(IReadOnlyList<AttributeSyntax> attributes, SyntaxToken includeKeyword, UsePathSyntax path, SyntaxToken? withKeyword, SyntaxToken? openBrace, SeparatedSyntaxList<AliasedNameSyntax> names, SyntaxToken? closeBrace, SyntaxToken? semicolon)
            : base(attributes)
        {
            IncludeKeyword = includeKeyword;
            Path = path ?? throw new ArgumentNullException(nameof(path));
            WithKeyword = withKeyword;
            OpenBrace = openBrace;
            Names = names ?? throw new ArgumentNullException(nameof(names));
            CloseBrace = closeBrace;
            Semicolon = semicolon;
        }

        /// <summary><c>include</c></summary>
        public SyntaxToken IncludeKeyword { get; }

        /// <summary>The world being included.</summary>
        public UsePathSyntax Path { get; }

        /// <summary><c>with</c>, when names are renamed.</summary>
        public SyntaxToken? WithKeyword { get; }

        /// <summary><c>{</c> of the renames.</summary>
        public SyntaxToken? OpenBrace { get; }

        /// <summary>The renames (empty without <c>with</c>).</summary>
        public SeparatedSyntaxList<AliasedNameSyntax> Names { get; }

        /// <summary><c>}</c> of the renames.</summary>
        public SyntaxToken? CloseBrace { get; }

        /// <summary><c>;</c> (absent after a <c>with { }</c> block).</summary>
        public SyntaxToken? Semicolon { get; }

        /// <inheritdoc />
        private protected override IEnumerable<SyntaxElement?> EnumerateChildren()
        {
            foreach (var a in Attributes) yield return a;
            yield return IncludeKeyword;
            yield return Path;
            yield return WithKeyword;
            yield return OpenBrace;
            foreach (var e in Names.GetWithSeparators()) yield return e;
            yield return CloseBrace;
            yield return Semicolon;
        }
    }
}
