using System;
using System.Collections.Generic;

namespace WitSharp.WitParser.Syntax
{
    /// <summary>A semantic version such as <c>1.2.3-rc.1+build</c>, kept as the tokens it was lexed into.</summary>
    public sealed class VersionSyntax : SyntaxNode
    {
        /// <summary>Creates the node from its parts.</summary>
        public VersionSyntax(IReadOnlyList<SyntaxToken> tokens)
        {
            Tokens = tokens ?? throw new ArgumentNullException(nameof(tokens));
        }

        /// <summary>The tokens of the version, adjacent to each other in the source.</summary>
        public IReadOnlyList<SyntaxToken> Tokens { get; }

        /// <inheritdoc />
        public override SyntaxToken? FirstToken => Tokens.Count > 0 ? Tokens[0] : null;

        /// <inheritdoc />
        public override SyntaxToken? LastToken => Tokens.Count > 0 ? Tokens[Tokens.Count - 1] : null;

        /// <summary>The version text (the tokens concatenated).</summary>
        public string Text
        {
            get
            {
                var sb = new System.Text.StringBuilder();
                foreach (var t in Tokens) sb.Append(t.Text);
                return sb.ToString();
            }
        }

        /// <inheritdoc />
        private protected override IEnumerable<SyntaxElement?> EnumerateChildren()
        {
            foreach (var e in Tokens) yield return e;
        }
    }
}
