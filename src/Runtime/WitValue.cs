using System;
using System.Collections.Generic;

namespace WitSharp.Runtime
{
    /// <summary>
    /// A dynamically typed component value, interpreted against a <see cref="CanonicalType"/>.
    /// Scalars keep their raw bits (integers as two's complement, floats as IEEE bits, chars as code points,
    /// enum and variant cases as indices, flags as a bit mask, handles as the resource rep). Immutable.
    /// </summary>
    public sealed class WitValue
    {
        private static readonly WitValue[] NoItems = Array.Empty<WitValue>();

        private WitValue(ulong bits, string? text = null, StringSourceEncoding encoding = StringSourceEncoding.Utf16, IReadOnlyList<WitValue>? items = null, WitValue? payload = null)
        {
            Bits = bits;
            Text = text;
            SourceEncoding = encoding;
            Items = items ?? NoItems;
            Payload = payload;
        }

        /// <summary>The raw bits of a scalar; the case index of a variant, enum, option (1 = some) or result (1 = error).</summary>
        public ulong Bits { get; }

        /// <summary>The text of a string value.</summary>
        public string? Text { get; }

        /// <summary>Where a string came from; decides the transcoding when it is lowered (see <see cref="StringSourceEncoding"/>).</summary>
        public StringSourceEncoding SourceEncoding { get; }

        /// <summary>List elements, or record or tuple fields in order.</summary>
        public IReadOnlyList<WitValue> Items { get; }

        /// <summary>The payload of a variant-like case, or null.</summary>
        public WitValue? Payload { get; }

        /// <summary>The case index of a variant-like value.</summary>
        public int Case => (int)Bits;

        /// <summary>A bool.</summary>
        public bool AsBool => Bits != 0;

        /// <summary>A signed integer, sign-extended from its stored bits.</summary>
        public long AsInt64 => (long)Bits;

        /// <summary>An f32.</summary>
        public float AsSingle => BitConverter.UInt32BitsToSingle((uint)Bits);

        /// <summary>An f64.</summary>
        public double AsDouble => BitConverter.UInt64BitsToDouble(Bits);

        /// <summary><c>bool</c></summary>
        public static WitValue Bool(bool value) => new WitValue(value ? 1UL : 0UL);

        /// <summary>Any unsigned integer type, from its value.</summary>
        public static WitValue Unsigned(ulong value) => new WitValue(value);

        /// <summary>Any signed integer type, from its value.</summary>
        public static WitValue Signed(long value) => new WitValue((ulong)value);

        /// <summary><c>f32</c> from its bit pattern.</summary>
        public static WitValue F32Bits(uint bits) => new WitValue(bits);

        /// <summary><c>f64</c> from its bit pattern.</summary>
        public static WitValue F64Bits(ulong bits) => new WitValue(bits);

        /// <summary><c>f32</c></summary>
        public static WitValue F32(float value) => F32Bits(BitConverter.SingleToUInt32Bits(value));

        /// <summary><c>f64</c></summary>
        public static WitValue F64(double value) => F64Bits(BitConverter.DoubleToUInt64Bits(value));

        /// <summary><c>char</c> from a Unicode scalar value.</summary>
        public static WitValue Char(int codePoint) => new WitValue((uint)codePoint);

        /// <summary><c>string</c>, with where it came from (a host string is UTF-16).</summary>
        public static WitValue String(string text, StringSourceEncoding source = StringSourceEncoding.Utf16) =>
            new WitValue(0, text ?? throw new ArgumentNullException(nameof(text)), source);

        /// <summary>A list, fixed-length list, record or tuple, from its elements or fields in order.</summary>
        public static WitValue Sequence(IReadOnlyList<WitValue> items) => new WitValue(0, items: items);

        /// <summary>A variant, enum, option or result case with an optional payload.</summary>
        public static WitValue Variant(int caseIndex, WitValue? payload = null) => new WitValue((uint)caseIndex, payload: payload);

        /// <summary><c>flags</c> from a bit mask (label i is bit i).</summary>
        public static WitValue Flags(uint mask) => new WitValue(mask);

        /// <summary>An own or borrow handle, by the resource's rep.</summary>
        public static WitValue Handle(uint rep) => new WitValue(rep);
    }
}
