using System;
using System.Collections.Generic;

namespace WitSharp.WitParser.Syntax
{
    /// <summary>A whole WIT file: an optional <c>package</c> declaration, then items, then the end of file.</summary>
    public sealed class WitFileSyntax : SyntaxNode
    {
        /// <summary>Creates the node from its parts.</summary>
        public WitFileSyntax(PackageDeclarationSyntax? packageDeclaration, IReadOnlyList<ItemSyntax> items, SyntaxToken endOfFile)
        {
            PackageDeclaration = packageDeclaration;
            Items = items ?? throw new ArgumentNullException(nameof(items));
            EndOfFile = endOfFile;
        }

        /// <summary>The <c>package ns:name@version;</c> header, when present.</summary>
        public PackageDeclarationSyntax? PackageDeclaration { get; }

        /// <summary>The top-level items: <see cref="TopLevelUseSyntax"/>, <see cref="InterfaceSyntax"/>, <see cref="WorldSyntax"/> and <see cref="NestedPackageSyntax"/>.</summary>
        public IReadOnlyList<ItemSyntax> Items { get; }

        /// <summary>The end-of-file token; its leading trivia holds the comments after the last item.</summary>
        public SyntaxToken EndOfFile { get; }

        /// <inheritdoc />
        private protected override IEnumerable<SyntaxElement?> EnumerateChildren()
        {
            yield return PackageDeclaration;
            foreach (var e in Items) yield return e;
            yield return EndOfFile;
        }
    }
}
