using System;

namespace WitSharp.WitParser.Syntax
{
    /// <summary>
    /// A growing list of reference-free structs stored in chunks of 4,096. Chunks stay below the large-object
    /// threshold (whose allocations trigger full collections) and a big file never copies its list when it grows;
    /// the garbage collector does not look inside them because they hold no references.
    /// </summary>
    internal sealed class ChunkedList<T> where T : struct
    {
        private const int ChunkBits = 12;
        private const int ChunkSize = 1 << ChunkBits;
        private const int ChunkMask = ChunkSize - 1;

        private T[][] _chunks = new T[4][];
        private int _chunkCount;

        public int Count { get; private set; }

        public ref T this[int index] => ref _chunks[index >> ChunkBits][index & ChunkMask];

        public void Add(in T item)
        {
            int chunk = Count >> ChunkBits;
            int offset = Count & ChunkMask;
            if (chunk == _chunkCount)
            {
                if (_chunkCount == _chunks.Length) Array.Resize(ref _chunks, _chunks.Length * 2);
                // The first chunk starts small and doubles (small files); later ones are full size at once.
                _chunks[_chunkCount++] = new T[chunk == 0 ? 32 : ChunkSize];
            }
            var current = _chunks[chunk];
            if (offset == current.Length)
            {
                Array.Resize(ref current, Math.Min(ChunkSize, current.Length * 2));
                _chunks[chunk] = current;
            }
            current[offset] = item;
            Count++;
        }
    }
}
