using System;
using System.Collections;
using System.Collections.Generic;

namespace WitSharp.WitParser.Syntax
{
    /// <summary>
    /// A list of nodes with the separator tokens (commas) between them. There are as many separators as nodes,
    /// or one fewer when the list has no trailing separator.
    /// </summary>
    public sealed class SeparatedSyntaxList<T> : IReadOnlyList<T> where T : SyntaxNode
    {
        /// <summary>An empty list.</summary>
        public static readonly SeparatedSyntaxList<T> Empty = new SeparatedSyntaxList<T>(Array.Empty<T>(), Array.Empty<SyntaxToken>());

        private readonly IReadOnlyList<T> _nodes;

        /// <summary>Creates a list from its nodes and separators.</summary>
        public SeparatedSyntaxList(IReadOnlyList<T> nodes, IReadOnlyList<SyntaxToken> separators)
        {
            _nodes = nodes ?? throw new ArgumentNullException(nameof(nodes));
            Separators = separators ?? throw new ArgumentNullException(nameof(separators));
        }

        /// <summary>The separators, in order; separator <c>i</c> follows node <c>i</c>.</summary>
        public IReadOnlyList<SyntaxToken> Separators { get; }

        /// <summary>True when the last node is followed by a separator.</summary>
        public bool HasTrailingSeparator => _nodes.Count > 0 && Separators.Count == _nodes.Count;

        /// <inheritdoc />
        public int Count => _nodes.Count;

        /// <inheritdoc />
        public T this[int index] => _nodes[index];

        /// <summary>Nodes and separators interleaved in source order.</summary>
        public IEnumerable<SyntaxElement> GetWithSeparators()
        {
            for (int i = 0; i < _nodes.Count; i++)
            {
                yield return _nodes[i];
                if (i < Separators.Count) yield return Separators[i];
            }
        }

        /// <inheritdoc />
        public IEnumerator<T> GetEnumerator() => _nodes.GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
