using System;
using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.InteropServices;

namespace WitSharp.Runtime.Bindings
{
    /// <summary>
    /// Lists of fixed-size primitives (<c>u8</c> … <c>f64</c>) as one bulk copy between a .NET span and guest memory.
    /// The checks and the <c>cabi_realloc</c> call are the spec's <c>store_list_into_range</c> and
    /// <c>load_list_from_range</c>; only the per-element loop is replaced by a copy, since a primitive element's
    /// memory form is its little-endian bytes (floats with NaNs canonicalised, as the dynamic path does).
    /// </summary>
    public static class ListCodec
    {
        /// <summary>
        /// <c>store_list_into_range</c>: allocates <c>values.Length × sizeof(T)</c> bytes through <c>cabi_realloc</c>
        /// (aligned to the element size), checks the block, and copies the elements in. Returns (pointer, element count).
        /// </summary>
        /// <typeparam name="T"><see cref="byte"/>, <see cref="sbyte"/>, <see cref="ushort"/>, <see cref="short"/>,
        /// <see cref="uint"/>, <see cref="int"/>, <see cref="ulong"/>, <see cref="long"/>, <see cref="float"/> or <see cref="double"/>.</typeparam>
        /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not one of the primitive element types.</exception>
        /// <exception cref="CanonicalAbiTrapException">realloc returned a misaligned or out-of-bounds block.</exception>
        public static (ulong Pointer, ulong Length) Lower<T>(CallContext cx, ReadOnlySpan<T> values) where T : unmanaged
        {
            int size = ElementSize<T>();
            ulong length = (ulong)values.Length;
            ulong byteLength = length * (ulong)size;
            ulong ptr = cx.Allocate(size, byteLength);
            cx.CheckBlock(ptr, size, byteLength);
            Span<byte> block = cx.Slice(ptr, byteLength, "list");
            MemoryMarshal.AsBytes(values).CopyTo(block);
            ToMemoryForm<T>(block);
            return (ptr, length);
        }

        /// <summary>
        /// <c>load_list_from_range</c>: traps when <c>length × sizeof(T)</c> exceeds the 2^28-1 byte limit, when
        /// <paramref name="pointer"/> is not aligned to the element size, or when the range leaves memory; then copies
        /// the elements out into a new array (float NaNs become the canonical NaN).
        /// </summary>
        /// <typeparam name="T">As for <see cref="Lower{T}"/>.</typeparam>
        /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not one of the primitive element types.</exception>
        public static T[] Lift<T>(CallContext cx, ulong pointer, ulong length) where T : unmanaged
        {
            ReadOnlySpan<byte> source = CheckedRange<T>(cx, pointer, length);
            T[] values = GC.AllocateUninitializedArray<T>((int)length);
            CopyOut(source, values);
            return values;
        }

        /// <summary>
        /// <see cref="Lift{T}"/> into the caller's <paramref name="destination"/> instead of a new array, for callers that
        /// reuse a buffer (a fresh large array costs more than the copy itself). Same traps; returns the element count.
        /// </summary>
        /// <typeparam name="T">As for <see cref="Lower{T}"/>.</typeparam>
        /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than the list (checked after the traps).</exception>
        /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not one of the primitive element types.</exception>
        public static int LiftInto<T>(CallContext cx, ulong pointer, ulong length, Span<T> destination) where T : unmanaged
        {
            ReadOnlySpan<byte> source = CheckedRange<T>(cx, pointer, length);
            if ((ulong)destination.Length < length)
            {
                throw new ArgumentException("the list has " + length + " elements but the destination holds " + destination.Length, nameof(destination));
            }
            CopyOut(source, destination.Slice(0, (int)length));
            return (int)length;
        }

        // The spec's three traps, in its order: the byte-length limit (before any multiplication can wrap), alignment, bounds.
        private static ReadOnlySpan<byte> CheckedRange<T>(CallContext cx, ulong pointer, ulong length) where T : unmanaged
        {
            int size = ElementSize<T>();
            if (length > CanonicalAbi.MaxListByteLength / (ulong)size)
            {
                throw new CanonicalAbiTrapException("list of " + length + " elements exceeds the 2^28-1 byte limit");
            }
            CallContext.CheckAlignment(pointer, size, "list");
            return cx.Slice(pointer, length * (ulong)size, "list");
        }

