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
            _lessThan = lessThan ?? default;
            Payload = payload;
            _greaterThan = greaterThan ?? default;
        }

        /// <summary><c>future</c> or <c>stream</c>.</summary>
        public SyntaxToken Keyword { get; }

        // Stored as a plain token (default when absent): a nullable one takes 8 bytes more in every node.
        private readonly SyntaxToken _lessThan;

        /// <summary><c>&lt;</c>, when there is a payload.</summary>
        public SyntaxToken? LessThan => _lessThan.IsDefault ? null : _lessThan;

        /// <summary>The payload type, when there is one.</summary>
        public TypeSyntax? Payload { get; }

        private readonly SyntaxToken _greaterThan;

        /// <summary><c>&gt;</c>, when there is a payload.</summary>
        public SyntaxToken? GreaterThan => _greaterThan.IsDefault ? null : _greaterThan;

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
