using System;
using System.Collections.Generic;

namespace WitSharp.WitParser.Syntax
{
    /// <summary>
    /// Tokens the parser skipped while recovering from an error, kept so that the tree still covers every character
    /// of the source. Appears only in trees that have error diagnostics; consumers of valid trees never see it.
    /// </summary>
    public sealed class SkippedTokensSyntax : ItemSyntax
    {
        /// <summary>Creates the node from the skipped tokens.</summary>
        public SkippedTokensSyntax(IReadOnlyList<SyntaxToken> tokens)
            : base(Array.Empty<AttributeSyntax>())
        {
            Tokens = tokens ?? throw new ArgumentNullException(nameof(tokens));
        }

        /// <summary>The skipped tokens in source order.</summary>
        public IReadOnlyList<SyntaxToken> Tokens { get; }

        /// <inheritdoc />
        private protected override IEnumerable<SyntaxElement?> EnumerateChildren()
        {
            foreach (var t in Tokens) yield return t;
        }
    }
}
