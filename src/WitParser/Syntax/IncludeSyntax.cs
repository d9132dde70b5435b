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
            _withKeyword = withKeyword ?? default;
            _openBrace = openBrace ?? default;
            Names = names ?? throw new ArgumentNullException(nameof(names));
            _closeBrace = closeBrace ?? default;
            _semicolon = semicolon ?? default;
        }

        /// <summary><c>include</c></summary>
        public SyntaxToken IncludeKeyword { get; }

        /// <summary>The world being included.</summary>
        public UsePathSyntax Path { get; }

        // Stored as a plain token (default when absent): a nullable one takes 8 bytes more in every node.
        private readonly SyntaxToken _withKeyword;

        /// <summary><c>with</c>, when names are renamed.</summary>
        public SyntaxToken? WithKeyword => _withKeyword.IsDefault ? null : _withKeyword;

        private readonly SyntaxToken _openBrace;

        /// <summary><c>{</c> of the renames.</summary>
        public SyntaxToken? OpenBrace => _openBrace.IsDefault ? null : _openBrace;

        /// <summary>The renames (empty without <c>with</c>).</summary>
        public SeparatedSyntaxList<AliasedNameSyntax> Names { get; }

        private readonly SyntaxToken _closeBrace;

        /// <summary><c>}</c> of the renames.</summary>
        public SyntaxToken? CloseBrace => _closeBrace.IsDefault ? null : _closeBrace;

        private readonly SyntaxToken _semicolon;

        /// <summary><c>;</c> (absent after a <c>with { }</c> block).</summary>
        public SyntaxToken? Semicolon => _semicolon.IsDefault ? null : _semicolon;

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
