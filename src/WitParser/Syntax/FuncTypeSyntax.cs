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
            AsyncKeyword = asyncKeyword;
            FuncKeyword = funcKeyword;
            Parameters = parameters ?? throw new ArgumentNullException(nameof(parameters));
            Arrow = arrow;
            Result = result;
        }

        /// <summary><c>async</c>, for an async function.</summary>
        public SyntaxToken? AsyncKeyword { get; }

        /// <summary><c>func</c></summary>
        public SyntaxToken FuncKeyword { get; }

        /// <summary>The parameters.</summary>
        public ParameterListSyntax Parameters { get; }

        /// <summary><c>-&gt;</c>, when there is a result.</summary>
        public SyntaxToken? Arrow { get; }

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