        private static void CopyOut<T>(ReadOnlySpan<byte> source, Span<T> values) where T : unmanaged
        {
            Span<byte> destination = MemoryMarshal.AsBytes(values);
            source.CopyTo(destination);
            FromMemoryForm<T>(destination);
        }

        // Lowering: the host's elements (already copied into the block) get canonical NaNs, then little-endian order.
        private static void ToMemoryForm<T>(Span<byte> bytes) where T : unmanaged
        {
            CanonicalizeNans<T>(bytes);
            if (!BitConverter.IsLittleEndian)
            {
                SwapBytes<T>(bytes);
            }
        }

        // Lifting: memory's little-endian elements get host order, then canonical NaNs.
        private static void FromMemoryForm<T>(Span<byte> bytes) where T : unmanaged
        {
            if (!BitConverter.IsLittleEndian)
            {
                SwapBytes<T>(bytes);
            }
            CanonicalizeNans<T>(bytes);
        }

        private static void CanonicalizeNans<T>(Span<byte> bytes) where T : unmanaged
        {
            if (typeof(T) == typeof(float))
            {
                CanonicalizeNans(MemoryMarshal.Cast<byte, uint>(bytes), 0x7fffffffu, 0x7f800000u, FloatCanon.CanonicalNan32);
            }
            else if (typeof(T) == typeof(double))
            {
                CanonicalizeNans(MemoryMarshal.Cast<byte, ulong>(bytes), 0x7fffffffffffffffUL, 0x7ff0000000000000UL, FloatCanon.CanonicalNan64);
            }
        }

        private static int ElementSize<T>() where T : unmanaged
        {
            if (typeof(T) == typeof(byte) || typeof(T) == typeof(sbyte))
            {
                return 1;
            }
            if (typeof(T) == typeof(ushort) || typeof(T) == typeof(short))
            {
                return 2;
            }
            if (typeof(T) == typeof(uint) || typeof(T) == typeof(int) || typeof(T) == typeof(float))
            {
                return 4;
            }
            if (typeof(T) == typeof(ulong) || typeof(T) == typeof(long) || typeof(T) == typeof(double))
            {
                return 8;
            }
            throw new NotSupportedException("ListCodec handles lists of u8, s8, u16, s16, u32, s32, u64, s64, f32 and f64, not " + typeof(T).FullName);
        }

        private static void SwapBytes<T>(Span<byte> bytes) where T : unmanaged
        {
            switch (ElementSize<T>())
            {
                case 2:
                    Span<ushort> halves = MemoryMarshal.Cast<byte, ushort>(bytes);
                    BinaryPrimitives.ReverseEndianness(halves, halves);
                    break;
                case 4:
                    Span<uint> words = MemoryMarshal.Cast<byte, uint>(bytes);
                    BinaryPrimitives.ReverseEndianness(words, words);
                    break;
                case 8:
                    Span<ulong> doubleWords = MemoryMarshal.Cast<byte, ulong>(bytes);
                    BinaryPrimitives.ReverseEndianness(doubleWords, doubleWords);
                    break;
            }
        }

        // A NaN is any value whose magnitude bits exceed infinity's; those lanes become the canonical NaN, others stay.
        private static void CanonicalizeNans<TBits>(Span<TBits> bits, TBits magnitude, TBits infinity, TBits nan)
            where TBits : unmanaged, IBinaryInteger<TBits>
        {
            int i = 0;
            if (Vector.IsHardwareAccelerated)
            {
                var magnitudes = new Vector<TBits>(magnitude);
                var infinities = new Vector<TBits>(infinity);
                var nans = new Vector<TBits>(nan);
                Span<Vector<TBits>> vectors = MemoryMarshal.Cast<TBits, Vector<TBits>>(bits);
                for (int v = 0; v < vectors.Length; v++)
                {
                    Vector<TBits> isNan = Vector.GreaterThan(vectors[v] & magnitudes, infinities);
                    if (isNan != Vector<TBits>.Zero)
                    {
                        vectors[v] = Vector.ConditionalSelect(isNan, nans, vectors[v]);
                    }
                }
                i = vectors.Length * Vector<TBits>.Count;
            }
            for (; i < bits.Length; i++)
            {
                if ((bits[i] & magnitude) > infinity)
                {
                    bits[i] = nan;
                }
            }
        }
    }
}
