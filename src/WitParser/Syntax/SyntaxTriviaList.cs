using System;
using System.Collections;
using System.Collections.Generic;
using WitSharp.WitParser.Text;

namespace WitSharp.WitParser.Syntax
{
    /// <summary>
    /// The trivia of one token. For a parsed token it is the stretch of source before the token, split into pieces
    /// as it is read (nothing is stored per piece); for a token built by hand, an array. A value type;
    /// <c>foreach</c> over it allocates nothing. Reading piece <c>i</c> of a parsed token's trivia scans the pieces
    /// before it, so enumerate rather than index long runs.
    /// </summary>
    public readonly struct SyntaxTriviaList : IReadOnlyList<SyntaxTrivia>
    {
        // Either a SyntaxTrivia[] (pieces _start.._start+Count) or the source string (trivia text _start.._end).
        private readonly object? _items;
        private readonly int _start;
        private readonly int _end;

        /// <summary>An empty list.</summary>
        public static SyntaxTriviaList Empty => default;

        /// <summary>A list over a whole array.</summary>
        public SyntaxTriviaList(SyntaxTrivia[] items)
        {
            _items = items ?? throw new ArgumentNullException(nameof(items));
            _start = 0;
            _end = 0;
            Count = items.Length;
        }

        private SyntaxTriviaList(string source, int start, int end, int count)
        {
            _items = source;
            _start = start;
            _end = end;
            Count = count;
        }

        /// <summary>The trivia pieces of <c>source[start..end)</c>, which holds nothing but trivia.</summary>
        internal static SyntaxTriviaList InSource(string source, int start, int end)
        {
            if (start >= end) return Empty;
            int count = 0;
            for (int pos = start; pos < end; pos += PieceLength(source, pos, end, out _)) count++;
            return new SyntaxTriviaList(source, start, end, count);
        }

        // Never zero and never past the end, so a walk always ends even if the stretch were not all trivia.
        private static int PieceLength(string source, int pos, int end, out SyntaxTriviaKind kind)
        {
            int length = TriviaScanner.Scan(source, pos, out kind, out _);
            return Math.Min(Math.Max(length, 1), end - pos);
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
                if (_items is SyntaxTrivia[] array) return array[_start + index];
                var e = GetEnumerator();
                for (int i = 0; i <= index; i++) e.MoveNext();
                return e.Current;
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
            private int _pos;
            private SyntaxTrivia _current;

            internal Enumerator(SyntaxTriviaList list)
            {
                _list = list;
                _index = -1;
                _pos = list._start;
                _current = default;
            }

            /// <inheritdoc />
            public SyntaxTrivia Current => _current;

            object IEnumerator.Current => Current;

            /// <inheritdoc />
            public bool MoveNext()
            {
                if (++_index >= _list.Count) return false;
                if (_list._items is SyntaxTrivia[] array)
                {
                    _current = array[_list._start + _index];
                    return true;
                }
                string source = (string)_list._items!;
                int length = PieceLength(source, _pos, _list._end, out var kind);
                _current = new SyntaxTrivia(kind, new TextSpan(_pos, length), source, inSource: true);
                _pos += length;
                return true;
            }

            /// <inheritdoc />
            public void Reset()
            {
                _index = -1;
                _pos = _list._start;
            }

            /// <inheritdoc />
            public void Dispose()
            {
            }
        }
    }
}
