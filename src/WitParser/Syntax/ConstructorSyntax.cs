using System;
using System.Collections.Generic;

namespace WitSharp.WitParser.Syntax
{
    /// <summary><c>constructor(...);</c> or <c>constructor(...) -&gt; result&lt;r, e&gt;;</c> in a resource.</summary>
    public sealed class ConstructorSyntax : ItemSyntax
    {
        /// <summary>Creates the node from its parts.</summary>
        public ConstructorSyntax(IReadOnlyList<AttributeSyntax> attributes, SyntaxToken constructorKeyword, ParameterListSyntax parameters, SyntaxToken? arrow, TypeSyntax? result, SyntaxToken semicolon)
            : base(attributes)
        {
            ConstructorKeyword = constructorKeyword;
            Parameters = parameters ?? throw new ArgumentNullException(nameof(parameters));
            _arrow = arrow ?? default;
            Result = result;
            Semicolon = semicolon;
        }

        /// <summary><c>constructor</c></summary>
        public SyntaxToken ConstructorKeyword { get; }

        /// <summary>The parameters.</summary>
        public ParameterListSyntax Parameters { get; }

        // Stored as a plain token (default when absent): a nullable one takes 8 bytes more in every node.
        private readonly SyntaxToken _arrow;

        /// <summary><c>-&gt;</c>, when a result type is declared.</summary>
        public SyntaxToken? Arrow => _arrow.IsDefault ? null : _arrow;

        /// <summary>The declared result type.</summary>
        public TypeSyntax? Result { get; }

        /// <summary><c>;</c></summary>
        public SyntaxToken Semicolon { get; }

        /// <inheritdoc />
        private protected override IEnumerable<SyntaxElement?> EnumerateChildren()
        {
            foreach (var a in Attributes) yield return a;
            yield return ConstructorKeyword;
            yield return Parameters;
            yield return Arrow;
            yield return Result;
            yield return Semicolon;
        }
    }
}
