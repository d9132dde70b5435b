using System;
using System.Collections.Generic;

namespace WitSharp.WitParser.Syntax
{
    /// <summary>A path naming an interface or world: <c>name</c> (this package) or <c>ns:pkg/name@version</c>.</summary>
    public sealed class UsePathSyntax : SyntaxNode
    {
        /// <summary>Creates the node from its parts.</summary>
        public UsePathSyntax(SyntaxToken? @namespace, SyntaxToken? colon, SyntaxToken? packageName, SyntaxToken? slash, SyntaxToken name, SyntaxToken? at, VersionSyntax? version)
        {
            _namespace = @namespace ?? default;
            _colon = colon ?? default;
            _packageName = packageName ?? default;
            _slash = slash ?? default;
            Name = name;
            _at = at ?? default;
            Version = version;
        }

        // Stored as a plain token (default when absent): a nullable one takes 8 bytes more in every node.
        private readonly SyntaxToken _namespace;

        /// <summary>The namespace of a qualified path.</summary>
        public SyntaxToken? Namespace => _namespace.IsDefault ? null : _namespace;

        private readonly SyntaxToken _colon;

        /// <summary><c>:</c> of a qualified path.</summary>
        public SyntaxToken? Colon => _colon.IsDefault ? null : _colon;

        private readonly SyntaxToken _packageName;

        /// <summary>The package of a qualified path.</summary>
        public SyntaxToken? PackageName => _packageName.IsDefault ? null : _packageName;

        private readonly SyntaxToken _slash;

        /// <summary><c>/</c> of a qualified path.</summary>
        public SyntaxToken? Slash => _slash.IsDefault ? null : _slash;

        /// <summary>The interface or world name.</summary>
        public SyntaxToken Name { get; }

        private readonly SyntaxToken _at;

        /// <summary><c>@</c> before a version.</summary>
        public SyntaxToken? At => _at.IsDefault ? null : _at;

        /// <summary>The package version of a qualified path, when given.</summary>
        public VersionSyntax? Version { get; }

        /// <summary>True for <c>ns:pkg/name</c> paths, false for a bare name.</summary>
        public bool IsQualified => PackageName != null;

        /// <inheritdoc />
        // Direct, without walking the children: a world's imports report their paths' spans.
        public override SyntaxToken? FirstToken => Namespace ?? Colon ?? PackageName ?? Slash ?? Name;

        /// <inheritdoc />
        public override SyntaxToken? LastToken => Version?.LastToken ?? At ?? Name;

        /// <inheritdoc />
        private protected override IEnumerable<SyntaxElement?> EnumerateChildren()
        {
            yield return Namespace;
            yield return Colon;
            yield return PackageName;
            yield return Slash;
            yield return Name;
            yield return At;
            yield return Version;
        }
    }
}
