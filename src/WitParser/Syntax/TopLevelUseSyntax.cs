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
            _asKeyword = asKeyword ?? default;
            _alias = alias ?? default;
            Semicolon = semicolon;
        }

        /// <summary><c>use</c></summary>
        public SyntaxToken UseKeyword { get; }

        /// <summary>The interface being brought into scope.</summary>
        public UsePathSyntax Path { get; }

        // Stored as a plain token (default when absent): a nullable one takes 8 bytes more in every node.
        private readonly SyntaxToken _asKeyword;

        /// <summary><c>as</c>, when renamed.</summary>
        public SyntaxToken? AsKeyword => _asKeyword.IsDefault ? null : _asKeyword;

        private readonly SyntaxToken _alias;

        /// <summary>The local name, when renamed.</summary>
        public SyntaxToken? Alias => _alias.IsDefault ? null : _alias;

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
