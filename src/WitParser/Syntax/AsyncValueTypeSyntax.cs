using System;
using System.Collections.Generic;

namespace WitSharp.WitParser.Syntax
{
    /// <summary><c>future</c>, <c>future&lt;T&gt;</c>, <c>stream</c> or <c>stream&lt;T&gt;</c>.</summary>
    public sealed class AsyncValueTypeSyntax : TypeSyntax
    {
        /// <summary>Creates the node from its parts.</summary>
        public AsyncValueTypeSyntax(SyntaxToken keyword, SyntaxToken? lessThan, TypeSyntax? payload, SyntaxToken? greaterThan)
            : base()
        {
            Keyword = keyword;
            LessThan = lessThan;
            Payload = payload;
            GreaterThan = greaterThan;
        }

        /// <summary><c>future</c> or <c>stream</c>.</summary>
        public SyntaxToken Keyword { get; }

        /// <summary><c>&lt;</c>, when there is a payload.</summary>
        public SyntaxToken? LessThan { get; }

        /// <summary>The payload type, when there is one.</summary>
        public TypeSyntax? Payload { get; }

        /// <summary><c>&gt;</c>, when there is a payload.</summary>
        public SyntaxToken? GreaterThan { get; }

        /// <summary>True for <c>stream</c>, false for <c>future</c>.</summary>
        public bool IsStream => Keyword.Kind == SyntaxKind.StreamKeyword;

        /// <inheritdoc />
        private protected override IEnumerable<SyntaxElement?> EnumerateChildren()
        {
            yield return Keyword;
            yield return LessThan;
            yield return Payload;
            yield return GreaterThan;
        }
    }
}
