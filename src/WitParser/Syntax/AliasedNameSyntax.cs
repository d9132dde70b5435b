using System;
using System.Collections.Generic;

namespace WitSharp.WitParser.Syntax
{
    /// <summary><c>a</c> or <c>a as b</c>, in a <c>use</c> list or an <c>include ... with</c> list.</summary>
    public sealed class AliasedNameSyntax : SyntaxNode
    {
        /// <summary>Creates the node from its parts.</summary>
        public AliasedNameSyntax(SyntaxToken name, SyntaxToken? asKeyword, SyntaxToken? alias)
        {
            Name = name;
            _asKeyword = asKeyword ?? default;
            _alias = alias ?? default;
        }

        /// <summary>The original name.</summary>
        public SyntaxToken Name { get; }

        // Stored as a plain token (default when absent): a nullable one takes 8 bytes more in every node.
        private readonly SyntaxToken _asKeyword;

        /// <summary><c>as</c>, when renamed.</summary>
        public SyntaxToken? AsKeyword => _asKeyword.IsDefault ? null : _asKeyword;

        private readonly SyntaxToken _alias;

        /// <summary>The new name, when renamed.</summary>
        public SyntaxToken? Alias => _alias.IsDefault ? null : _alias;

        /// <inheritdoc />
        private protected override IEnumerable<SyntaxElement?> EnumerateChildren()
        {
            yield return Name;
            yield return AsKeyword;
            yield return Alias;
        }
    }
}
