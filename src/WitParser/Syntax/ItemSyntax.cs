using System;
using System.Collections.Generic;

namespace WitSharp.WitParser.Syntax
{
    /// <summary>
    /// A declaration that can carry gates and attributes (<c>@since</c>, <c>@unstable</c>, <c>@deprecated</c>,
    /// <c>@external-id</c>) and documentation: package items, interface and world items, resource members.
    /// </summary>
    public abstract class ItemSyntax : SyntaxNode
    {
        private protected ItemSyntax(IReadOnlyList<AttributeSyntax> attributes)
        {
            Attributes = attributes ?? throw new ArgumentNullException(nameof(attributes));
        }

        /// <summary>The attributes written before the item, in source order.</summary>
        public IReadOnlyList<AttributeSyntax> Attributes { get; }
    }
}
