using System;
using System.Collections.Generic;

namespace WitSharp.WitParser.Syntax
{
    /// <summary><c>list&lt;T&gt;</c> or the fixed-length <c>list&lt;T, N&gt;</c>.</summary>
    public sealed class ListTypeSyntax : TypeSyntax
    {
        /// <summary>Creates the node from its parts.</summary>
        public ListTypeSyntax(SyntaxToken listKeyword, SyntaxToken lessThan, TypeSyntax elementType, SyntaxToken? comma, SyntaxToken? size, SyntaxToken greaterThan)
            : base()
        {
            ListKeyword = listKeyword;
            LessThan = lessThan;
            ElementType = elementType ?? throw new ArgumentNullException(nameof(elementType));
            _comma = comma ?? default;
            _size = size ?? default;
            GreaterThan = greaterThan;
        }

        /// <summary><c>list</c></summary>
        public SyntaxToken ListKeyword { get; }

        /// <summary><c>&lt;</c></summary>
        public SyntaxToken LessThan { get; }

        /// <summary>The element type.</summary>
        public TypeSyntax ElementType { get; }

        // Stored as a plain token (default when absent): a nullable one takes 8 bytes more in every node.
        private readonly SyntaxToken _comma;

        /// <summary><c>,</c> of a fixed-length list.</summary>
        public SyntaxToken? Comma => _comma.IsDefault ? null : _comma;

        private readonly SyntaxToken _size;

        /// <summary>The length of a fixed-length list.</summary>
        public SyntaxToken? Size => _size.IsDefault ? null : _size;

        /// <summary><c>&gt;</c></summary>
        public SyntaxToken GreaterThan { get; }

        /// <inheritdoc />
        private protected override IEnumerable<SyntaxElement?> EnumerateChildren()
        {
            yield return ListKeyword;
            yield return LessThan;
            yield return ElementType;
            yield return Comma;
            yield return Size;
            yield return GreaterThan;
        }
    }
}
