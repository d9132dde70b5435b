using System;
using System.Collections.Generic;

namespace WitSharp.WitParser.Syntax
{
    /// <summary><c>tuple&lt;A, B, ...&gt;</c>.</summary>
    public sealed class TupleTypeSyntax : TypeSyntax
    {
        /// <summary>Creates the node from its parts.</summary>
        public TupleTypeSyntax(SyntaxToken tupleKeyword, SyntaxToken lessThan, SeparatedSyntaxList<TypeSyntax> types, SyntaxToken greaterThan)
            : base()
        {
            TupleKeyword = tupleKeyword;
            LessThan = lessThan;
            Types = types ?? throw new ArgumentNullException(nameof(types));
            GreaterThan = greaterThan;
        }

        /// <summary><c>tuple</c></summary>
        public SyntaxToken TupleKeyword { get; }

        /// <summary><c>&lt;</c></summary>
        public SyntaxToken LessThan { get; }

        /// <summary>The element types.</summary>
        public SeparatedSyntaxList<TypeSyntax> Types { get; }

        /// <summary><c>&gt;</c></summary>
        public SyntaxToken GreaterThan { get; }

        /// <inheritdoc />
        private protected override IEnumerable<SyntaxElement?> EnumerateChildren()
        {
            yield return TupleKeyword;
            yield return LessThan;
            foreach (var e in Types.GetWithSeparators()) yield return e;
            yield return GreaterThan;
        }
    }
}
