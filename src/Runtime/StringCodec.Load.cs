using System;
using System.Text;

namespace WitSharp.Runtime
{
    public static partial class StringCodec
    {
        /// <summary>The longest string, in bytes, that may be lifted: <c>2^28 - 1</c>.</summary>
        public const ulong MaxStringByteLength = (1 << 28) - 1;

        private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, true);
        private static readonly Encoding StrictUtf16 = new UnicodeEncoding(false, false, true);

        /// <summary><c>load_string</c>: reads (ptr, tagged code units) at <paramref name="ptr"/> and lifts the string.</summary>
        public static WitValue Load(CallContext cx, ulong ptr)
        {
            ulong begin = cx.LoadPointer(ptr);
            ulong units = cx.LoadPointer(ptr + (ulong)cx.PointerSize);
            return LoadFromRange(cx, begin, units);
        }

        /// <summary>
        /// <c>load_string_from_range</c>: checks the length limit, alignment and bounds (in that order), then decodes,
        /// trapping on invalid UTF-8 or unpaired surrogates.
        /// </summary>
        public static WitValue LoadFromRange(CallContext cx, ulong ptr, ulong taggedCodeUnits)
        {
            string text = Lift(cx, ptr, taggedCodeUnits, out StringSourceEncoding form);
            return WitValue.String(text, form);
        }

        /// <summary>
        /// Lifts the string at (<paramref name="ptr"/>, <paramref name="taggedCodeUnits"/>) as a .NET string, with the same
        /// checks as <see cref="LoadFromRange"/>; <paramref name="form"/> says which encoding memory held.
        /// </summary>
        public static string Lift(CallContext cx, ulong ptr, ulong taggedCodeUnits, out StringSourceEncoding form)
        {
            if (cx.Options.StringEncoding == StringEncoding.Utf8 && taggedCodeUnits <= MaxStringByteLength)
            {
                // The common case without the general dispatch (UTF-8 needs no alignment check); ASCII is recognised and
                // widened faster than the strict decoder handles it, short strings most.
                form = StringSourceEncoding.Utf8;
                ReadOnlySpan<byte> utf8 = cx.Slice(ptr, taggedCodeUnits, "string");
                return Ascii.IsValid(utf8) ? Encoding.Latin1.GetString(utf8) : Decode(utf8, form);
            }
            int alignment;
            ulong byteLength;
            switch (cx.Options.StringEncoding)
            {
                case StringEncoding.Utf8:
                    (alignment, byteLength, form) = (1, taggedCodeUnits, StringSourceEncoding.Utf8);
                    break;
                case StringEncoding.Utf16:
                    (alignment, byteLength, form) = (2, Double(taggedCodeUnits), StringSourceEncoding.Utf16);
                    break;
                default:
                    bool utf16 = (taggedCodeUnits & cx.Utf16Tag) != 0;
                    alignment = 2;
                    byteLength = utf16 ? Double(taggedCodeUnits ^ cx.Utf16Tag) : taggedCodeUnits;
                    form = utf16 ? StringSourceEncoding.TaggedUtf16 : StringSourceEncoding.Latin1;
                    break;
            }
            if (byteLength > MaxStringByteLength)
            {
                throw new CanonicalAbiTrapException("string of " + byteLength + " bytes exceeds the 2^28-1 byte limit");
            }
            CallContext.CheckAlignment(ptr, alignment, "string");
            ReadOnlySpan<byte> bytes = cx.Slice(ptr, byteLength, "string");
            return Decode(bytes, form);
        }

        // Saturating, so a huge 64-bit length still fails the limit check instead of wrapping.
        private static ulong Double(ulong units) => units > ulong.MaxValue / 2 ? ulong.MaxValue : units * 2;

        private static string Decode(ReadOnlySpan<byte> bytes, StringSourceEncoding form)
        {
            try
            {
                switch (form)
                {
                    case StringSourceEncoding.Utf8:
                        return StrictUtf8.GetString(bytes);
                    case StringSourceEncoding.Latin1:
                        return Encoding.Latin1.GetString(bytes);
                    default:
                        return StrictUtf16.GetString(bytes);
                }
            }
            catch (DecoderFallbackException)
            {
                throw new CanonicalAbiTrapException(form == StringSourceEncoding.Utf8 ? "string is not valid UTF-8" : "string is not valid UTF-16 (unpaired surrogate)");
            }
        }
    }
}
