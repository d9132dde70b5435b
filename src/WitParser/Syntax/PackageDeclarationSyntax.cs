using System;
using System.Collections.Generic;

namespace WitSharp.WitParser.Syntax
{
    /// <summary><c>package ns:name@1.0.0;</c> at the top of a file.</summary>
    public sealed class PackageDeclarationSyntax : SyntaxNode
    {
        /// <summary>Creates the node from its parts.</summary>
        public PackageDeclarationSyntax(SyntaxToken packageKeyword, PackageNameSyntax name, SyntaxToken semicolon)
        {
            PackageKeyword = packageKeyword;
            Name = name ?? throw new ArgumentNullException(nameof(name));
            Semicolon = semicolon;
        }

        /// <summary><c>package</c></summary>
        public SyntaxToken PackageKeyword { get; }

        /// <summary>The package name.</summary>
        public PackageNameSyntax Name { get; }

        /// <summary><c>;</c></summary>
        public SyntaxToken Semicolon { get; }

        /// <inheritdoc />
        private protected override IEnumerable<SyntaxElement?> EnumerateChildren()
        {
            yield return PackageKeyword;
            yield return Name;
            yield return Semicolon;
        }
    }
}
