using System;
using System.Collections.Generic;

namespace WitSharp.WitParser.Syntax
{
    /// <summary>A built-in type written as one keyword: <c>u8</c> ... <c>f64</c>, <c>char</c>, <c>bool</c>, <c>string</c>, <c>error-context</c>.</summary>
    public sealed class PrimitiveTypeSyntax : TypeSyntax
    {
        /// <summary>Creates the node from its parts.</summary>
        public PrimitiveTypeSyntax(SyntaxToken keyword)
            : base()
        {
            Keyword = keyword;
        }

        /// <summary>The keyword.</summary>
        public SyntaxToken Keyword { get; }

        /// <inheritdoc />
        private protected override IEnumerable<SyntaxElement?> EnumerateChildren()
        {
            yield return Keyword;
        }
    }
}
