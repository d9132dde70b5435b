using System;
using System.Collections.Generic;

namespace WitSharp.WitParser.Syntax
{
    /// <summary><c>ns:name</c> with an optional <c>@version</c>.</summary>
    public sealed class PackageNameSyntax : SyntaxNode
    {
        /// <summary>Creates the node from its parts.</summary>
        public PackageNameSyntax(SyntaxToken @namespace, SyntaxToken colon, SyntaxToken name, SyntaxToken? at, VersionSyntax? version)
        {
            Namespace = @namespace;
            Colon = colon;
            Name = name;
            _at = at ?? default;
            Version = version;
        }

        /// <summary>The namespace identifier.</summary>
        public SyntaxToken Namespace { get; }

        /// <summary><c>:</c></summary>
        public SyntaxToken Colon { get; }

        /// <summary>The package identifier.</summary>
        public SyntaxToken Name { get; }

        // Stored as a plain token (default when absent): a nullable one takes 8 bytes more in every node.
        private readonly SyntaxToken _at;

        /// <summary><c>@</c> before the version, when there is one.</summary>
        public SyntaxToken? At => _at.IsDefault ? null : _at;

        /// <summary>The version, when there is one.</summary>
        public VersionSyntax? Version { get; }

        /// <summary>The name as the reference prints it: <c>ns:name</c> or <c>ns:name@version</c>.</summary>
        public string FullName => Version is null ? $"{Namespace.ValueText}:{Name.ValueText}" : $"{Namespace.ValueText}:{Name.ValueText}@{Version.Text}";

        /// <inheritdoc />
        private protected override IEnumerable<SyntaxElement?> EnumerateChildren()
        {
            yield return Namespace;
            yield return Colon;
            yield return Name;
            yield return At;
            yield return Version;
        }
    }
}
