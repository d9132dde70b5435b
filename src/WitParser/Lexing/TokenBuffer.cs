using System;
using System.Collections;
using System.Collections.Generic;
using WitSharp.WitParser.Syntax;

namespace WitSharp.WitParser.Lexing
{
    /// <summary>
    /// The lexer's growing token list, stored in fixed chunks of 8,192 tokens. Chunks stay below the
    /// large-object threshold, so a big file neither copies its list when it grows nor allocates on the
    /// large-object heap, whose budget triggers full collections.
    /// </summary>
    internal sealed class TokenBuffer : IReadOnlyList<SyntaxToken>
    {
        private const int ChunkBits = 13;
        private const int ChunkSize = 1 << ChunkBits;
        private const int ChunkMask = ChunkSize - 1;

        private SyntaxToken[][] _chunks = new SyntaxToken[4][];
        private int _chunkCount;

        /// <inheritdoc />
        public int Count { get; private set; }

        /// <inheritdoc />
        public SyntaxToken this[int index] => _chunks[index >> ChunkBits][index & ChunkMask];

        public void Add(SyntaxToken token)
        {
            int chunk = Count >> ChunkBits;
            int offset = Count & ChunkMask;
            if (chunk == _chunkCount)
            {
                if (_chunkCount == _chunks.Length) Array.Resize(ref _chunks, _chunks.Length * 2);
                // The first chunk starts small and doubles (small files); later ones are full size at once.
                _chunks[_chunkCount++] = new SyntaxToken[chunk == 0 ? 64 : ChunkSize];
            }
            var current = _chunks[chunk];
            if (offset == current.Length)
            {
                Array.Resize(ref current, Math.Min(ChunkSize, current.Length * 2));
                _chunks[chunk] = current;
            }
            current[offset] = token;
            Count++;
        }

        /// <inheritdoc />
        public IEnumerator<SyntaxToken> GetEnumerator()
        {
            for (int i = 0; i < Count; i++) yield return this[i];
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
