using System;
using System.Buffers;
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
            if (cx.Options.StringEncoding == StringEncoding.Utf8 && Ascii.IsValid(text))
            {
                return AsciiToUtf8(cx, text);
            }
            ulong utf8Length = CheckedUtf8Length(text);
            if (source == StringSourceEncoding.Host)
            {
                return ExactlyOnce(cx, text, utf8Length);
            }
            if (source == StringSourceEncoding.Latin1)
            {
                CheckLatin1(text);
            }
            switch (cx.Options.StringEncoding)
            {
                case StringEncoding.Utf8:
                    return source switch
                    {
                        StringSourceEncoding.Utf8 => CopyUtf8(cx, text, utf8Length),
                        StringSourceEncoding.Latin1 => ToUtf8(cx, text, (ulong)text.Length, 2),
                        _ => ToUtf8(cx, text, (ulong)text.Length, 3),
                    };
                case StringEncoding.Utf16:
                    return source == StringSourceEncoding.Utf8 ? Utf8ToUtf16(cx, text, utf8Length) : CopyUtf16(cx, text);
                default:
                    return source switch
                    {
                        StringSourceEncoding.Utf8 => ToLatin1OrUtf16(cx, text, utf8Length),
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

        // ASCII into UTF-8, from any source encoding: the spec's first block of n bytes is the whole string (the common
        // case for short strings, so it skips the general dispatch).
        private static (ulong, ulong) AsciiToUtf8(CallContext cx, string text)
        {
            ulong length = (ulong)text.Length;
            ulong ptr = cx.Allocate(1, length);
            Ascii.FromUtf16(text, cx.Slice(ptr, length, "realloc result"), out _);
            return (ptr, length);
        }

        // A host string: the exact size in the target encoding is known, so one allocation and no reallocation.
        private static (ulong, ulong) ExactlyOnce(CallContext cx, string text, ulong utf8Length)
        {
            switch (cx.Options.StringEncoding)
            {
                case StringEncoding.Utf8:
                    return CopyUtf8(cx, text, utf8Length);
                case StringEncoding.Utf16:
                    return CopyUtf16(cx, text);
                default:
                    if (PrefixBelow(text, (char)0x100) == text.Length) return CopyLatin1(cx, text);
                    (ulong ptr, ulong units) = CopyUtf16(cx, text);
                    return (ptr, units | cx.Utf16Tag);
            }
        }

        // The three store_string_copy cases: one exact allocation, encoded straight into guest memory.
        private static (ulong, ulong) CopyUtf8(CallContext cx, string text, ulong length)
        {
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
            Encoding.Latin1.GetBytes(text, cx.Slice(ptr, length, "string"));
            return (ptr, length);
        }

        // store_string_to_utf8: optimistic one byte per code unit, then worst case, then shrink. The spec's
        // per-character loop stores the ASCII prefix byte by byte; narrowing it in one call writes the same bytes.
        private static (ulong, ulong) ToUtf8(CallContext cx, string text, ulong codeUnits, ulong worstCaseFactor)
        {
            ulong ptr = cx.Allocate(1, codeUnits);
            Span<byte> block = cx.Slice(ptr, codeUnits, "realloc result");
            // Stops at the first non-ASCII char, so i is the prefix the spec's loop stores before reallocating.
            if (Ascii.FromUtf16(text, block, out int i) != OperationStatus.Done)
            {
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

        // The length of the longest prefix of chars below limit (which is 0x80 or 0x100).
        private static int PrefixBelow(ReadOnlySpan<char> text, char limit)
        {
            int first = text.IndexOfAnyExceptInRange('\0', (char)(limit - 1));
            return first < 0 ? text.Length : first;
        }

        // store_utf8_to_utf16: worst case two bytes per UTF-8 byte, then shrink.
        private static (ulong, ulong) Utf8ToUtf16(CallContext cx, string text, ulong utf8Length)
        {
            ulong worstCase = 2 * utf8Length;
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
            int written = PrefixBelow(text, (char)0x100);
            Encoding.Latin1.GetBytes(text.AsSpan(0, written), cx.Slice(ptr, (ulong)written, "string"));
            if (written < text.Length)
            {
                ulong worstCase = 2 * codeUnits;
                ptr = cx.Reallocate(ptr, codeUnits, 2, worstCase);
                cx.CheckBlock(ptr, 2, worstCase);
                // The spec widens the Latin-1 prefix that realloc carried over; that is the prefix's UTF-16 form, so the whole text is written as UTF-16.
                WriteUtf16(text, cx.Slice(ptr, worstCase, "string"));
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
            if (PrefixBelow(text, (char)0x100) < text.Length)
            {
                return (ptr, (ulong)(uint)text.Length | cx.Utf16Tag);
            }
            // Compressing the block in place yields the text's Latin-1 bytes, so they are encoded from the text.
            Encoding.Latin1.GetBytes(text, block);
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

        // Component strings are sequences of Unicode scalar values; lowering one is the host's promise, checked here
        // before any realloc. The strict encoder's vectorised count is that check, and its result is the UTF-8 length.
        private static ulong CheckedUtf8Length(string text)
        {
            // ASCII (the common case, and cheaper to recognise) has no surrogates and one byte per char.
            if (Ascii.IsValid(text))
            {
                return (ulong)text.Length;
            }
            try
            {
                return (ulong)StrictUtf8.GetByteCount(text);
            }
            catch (EncoderFallbackException)
            {
                throw new ArgumentException("the string holds an unpaired surrogate at index " + FirstUnpairedSurrogate(text), nameof(text));
            }
        }

        private static int FirstUnpairedSurrogate(string text)
        {
            for (int i = 0; i < text.Length; i++)
            {
                if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                }
                else if (char.IsSurrogate(text[i]))
                {
                    return i;
                }
            }
            return -1;
        }

        private static void CheckLatin1(string text)
        {
            if (PrefixBelow(text, (char)0x100) < text.Length)
            {
                throw new ArgumentException("a Latin-1 source string holds a character above U+00FF", nameof(text));
            }
        }
    }
}
