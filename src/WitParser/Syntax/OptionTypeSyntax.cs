using System;
using System.Collections.Generic;

namespace WitSharp.WitParser.Syntax
{
    /// <summary><c>option&lt;T&gt;</c>.</summary>
    public sealed class OptionTypeSyntax : TypeSyntax
    {
        /// <summary>Creates the node from its parts.</summary>
        public OptionTypeSyntax(SyntaxToken optionKeyword, SyntaxToken lessThan, TypeSyntax @type, SyntaxToken greaterThan)
            : base()
        {
            OptionKeyword = optionKeyword;
            LessThan = lessThan;
            Type = @type ?? throw new ArgumentNullException(nameof(@type));
            GreaterThan = greaterThan;
        }

        /// <summary><c>option</c></summary>
        public SyntaxToken OptionKeyword { get; }

        /// <summary><c>&lt;</c></summary>
        public SyntaxToken LessThan { get; }

        /// <summary>The payload type.</summary>
        public TypeSyntax Type { get; }

        /// <summary><c>&gt;</c></summary>
        public SyntaxToken GreaterThan { get; }

        /// <inheritdoc />
        private protected override IEnumerable<SyntaxElement?> EnumerateChildren()
        {
            yield return OptionKeyword;
            yield return LessThan;
            yield return Type;
            yield return GreaterThan;
        }
    }
}
