using System;
using System.Collections.Generic;

namespace WitSharp.WitParser.Syntax
{
    /// <summary><c>package ns:name@1.0.0 { ... }</c>: a package defined inside another file.</summary>
    public sealed class NestedPackageSyntax : ItemSyntax
    {
        /// <summary>Creates the node from its parts.</summary>
        public NestedPackageSyntax(IReadOnlyList<AttributeSyntax> attributes, SyntaxToken packageKeyword, PackageNameSyntax name, SyntaxToken openBrace, IReadOnlyList<ItemSyntax> items, SyntaxToken closeBrace)
            : base(attributes)
        {
            PackageKeyword = packageKeyword;
            Name = name ?? throw new ArgumentNullException(nameof(name));
            OpenBrace = openBrace;
            Items = items ?? throw new ArgumentNullException(nameof(items));
            CloseBrace = closeBrace;
        }

        /// <summary><c>package</c></summary>
        public SyntaxToken PackageKeyword { get; }

        /// <summary>The package name.</summary>
        public PackageNameSyntax Name { get; }

        /// <summary><c>{</c></summary>
        public SyntaxToken OpenBrace { get; }

        /// <summary>The items of the nested package (uses, interfaces and worlds).</summary>
        public IReadOnlyList<ItemSyntax> Items { get; }

        /// <summary><c>}</c></summary>
        public SyntaxToken CloseBrace { get; }

        /// <inheritdoc />
        private protected override IEnumerable<SyntaxElement?> EnumerateChildren()
        {
            foreach (var a in Attributes) yield return a;
            yield return PackageKeyword;
            yield return Name;
            yield return OpenBrace;
            foreach (var e in Items) yield return e;
            yield return CloseBrace;
        }
    }
}
