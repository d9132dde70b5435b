using System;
using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;

namespace WitSharp.Runtime
{
    /// <summary>
    /// Strings in linear memory. Storing follows the spec's <c>store_string_*</c> functions call for call, so the
    /// sequence of <c>cabi_realloc</c> calls is exactly the reference's for each (source, destination) encoding pair.
    /// </summary>
    public static partial class StringCodec
    {
        /// <summary><c>store_string_into_range</c>: writes <paramref name="text"/> into a new block and returns (ptr, tagged code units).</summary>
        /// <exception cref="ArgumentException"><paramref name="text"/> holds an unpaired surrogate, so it is not a valid string value.</exception>
        public static (ulong Ptr, ulong TaggedCodeUnits) StoreIntoRange(CallContext cx, string text, StringSourceEncoding source)
        {
            CheckWellFormed(text);
            if (source == StringSourceEncoding.Latin1)
            {
                CheckLatin1(text);
            }
            switch (cx.Options.StringEncoding)
            {
                case StringEncoding.Utf8:
                    return source switch
                    {
                        StringSourceEncoding.Utf8 => CopyUtf8(cx, text),
                        StringSourceEncoding.Latin1 => ToUtf8(cx, text, (ulong)text.Length, 2),
                        _ => ToUtf8(cx, text, (ulong)text.Length, 3),
                    };
                case StringEncoding.Utf16:
                    return source == StringSourceEncoding.Utf8 ? Utf8ToUtf16(cx, text) : CopyUtf16(cx, text);
                default:
                    return source switch
                    {
                        StringSourceEncoding.Utf8 => ToLatin1OrUtf16(cx, text, (ulong)Encoding.UTF8.GetByteCount(text)),
                        StringSourceEncoding.Utf16 => ToLatin1OrUtf16(cx, text, (ulong)text.Length),
                        StringSourceEncoding.Latin1 => CopyLatin1(cx, text),
                        _ => ProbablyUtf16ToLatin1OrUtf16(cx, text),
                    };
            }
        }

        /// <summary><c>store_string</c>: stores the string's block and writes (ptr, tagged code units) at <paramref name="ptr"/>.</summary>
        public static void Store(CallContext cx, string text, StringSourceEncoding source, ulong ptr)
        {
            (ulong begin, ulong units) = StoreIntoRange(cx, text, source);
            cx.StorePointer(begin, ptr);
            cx.StorePointer(units, ptr + (ulong)cx.PointerSize);
        }

        // The three store_string_copy cases: one exact allocation, encoded straight into guest memory.
        private static (ulong, ulong) CopyUtf8(CallContext cx, string text)
        {
            ulong length = (ulong)Encoding.UTF8.GetByteCount(text);
            ulong ptr = cx.Allocate(1, length);
            cx.CheckBlock(ptr, 1, length);
            Encoding.UTF8.GetBytes(text, cx.Slice(ptr, length, "string"));
            return (ptr, length);
        }

        private static (ulong, ulong) CopyUtf16(CallContext cx, string text)
        {
            ulong length = 2 * (ulong)text.Length;
            ulong ptr = cx.Allocate(2, length);
            cx.CheckBlock(ptr, 2, length);
            WriteUtf16(text, cx.Slice(ptr, length, "string"));
            return (ptr, (ulong)text.Length);
        }

        private static (ulong, ulong) CopyLatin1(CallContext cx, string text)
        {
            ulong length = (ulong)text.Length;
            ulong ptr = cx.Allocate(2, length);
            cx.CheckBlock(ptr, 2, length);
            Span<byte> block = cx.Slice(ptr, length, "string");
            for (int i = 0; i < text.Length; i++)
            {
                block[i] = (byte)text[i];
            }
            return (ptr, length);
        }

