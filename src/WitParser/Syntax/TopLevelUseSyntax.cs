using System;
using System.Collections.Generic;

namespace WitSharp.WitParser.Syntax
{
    /// <summary><c>use a:b/c@1.0.0 as d;</c> at the top level of a file or nested package.</summary>
    public sealed class TopLevelUseSyntax : ItemSyntax
    {
        /// <summary>Creates the node from its parts.</summary>
        public TopLevelUseSyntax(IReadOnlyList<AttributeSyntax> attributes, SyntaxToken useKeyword, UsePathSyntax path, SyntaxToken? asKeyword, SyntaxToken? alias, SyntaxToken semicolon)
            : base(attributes)
        {
            UseKeyword = useKeyword;
            Path = path ?? throw new ArgumentNullException(nameof(path));
            AsKeyword = asKeyword;
            Alias = alias;
            Semicolon = semicolon;
        }

        /// <summary><c>use</c></summary>
        public SyntaxToken UseKeyword { get; }

        /// <summary>The interface being brought into scope.</summary>
        public UsePathSyntax Path { get; }

        /// <summary><c>as</c>, when renamed.</summary>
        public SyntaxToken? AsKeyword { get; }

        /// <summary>The local name, when renamed.</summary>
        public SyntaxToken? Alias { get; }

        /// <summary><c>;</c></summary>
        public SyntaxToken Semicolon { get; }

        /// <inheritdoc />
        private protected override IEnumerable<SyntaxElement?> EnumerateChildren()
        {
            foreach (var a in Attributes) yield return a;
            yield return UseKeyword;
            yield return Path;
            yield return AsKeyword;
            yield return Alias;
            yield return Semicolon;
        }
    }
}
