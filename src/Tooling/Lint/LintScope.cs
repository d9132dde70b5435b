using System.Collections.Generic;
using WitSharp.WitParser.Syntax;

namespace WitSharp.Tooling.Lint
{
    /// <summary>What kind of block a <see cref="LintScope"/> is.</summary>
    public enum LintScopeKind
    {
        /// <summary>A top-level <c>interface name { … }</c>.</summary>
        Interface,

        /// <summary>A <c>world name { … }</c>.</summary>
        World,

        /// <summary>An interface written inline in a world (<c>import name: interface { … }</c>).</summary>
        InlineInterface,
    }

    /// <summary>
    /// A block that holds items (an interface, a world, or an inline interface) in one file: the unit most rules
    /// look at. <see cref="Node"/> is the whole block, <see cref="Name"/> the token to point at.
    /// </summary>
    public sealed record LintScope(LintFile File, LintScopeKind Kind, SyntaxToken Name, SyntaxNode Node, IReadOnlyList<ItemSyntax> Items)
    {
        /// <summary>Attributes written on the block (for inline interfaces, those on the import or export).</summary>
        public IReadOnlyList<AttributeSyntax> Attributes => Node is ItemSyntax item ? item.Attributes : System.Array.Empty<AttributeSyntax>();
    }
}
