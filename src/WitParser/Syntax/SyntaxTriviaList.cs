using System;
using System.Collections;
using System.Collections.Generic;

namespace WitSharp.WitParser.Syntax
{
    /// <summary>
    /// The trivia of one token: a slice of an array the lexer shares among all tokens of a file (one allocation
    /// per file instead of one per token). A value type; <c>foreach</c> over it allocates nothing.
    /// </summary>
    public readonly struct SyntaxTriviaList : IReadOnlyList<SyntaxTrivia>
    {
        private readonly SyntaxTrivia[]? _items;
        private readonly int _start;

        /// <summary>An empty list.</summary>
        public static SyntaxTriviaList Empty => default;

        /// <summary>A list over a whole array.</summary>
        public SyntaxTriviaList(SyntaxTrivia[] items)
            : this(items ?? throw new ArgumentNullException(nameof(items)), 0, items.Length)
        {
        }

        internal SyntaxTriviaList(SyntaxTrivia[] items, int start, int count)
        {
            _items = items;
            _start = start;
            Count = count;
        }

        /// <summary>A list holding a copy of <paramref name="items"/>.</summary>
        public static SyntaxTriviaList Create(IEnumerable<SyntaxTrivia>? items)
        {
            if (items == null) return Empty;
            var array = new List<SyntaxTrivia>(items).ToArray();
            return array.Length == 0 ? Empty : new SyntaxTriviaList(array);
        }

        /// <inheritdoc />
        public int Count { get; }

        /// <inheritdoc />
        public SyntaxTrivia this[int index]
        {
            get
            {
                if ((uint)index >= (uint)Count) throw new ArgumentOutOfRangeException(nameof(index));
                return _items![_start + index];
            }
        }

        /// <summary>An enumerator that does not allocate.</summary>
        public Enumerator GetEnumerator() => new Enumerator(this);

        IEnumerator<SyntaxTrivia> IEnumerable<SyntaxTrivia>.GetEnumerator() => GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        /// <summary>Enumerates a <see cref="SyntaxTriviaList"/>.</summary>
        public struct Enumerator : IEnumerator<SyntaxTrivia>
        {
            private readonly SyntaxTriviaList _list;
            private int _index;

            internal Enumerator(SyntaxTriviaList list)
            {
                _list = list;
                _index = -1;
            }

            /// <inheritdoc />
            public SyntaxTrivia Current => _list._items![_list._start + _index];

            object IEnumerator.Current => Current;

            /// <inheritdoc />
            public bool MoveNext() => ++_index < _list.Count;

            /// <inheritdoc />
            public void Reset() => _index = -1;

            /// <inheritdoc />
            public void Dispose()
            {
            }
        }
    }
}
