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
            _staticKeyword = staticKeyword ?? default;
            Type = @type ?? throw new ArgumentNullException(nameof(@type));
            Semicolon = semicolon;
        }

        /// <summary>The function name.</summary>
        public SyntaxToken Name { get; }

        /// <inheritdoc />
        // Direct, without walking the children: the resolver asks every item for its documentation.
        public override SyntaxToken? FirstToken => Attributes.Count > 0 ? Attributes[0].At : Name;

        /// <summary><c>:</c></summary>
        public SyntaxToken Colon { get; }

        // Stored as a plain token (default when absent): a nullable one takes 8 bytes more in every node.
        private readonly SyntaxToken _staticKeyword;

        /// <summary><c>static</c>, for a static resource function.</summary>
        public SyntaxToken? StaticKeyword => _staticKeyword.IsDefault ? null : _staticKeyword;

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
