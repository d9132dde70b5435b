using System;
using System.Collections.Generic;

namespace WitSharp.WitParser.Syntax
{
    /// <summary>A gate or attribute before an item: <c>@since(version = 1.2.3)</c>, <c>@unstable(feature = x)</c>, <c>@deprecated(version = 1.2.3)</c> or <c>@external-id("...")</c>.</summary>
    public sealed class AttributeSyntax : SyntaxNode
    {
        /// <summary>Creates the node from its parts.</summary>
        public AttributeSyntax(SyntaxToken at, SyntaxToken name, SyntaxToken openParen, SyntaxToken? key, SyntaxToken? equalsToken, VersionSyntax? version, SyntaxToken? feature, SyntaxToken? stringLiteral, SyntaxToken closeParen)
        {
            At = at;
            Name = name;
            OpenParen = openParen;
            _key = key ?? default;
            _equalsToken = equalsToken ?? default;
            Version = version;
            _feature = feature ?? default;
            _stringLiteral = stringLiteral ?? default;
            CloseParen = closeParen;
        }

        /// <summary><c>@</c></summary>
        public SyntaxToken At { get; }

        /// <summary>The attribute name (<c>since</c>, <c>unstable</c>, <c>deprecated</c>, <c>external-id</c>).</summary>
        public SyntaxToken Name { get; }

        /// <summary><c>(</c></summary>
        public SyntaxToken OpenParen { get; }

        // Stored as a plain token (default when absent): a nullable one takes 8 bytes more in every node.
        private readonly SyntaxToken _key;

        /// <summary><c>version</c> or <c>feature</c>.</summary>
        public SyntaxToken? Key => _key.IsDefault ? null : _key;

        private readonly SyntaxToken _equalsToken;

        /// <summary><c>=</c> after the key.</summary>
        public SyntaxToken? EqualsToken => _equalsToken.IsDefault ? null : _equalsToken;

        /// <summary>The version of <c>@since</c> and <c>@deprecated</c>.</summary>
        public VersionSyntax? Version { get; }

        private readonly SyntaxToken _feature;

        /// <summary>The feature name of <c>@unstable</c>.</summary>
        public SyntaxToken? Feature => _feature.IsDefault ? null : _feature;

        private readonly SyntaxToken _stringLiteral;

        /// <summary>The string of <c>@external-id</c>.</summary>
        public SyntaxToken? StringLiteral => _stringLiteral.IsDefault ? null : _stringLiteral;

        /// <summary><c>)</c></summary>
        public SyntaxToken CloseParen { get; }

        /// <summary>Which attribute this is, from its name.</summary>
        public AttributeKind Kind => Name.Text switch
        {
            "since" => AttributeKind.Since,
            "unstable" => AttributeKind.Unstable,
            "deprecated" => AttributeKind.Deprecated,
            "external-id" => AttributeKind.ExternalId,
            _ => AttributeKind.Unknown,
        };

        /// <inheritdoc />
        private protected override IEnumerable<SyntaxElement?> EnumerateChildren()
        {
            yield return At;
            yield return Name;
            yield return OpenParen;
            yield return Key;
            yield return EqualsToken;
            yield return Version;
            yield return Feature;
            yield return StringLiteral;
            yield return CloseParen;
        }
    }
}
