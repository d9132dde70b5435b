using System;
using System.Collections.Generic;

namespace WitSharp.WitParser.Syntax
{
    /// <summary><c>name: func(...) -&gt; T;</c> in an interface or world, or a method or <c>static</c> function in a resource.</summary>
    public sealed class FunctionSyntax : ItemSyntax
    {
        /// <summary>Creates the node from its parts.</summary>
        public FunctionSyntax(IReadOnlyList<AttributeSyntax> attributes, SyntaxToken name, SyntaxToken colon, SyntaxToken? staticKeyword, FuncTypeSyntax @type, SyntaxToken semicolon)
            : base(attributes)
        {
            Name = name;
            Colon = colon;
            StaticKeyword = staticKeyword;
            Type = @type ?? throw new ArgumentNullException(nameof(@type));
            Semicolon = semicolon;
        }

        /// <summary>The function name.</summary>
        public SyntaxToken Name { get; }

        /// <summary><c>:</c></summary>
        public SyntaxToken Colon { get; }

        /// <summary><c>static</c>, for a static resource function.</summary>
        public SyntaxToken? StaticKeyword { get; }

        /// <summary>The signature.</summary>
        public FuncTypeSyntax Type { get; }

        /// <summary><c>;</c></summary>
        public SyntaxToken Semicolon { get; }

        /// <inheritdoc />
        private protected override IEnumerable<SyntaxElement?> EnumerateChildren()
        {
            foreach (var a in Attributes) yield return a;
            yield return Name;
            yield return Colon;
            yield return StaticKeyword;
            yield return Type;
            yield return Semicolon;
        }
    }
}
