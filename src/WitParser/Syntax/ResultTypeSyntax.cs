using System;
using System.Collections.Generic;

namespace WitSharp.WitParser.Syntax
{
    /// <summary><c>result</c>, <c>result&lt;T&gt;</c>, <c>result&lt;_, E&gt;</c> or <c>result&lt;T, E&gt;</c>.</summary>
    public sealed class ResultTypeSyntax : TypeSyntax
    {
        /// <summary>Creates the node from its parts.</summary>
        public ResultTypeSyntax(SyntaxToken resultKeyword, SyntaxToken? lessThan, SyntaxToken? underscore, TypeSyntax? okType, SyntaxToken? comma, TypeSyntax? errorType, SyntaxToken? greaterThan)
            : base()
        {
            ResultKeyword = resultKeyword;
            LessThan = lessThan;
            Underscore = underscore;
            OkType = okType;
            Comma = comma;
            ErrorType = errorType;
            GreaterThan = greaterThan;
        }

        /// <summary><c>result</c></summary>
        public SyntaxToken ResultKeyword { get; }

        /// <summary><c>&lt;</c>, unless bare <c>result</c>.</summary>
        public SyntaxToken? LessThan { get; }

        /// <summary><c>_</c>, for <c>result&lt;_, E&gt;</c>.</summary>
        public SyntaxToken? Underscore { get; }

        /// <summary>The ok type, when given.</summary>
        public TypeSyntax? OkType { get; }

        /// <summary><c>,</c> before the error type.</summary>
        public SyntaxToken? Comma { get; }

        /// <summary>The error type, when given.</summary>
        public TypeSyntax? ErrorType { get; }

        /// <summary><c>&gt;</c>, unless bare <c>result</c>.</summary>
        public SyntaxToken? GreaterThan { get; }

        /// <inheritdoc />
        private protected override IEnumerable<SyntaxElement?> EnumerateChildren()
        {
            yield return ResultKeyword;
            yield return LessThan;
            yield return Underscore;
            yield return OkType;
            yield return Comma;
            yield return ErrorType;
            yield return GreaterThan;
        }
    }
}
