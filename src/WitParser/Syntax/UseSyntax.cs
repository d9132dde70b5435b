using System;
using System.Collections.Generic;

namespace WitSharp.WitParser.Syntax
{
    /// <summary><c>use path.{a, b as c};</c> inside an interface or world.</summary>
    public sealed class UseSyntax : ItemSyntax
    {
        /// <summary>Creates the node from its parts.</summary>
        public UseSyntax(IReadOnlyList<AttributeSyntax> attributes, SyntaxToken useKeyword, UsePathSyntax path, SyntaxToken dot, SyntaxToken openBrace, SeparatedSyntaxList<AliasedNameSyntax> names, SyntaxToken closeBrace, SyntaxToken semicolon)
            : base(attributes)
        {
            UseKeyword = useKeyword;
            Path = path ?? throw new ArgumentNullException(nameof(path));
            Dot = dot;
            OpenBrace = openBrace;
            Names = names ?? throw new ArgumentNullException(nameof(names));
            CloseBrace = closeBrace;
            Semicolon = semicolon;
        }

        /// <summary><c>use</c></summary>
        public SyntaxToken UseKeyword { get; }

        /// <summary>The interface the names come from.</summary>
        public UsePathSyntax Path { get; }

        /// <summary><c>.</c></summary>
        public SyntaxToken Dot { get; }

        /// <summary><c>{</c></summary>
        public SyntaxToken OpenBrace { get; }

        /// <summary>The imported names.</summary>
        public SeparatedSyntaxList<AliasedNameSyntax> Names { get; }

        /// <summary><c>}</c></summary>
        public SyntaxToken CloseBrace { get; }

        /// <summary><c>;</c></summary>
        public SyntaxToken Semicolon { get; }

        /// <inheritdoc />
        private protected override IEnumerable<SyntaxElement?> EnumerateChildren()
        {
            foreach (var a in Attributes) yield return a;
            yield return UseKeyword;
            yield return Path;
            yield return Dot;
            yield return OpenBrace;
            foreach (var e in Names.GetWithSeparators()) yield return e;
            yield return CloseBrace;
            yield return Semicolon;
        }
    }
}
