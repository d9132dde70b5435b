using System;
using System.Collections;
using System.Collections.Generic;

namespace WitSharp.WitParser.Syntax
{
    /// <summary>
    /// The trivia of one token: a run of its file's token table (made into <see cref="SyntaxTrivia"/> values as
    /// they are read, so lexing allocates nothing per piece) or an array for tokens built by hand. A value type;
    /// <c>foreach</c> over it allocates nothing.
    /// </summary>
    public readonly struct SyntaxTriviaList : IReadOnlyList<SyntaxTrivia>
    {
        // Either a SyntaxTrivia[] or the TokenTable whose trivia rows _start.._start+Count are the list.
        private readonly object? _items;
        private readonly int _start;

        /// <summary>An empty list.</summary>
        public static SyntaxTriviaList Empty => default;

        /// <summary>A list over a whole array.</summary>
        public SyntaxTriviaList(SyntaxTrivia[] items)
        {
            _items = items ?? throw new ArgumentNullException(nameof(items));
            _start = 0;
            Count = items.Length;
        }

        internal SyntaxTriviaList(TokenTable table, int start, int count)
        {
            _items = table;
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
                return Get(index);
            }
        }

        private SyntaxTrivia Get(int index) =>
            _items is SyntaxTrivia[] array ? array[_start + index] : ((TokenTable)_items!).Trivia(_start + index);

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
            public SyntaxTrivia Current => _list.Get(_index);

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
