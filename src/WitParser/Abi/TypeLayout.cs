using System;
using System.Collections.Generic;

namespace WitSharp.WitParser.Abi
{
    /// <summary>
    /// The Canonical ABI layout of one type: its size and alignment in linear memory, its flattened
    /// core types, and for compound types the placement of their parts. Immutable.
    /// </summary>
    public sealed class TypeLayout
    {
        private static readonly int[] NoOffsets = Array.Empty<int>();

        internal TypeLayout(int size, int alignment, IReadOnlyList<CoreValueType> flat, int[]? fieldOffsets = null, int discriminantSize = 0, int payloadOffset = 0)
        {
            Size = size;
            Alignment = alignment;
            Flat = flat;
            FieldOffsets = fieldOffsets ?? NoOffsets;
            DiscriminantSize = discriminantSize;
            PayloadOffset = payloadOffset;
        }

        /// <summary><c>elem_size</c>: the bytes the value occupies in memory, a multiple of <see cref="Alignment"/>.</summary>
        public int Size { get; }

        /// <summary><c>alignment</c>: 1, 2, 4 or 8.</summary>
        public int Alignment { get; }

        /// <summary><c>flatten_type</c>: the core value types of the flattened value (joined per slot for variants).</summary>
        public IReadOnlyList<CoreValueType> Flat { get; }

        /// <summary>For records and tuples, the byte offset of each field; otherwise empty.</summary>
        public IReadOnlyList<int> FieldOffsets { get; }

        /// <summary>
        /// For variants, enums, options and results, the discriminant's size in bytes (1, 2 or 4);
        /// for flags, the storage size (1, 2 or 4); otherwise 0.
        /// </summary>
        public int DiscriminantSize { get; }

        /// <summary>For variants, options and results, the byte offset of the payload; otherwise 0.</summary>
        public int PayloadOffset { get; }
    }
}
