using System;
using System.Collections.Generic;

namespace WitSharp.WitParser.Syntax
{
    /// <summary><c>map&lt;K, V&gt;</c>.</summary>
    public sealed class MapTypeSyntax : TypeSyntax
    {
        /// <summary>Creates the node from its parts.</summary>
        public MapTypeSyntax(SyntaxToken mapKeyword, SyntaxToken lessThan, TypeSyntax keyType, SyntaxToken comma, TypeSyntax valueType, SyntaxToken greaterThan)
            : base()
        {
            MapKeyword = mapKeyword;
            LessThan = lessThan;
            KeyType = keyType ?? throw new ArgumentNullException(nameof(keyType));
            Comma = comma;
            ValueType = valueType ?? throw new ArgumentNullException(nameof(valueType));
            GreaterThan = greaterThan;
        }

        /// <summary><c>map</c></summary>
        public SyntaxToken MapKeyword { get; }

        /// <summary><c>&lt;</c></summary>
        public SyntaxToken LessThan { get; }

        /// <summary>The key type.</summary>
        public TypeSyntax KeyType { get; }

        /// <summary><c>,</c></summary>
        public SyntaxToken Comma { get; }

        /// <summary>The value type.</summary>
        public TypeSyntax ValueType { get; }

        /// <summary><c>&gt;</c></summary>
        public SyntaxToken GreaterThan { get; }

        /// <inheritdoc />
        private protected override IEnumerable<SyntaxElement?> EnumerateChildren()
        {
            yield return MapKeyword;
            yield return LessThan;
            yield return KeyType;
            yield return Comma;
            yield return ValueType;
            yield return GreaterThan;
        }
    }
}
