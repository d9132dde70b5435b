using System;
using System.Collections.Generic;

namespace WitSharp.WitParser.Syntax
{
    /// <summary><c>async? func(params) -&gt; T</c>.</summary>
    public sealed class FuncTypeSyntax : SyntaxNode
    {
        /// <summary>Creates the node from its parts.</summary>
        public FuncTypeSyntax(SyntaxToken? asyncKeyword, SyntaxToken funcKeyword, ParameterListSyntax parameters, SyntaxToken? arrow, TypeSyntax? result)
        {
            _asyncKeyword = asyncKeyword ?? default;
            FuncKeyword = funcKeyword;
            Parameters = parameters ?? throw new ArgumentNullException(nameof(parameters));
            _arrow = arrow ?? default;
            Result = result;
        }

        // Stored as a plain token (default when absent): a nullable one takes 8 bytes more in every node.
        private readonly SyntaxToken _asyncKeyword;

        /// <summary><c>async</c>, for an async function.</summary>
        public SyntaxToken? AsyncKeyword => _asyncKeyword.IsDefault ? null : _asyncKeyword;

        /// <summary><c>func</c></summary>
        public SyntaxToken FuncKeyword { get; }

        /// <summary>The parameters.</summary>
        public ParameterListSyntax Parameters { get; }

        private readonly SyntaxToken _arrow;

        /// <summary><c>-&gt;</c>, when there is a result.</summary>
        public SyntaxToken? Arrow => _arrow.IsDefault ? null : _arrow;

        /// <summary>The result type, when there is one.</summary>
        public TypeSyntax? Result { get; }

        /// <summary>True for <c>async func</c>.</summary>
        public bool IsAsync => AsyncKeyword != null;

        /// <inheritdoc />
        private protected override IEnumerable<SyntaxElement?> EnumerateChildren()
        {
            yield return AsyncKeyword;
            yield return FuncKeyword;
            yield return Parameters;
            yield return Arrow;
            yield return Result;
        }
    }
}