        // store_string_to_utf8: optimistic one byte per code unit, then worst case, then shrink.
        private static (ulong, ulong) ToUtf8(CallContext cx, string text, ulong codeUnits, ulong worstCaseFactor)
        {
            ulong ptr = cx.Allocate(1, codeUnits);
            cx.CheckBounds(ptr, codeUnits, "realloc result");
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c < 0x80)
                {
                    cx.MemorySeam.Memory[(int)ptr + i] = (byte)c;
                    continue;
                }
                ulong worstCase = codeUnits * worstCaseFactor;
                ptr = cx.Reallocate(ptr, codeUnits, 1, worstCase);
                cx.CheckBounds(ptr, worstCase, "realloc result");
                // The ASCII prefix moved with the block; encode the rest after it.
                int tail = Encoding.UTF8.GetBytes(text.AsSpan(i), cx.Slice(ptr + (ulong)i, worstCase - (ulong)i, "string"));
                ulong length = (ulong)(i + tail);
                if (worstCase > length)
                {
                    ptr = cx.Reallocate(ptr, worstCase, 1, length);
                    cx.CheckBounds(ptr, length, "realloc result");
                }
                return (ptr, length);
            }
            return (ptr, codeUnits);
        }

        // store_utf8_to_utf16: worst case two bytes per UTF-8 byte, then shrink.
        private static (ulong, ulong) Utf8ToUtf16(CallContext cx, string text)
        {
            ulong worstCase = 2 * (ulong)Encoding.UTF8.GetByteCount(text);
            ulong ptr = cx.Allocate(2, worstCase);
            cx.CheckBlock(ptr, 2, worstCase);
            ulong length = 2 * (ulong)text.Length;
            WriteUtf16(text, cx.Slice(ptr, length, "string"));
            if (length < worstCase)
            {
                ptr = cx.Reallocate(ptr, worstCase, 2, length);
                cx.CheckBlock(ptr, 2, length);
            }
            return (ptr, (ulong)text.Length);
        }

        // store_string_to_latin1_or_utf16: Latin-1 until the first code point >= 256, then widen in place to UTF-16.
        private static (ulong, ulong) ToLatin1OrUtf16(CallContext cx, string text, ulong codeUnits)
        {
            ulong ptr = cx.Allocate(2, codeUnits);
            cx.CheckBlock(ptr, 2, codeUnits);
            int written = 0;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c < 0x100)
                {
                    cx.MemorySeam.Memory[(int)ptr + written] = (byte)c;
                    written++;
                    continue;
                }
                ulong worstCase = 2 * codeUnits;
                ptr = cx.Reallocate(ptr, codeUnits, 2, worstCase);
                cx.CheckBlock(ptr, 2, worstCase);
                Span<byte> block = cx.Slice(ptr, worstCase, "string");
                for (int j = written - 1; j >= 0; j--)
                {
                    block[2 * j] = block[j];
                    block[2 * j + 1] = 0;
                }
                // Every char before i was one Latin-1 byte, so i == written and the rest starts at byte 2 * i.
                WriteUtf16(text.AsSpan(i), block.Slice(2 * written));
                ulong length = 2 * (ulong)text.Length;
                if (worstCase > length)
                {
                    ptr = cx.Reallocate(ptr, worstCase, 2, length);
                    cx.CheckBlock(ptr, 2, length);
                }
                return (ptr, (ulong)(uint)text.Length | cx.Utf16Tag);
            }
            if ((ulong)written < codeUnits)
            {
                ptr = cx.Reallocate(ptr, codeUnits, 2, (ulong)written);
                cx.CheckBlock(ptr, 2, (ulong)written);
            }
            return (ptr, (ulong)written);
        }

        // store_probably_utf16_to_latin1_or_utf16: copy as UTF-16, then compress to Latin-1 if every char fits.
        private static (ulong, ulong) ProbablyUtf16ToLatin1OrUtf16(CallContext cx, string text)
        {
            ulong byteLength = 2 * (ulong)text.Length;
            ulong ptr = cx.Allocate(2, byteLength);
            cx.CheckBlock(ptr, 2, byteLength);
            Span<byte> block = cx.Slice(ptr, byteLength, "string");
            WriteUtf16(text, block);
            bool fitsLatin1 = true;
            foreach (char c in text)
            {
                fitsLatin1 &= c < 0x100;
            }
            if (!fitsLatin1)
            {
                return (ptr, (ulong)(uint)text.Length | cx.Utf16Tag);
            }
            for (int i = 0; i < text.Length; i++)
            {
                block[i] = block[2 * i];
            }
            ulong latin1Size = (ulong)text.Length;
            ptr = cx.Reallocate(ptr, byteLength, 1, latin1Size);
            cx.CheckBounds(ptr, latin1Size, "realloc result");
            return (ptr, latin1Size);
        }

        private static void WriteUtf16(ReadOnlySpan<char> chars, Span<byte> destination)
        {
            if (BitConverter.IsLittleEndian)
            {
                MemoryMarshal.AsBytes(chars).CopyTo(destination);
                return;
            }
            for (int i = 0; i < chars.Length; i++)
            {
                BinaryPrimitives.WriteUInt16LittleEndian(destination.Slice(2 * i), chars[i]);
            }
        }

        // Component strings are sequences of Unicode scalar values; lowering one is the host's promise, checked here.
        private static void CheckWellFormed(string text)
        {
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                }
                else if (char.IsSurrogate(c))
                {
                    throw new ArgumentException("the string holds an unpaired surrogate at index " + i, nameof(text));
                }
            }
        }

        private static void CheckLatin1(string text)
        {
            foreach (char c in text)
            {
                if (c > 0xff)
                {
                    throw new ArgumentException("a Latin-1 source string holds a character above U+00FF", nameof(text));
                }
            }
        }
    }
}
