using System;
using System.Collections.Generic;
using WitSharp.WitParser.Abi;

namespace WitSharp.Runtime
{
    /// <summary>The shape of a <see cref="CanonicalType"/>, after aliases are followed.</summary>
    public enum CanonicalTypeKind : byte
    {
        /// <summary><c>bool</c></summary>
        Bool,
        /// <summary><c>s8</c></summary>
        S8,
        /// <summary><c>u8</c></summary>
        U8,
        /// <summary><c>s16</c></summary>
        S16,
        /// <summary><c>u16</c></summary>
        U16,
        /// <summary><c>s32</c></summary>
        S32,
        /// <summary><c>u32</c></summary>
        U32,
        /// <summary><c>s64</c></summary>
        S64,
        /// <summary><c>u64</c></summary>
        U64,
        /// <summary><c>f32</c></summary>
        F32,
        /// <summary><c>f64</c></summary>
        F64,
        /// <summary><c>char</c></summary>
        Char,
        /// <summary><c>string</c></summary>
        String,
        /// <summary><c>list&lt;T&gt;</c> (and <c>map&lt;K, V&gt;</c>, a list of key/value tuples).</summary>
        List,
        /// <summary><c>list&lt;T, N&gt;</c></summary>
        FixedList,
        /// <summary><c>record</c></summary>
        Record,
        /// <summary><c>tuple</c></summary>
        Tuple,
        /// <summary><c>variant</c></summary>
        Variant,
        /// <summary><c>enum</c></summary>
        Enum,
        /// <summary><c>option&lt;T&gt;</c>: cases <c>none</c>, <c>some</c>.</summary>
        Option,
        /// <summary><c>result&lt;T, E&gt;</c>: cases <c>ok</c>, <c>error</c>.</summary>
        Result,
        /// <summary><c>flags</c></summary>
        Flags,
        /// <summary><c>own&lt;R&gt;</c></summary>
        Own,
        /// <summary><c>borrow&lt;R&gt;</c></summary>
        Borrow,
    }

    /// <summary>
    /// A type descriptor for the dynamic Canonical ABI path: the type's shape, its parts and its
    /// <see cref="TypeLayout"/> from the layout stage. Build one with <see cref="CanonicalTypeBuilder"/>. Immutable.
    /// </summary>
    public sealed class CanonicalType
    {
        private static readonly CanonicalType[] NoTypes = Array.Empty<CanonicalType>();
        private static readonly string[] NoNames = Array.Empty<string>();

        internal CanonicalType(CanonicalTypeKind kind, TypeLayout layout)
        {
            Kind = kind;
            Layout = layout;
        }

        /// <summary>The shape.</summary>
        public CanonicalTypeKind Kind { get; }

        /// <summary>Size, alignment, flat types and part offsets.</summary>
        public TypeLayout Layout { get; }

        /// <summary>The element type of a list or fixed-length list.</summary>
        public CanonicalType? Element { get; internal init; }

        /// <summary>The length of a fixed-length list.</summary>
        public int FixedLength { get; internal init; }

        /// <summary>Record and tuple fields, in order.</summary>
        public IReadOnlyList<CanonicalType> Fields { get; internal init; } = NoTypes;

        /// <summary>
        /// Variant-like cases, in order (option: none, some; result: ok, error). An entry is null for a case without payload.
        /// </summary>
        public IReadOnlyList<CanonicalType?> Cases { get; internal init; } = NoTypes;

        /// <summary>Record field labels, case labels, or flag labels.</summary>
        public IReadOnlyList<string> Labels { get; internal init; } = NoNames;

        /// <summary>For own and borrow handles, the resource type's identity (its type definition index).</summary>
        public int ResourceType { get; internal init; } = -1;

        /// <summary>True for variant, enum, option and result, which all store a discriminant and a payload.</summary>
        public bool IsVariantLike =>
            Kind == CanonicalTypeKind.Variant || Kind == CanonicalTypeKind.Enum || Kind == CanonicalTypeKind.Option || Kind == CanonicalTypeKind.Result;
    }
}
