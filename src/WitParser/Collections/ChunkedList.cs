using System;
using System.Collections;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace WitSharp.WitParser.Collections
{
    /// <summary>
    /// A growing list stored in chunks of a fixed power-of-two length, for the lists whose size follows the input
    /// (tokens, types, their locations). Each chunk stays below the large-object threshold: large-object
    /// allocations trigger full collections, which for a big input cost more than the whole parse. Growing never
    /// copies the items. Chunks of 4,096 suit items up to 20 bytes.
    /// </summary>
    internal sealed class ChunkedList<T> : IReadOnlyList<T>
    {
        private readonly int _chunkBits;
        private readonly int _chunkMask;
        private T[][] _chunks = new T[1][];
        private int _chunkCount;

        public ChunkedList(int chunkBits = 12)
        {
            _chunkBits = chunkBits;
            _chunkMask = (1 << chunkBits) - 1;
        }

        public int Count { get; private set; }

        public ref T this[int index]
        {
            // Inlined into every token and arena access: the throw lives in a separate method, because a throw
            // in the body keeps the JIT from inlining it.
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            get
            {
                if ((uint)index >= (uint)Count) ThrowIndexOutOfRange(index);
                return ref _chunks[index >> _chunkBits][index & _chunkMask];
            }
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static void ThrowIndexOutOfRange(int index) => throw new ArgumentOutOfRangeException(nameof(index), index, "index outside the list");

        T IReadOnlyList<T>.this[int index] => this[index];

        public void Add(T item)
        {
            int chunk = Count >> _chunkBits;
            int offset = Count & _chunkMask;
            if (chunk == _chunkCount)
            {
                if (_chunkCount == _chunks.Length) Array.Resize(ref _chunks, _chunks.Length * 2);
                // The first chunk starts small and doubles (most lists are short); later ones are full size at once.
                _chunks[_chunkCount++] = new T[chunk == 0 ? Math.Min(4, _chunkMask + 1) : _chunkMask + 1];
            }
            var current = _chunks[chunk];
            if (offset == current.Length)
            {
                Array.Resize(ref current, Math.Min(_chunkMask + 1, current.Length * 2));
                _chunks[chunk] = current;
            }
            current[offset] = item;
            Count++;
        }

        /// <summary>
        /// Sizes the first chunk for <paramref name="capacity"/> items when nothing is stored yet, so a list whose
        /// size is known up front does not grow from four slots by doubling (every step leaving garbage).
        /// </summary>
        public void Reserve(int capacity)
        {
            if (_chunkCount != 0 || capacity <= 0) return;
            _chunks[_chunkCount++] = new T[Math.Min(capacity, _chunkMask + 1)];
        }

        /// <summary>Drops the items from <paramref name="count"/> on (their slots are cleared for the collector).</summary>
        public void Truncate(int count)
        {
            if ((uint)count > (uint)Count) throw new ArgumentOutOfRangeException(nameof(count));
            for (int i = count; i < Count; i++) this[i] = default!;
            Count = count;
        }

        /// <summary>Empties the list, keeping its first chunk (cleared): a list emptied and refilled often allocates once.</summary>
        public void Clear()
        {
            if (_chunkCount > 0) Array.Clear(_chunks[0], 0, Math.Min(Count, _chunks[0].Length));
            for (int i = 1; i < _chunkCount; i++) _chunks[i] = null!;
            _chunkCount = Math.Min(_chunkCount, 1);
            Count = 0;
        }

        public IEnumerator<T> GetEnumerator()
        {
            for (int i = 0; i < Count; i++) yield return this[i];
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
