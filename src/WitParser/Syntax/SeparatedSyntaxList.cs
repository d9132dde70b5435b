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

        private readonly T[] _nodes;
        private readonly SyntaxToken[] _separators;

        /// <summary>Creates a list from its nodes and separators.</summary>
        public SeparatedSyntaxList(IReadOnlyList<T> nodes, IReadOnlyList<SyntaxToken> separators)
        {
            _nodes = AsArray(nodes ?? throw new ArgumentNullException(nameof(nodes)));
            _separators = AsArray(separators ?? throw new ArgumentNullException(nameof(separators)));
        }

        // The parser hands over exactly sized arrays, which are kept; other lists are copied (the list is immutable).
        private static TItem[] AsArray<TItem>(IReadOnlyList<TItem> items)
        {
            if (items is TItem[] array) return array;
            var copy = new TItem[items.Count];
            for (int i = 0; i < copy.Length; i++) copy[i] = items[i];
            return copy;
        }

        /// <summary>The separators, in order; separator <c>i</c> follows node <c>i</c>.</summary>
        public IReadOnlyList<SyntaxToken> Separators => _separators;

        /// <summary>True when the last node is followed by a separator.</summary>
        public bool HasTrailingSeparator => _nodes.Length > 0 && _separators.Length == _nodes.Length;

        /// <inheritdoc />
        public int Count => _nodes.Length;

        /// <inheritdoc />
        public T this[int index] => _nodes[index];

        /// <summary>Nodes and separators interleaved in source order.</summary>
        public IEnumerable<SyntaxElement> GetWithSeparators()
        {
            for (int i = 0; i < _nodes.Length; i++)
            {
                yield return _nodes[i];
                if (i < _separators.Length) yield return _separators[i];
            }
        }

        /// <summary>An enumerator that does not allocate.</summary>
        public Enumerator GetEnumerator() => new Enumerator(_nodes);

        IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)_nodes).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => _nodes.GetEnumerator();

        /// <summary>Enumerates the nodes of a <see cref="SeparatedSyntaxList{T}"/>.</summary>
        public struct Enumerator
        {
            private readonly T[] _nodes;
            private int _index;

            internal Enumerator(T[] nodes)
            {
                _nodes = nodes;
                _index = -1;
            }

            /// <summary>The current node.</summary>
            public T Current => _nodes[_index];

            /// <summary>Moves to the next node.</summary>
            public bool MoveNext() => ++_index < _nodes.Length;
        }
    }
}
