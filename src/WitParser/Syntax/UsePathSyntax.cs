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
            Namespace = @namespace;
            Colon = colon;
            PackageName = packageName;
            Slash = slash;
            Name = name;
            At = at;
            Version = version;
        }

        /// <summary>The namespace of a qualified path.</summary>
        public SyntaxToken? Namespace { get; }

        /// <summary><c>:</c> of a qualified path.</summary>
        public SyntaxToken? Colon { get; }

        /// <summary>The package of a qualified path.</summary>
        public SyntaxToken? PackageName { get; }

        /// <summary><c>/</c> of a qualified path.</summary>
        public SyntaxToken? Slash { get; }

        /// <summary>The interface or world name.</summary>
        public SyntaxToken Name { get; }

        /// <summary><c>@</c> before a version.</summary>
        public SyntaxToken? At { get; }

        /// <summary>The package version of a qualified path, when given.</summary>
        public VersionSyntax? Version { get; }

        /// <summary>True for <c>ns:pkg/name</c> paths, false for a bare name.</summary>
        public bool IsQualified => PackageName != null;

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
