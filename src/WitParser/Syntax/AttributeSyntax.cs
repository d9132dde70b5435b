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
            Key = key;
            EqualsToken = equalsToken;
            Version = version;
            Feature = feature;
            StringLiteral = stringLiteral;
            CloseParen = closeParen;
        }

        /// <summary><c>@</c></summary>
        public SyntaxToken At { get; }

        /// <summary>The attribute name (<c>since</c>, <c>unstable</c>, <c>deprecated</c>, <c>external-id</c>).</summary>
        public SyntaxToken Name { get; }

        /// <summary><c>(</c></summary>
        public SyntaxToken OpenParen { get; }

        /// <summary><c>version</c> or <c>feature</c>.</summary>
        public SyntaxToken? Key { get; }

        /// <summary><c>=</c> after the key.</summary>
        public SyntaxToken? EqualsToken { get; }

        /// <summary>The version of <c>@since</c> and <c>@deprecated</c>.</summary>
        public VersionSyntax? Version { get; }

        /// <summary>The feature name of <c>@unstable</c>.</summary>
        public SyntaxToken? Feature { get; }

        /// <summary>The string of <c>@external-id</c>.</summary>
        public SyntaxToken? StringLiteral { get; }

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
