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
            _lessThan = lessThan ?? default;
            _underscore = underscore ?? default;
            OkType = okType;
            _comma = comma ?? default;
            ErrorType = errorType;
            _greaterThan = greaterThan ?? default;
        }

        /// <summary><c>result</c></summary>
        public SyntaxToken ResultKeyword { get; }

        // Stored as a plain token (default when absent): a nullable one takes 8 bytes more in every node.
        private readonly SyntaxToken _lessThan;

        /// <summary><c>&lt;</c>, unless bare <c>result</c>.</summary>
        public SyntaxToken? LessThan => _lessThan.IsDefault ? null : _lessThan;

        private readonly SyntaxToken _underscore;

        /// <summary><c>_</c>, for <c>result&lt;_, E&gt;</c>.</summary>
        public SyntaxToken? Underscore => _underscore.IsDefault ? null : _underscore;

        /// <summary>The ok type, when given.</summary>
        public TypeSyntax? OkType { get; }

        private readonly SyntaxToken _comma;

        /// <summary><c>,</c> before the error type.</summary>
        public SyntaxToken? Comma => _comma.IsDefault ? null : _comma;

        /// <summary>The error type, when given.</summary>
        public TypeSyntax? ErrorType { get; }

        private readonly SyntaxToken _greaterThan;

        /// <summary><c>&gt;</c>, unless bare <c>result</c>.</summary>
        public SyntaxToken? GreaterThan => _greaterThan.IsDefault ? null : _greaterThan;

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
