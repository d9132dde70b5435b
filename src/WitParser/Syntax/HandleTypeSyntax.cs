using System;
using System.Collections.Generic;

namespace WitSharp.WitParser.Syntax
{
    /// <summary><c>own&lt;r&gt;</c> or <c>borrow&lt;r&gt;</c>.</summary>
    public sealed class HandleTypeSyntax : TypeSyntax
    {
        /// <summary>Creates the node from its parts.</summary>
        public HandleTypeSyntax(SyntaxToken keyword, SyntaxToken lessThan, SyntaxToken name, SyntaxToken greaterThan)
            : base()
        {
            Keyword = keyword;
            LessThan = lessThan;
            Name = name;
            GreaterThan = greaterThan;
        }

        /// <summary><c>own</c> or <c>borrow</c>.</summary>
        public SyntaxToken Keyword { get; }

        /// <summary><c>&lt;</c></summary>
        public SyntaxToken LessThan { get; }

        /// <summary>The resource name.</summary>
        public SyntaxToken Name { get; }

        /// <summary><c>&gt;</c></summary>
        public SyntaxToken GreaterThan { get; }

        /// <summary>True for <c>borrow</c>, false for <c>own</c>.</summary>
        public bool IsBorrow => Keyword.Kind == SyntaxKind.BorrowKeyword;

        /// <inheritdoc />
        private protected override IEnumerable<SyntaxElement?> EnumerateChildren()
        {
            yield return Keyword;
            yield return LessThan;
            yield return Name;
            yield return GreaterThan;
        }
    }
}
