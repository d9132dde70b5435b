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
            AsKeyword = asKeyword;
            Alias = alias;
        }

        /// <summary>The original name.</summary>
        public SyntaxToken Name { get; }

        /// <summary><c>as</c>, when renamed.</summary>
        public SyntaxToken? AsKeyword { get; }

        /// <summary>The new name, when renamed.</summary>
        public SyntaxToken? Alias { get; }

        /// <inheritdoc />
        private protected override IEnumerable<SyntaxElement?> EnumerateChildren()
        {
            yield return Name;
            yield return AsKeyword;
            yield return Alias;
        }
    }
}
