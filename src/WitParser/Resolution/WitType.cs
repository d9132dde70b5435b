using System;

namespace WitSharp.WitParser.Resolution
{
    /// <summary>The built-in WIT types, plus <see cref="Id"/> for a reference into <see cref="WitResolve.Types"/>.</summary>
    public enum WitTypeKind
    {
        /// <summary><c>bool</c></summary>
        Bool,
        /// <summary><c>u8</c></summary>
        U8,
        /// <summary><c>u16</c></summary>
        U16,
        /// <summary><c>u32</c></summary>
        U32,
        /// <summary><c>u64</c></summary>
        U64,
        /// <summary><c>s8</c></summary>
        S8,
        /// <summary><c>s16</c></summary>
        S16,
        /// <summary><c>s32</c></summary>
        S32,
        /// <summary><c>s64</c></summary>
        S64,
        /// <summary><c>f32</c></summary>
        F32,
        /// <summary><c>f64</c></summary>
        F64,
        /// <summary><c>char</c></summary>
        Char,
        /// <summary><c>string</c></summary>
        String,
        /// <summary><c>error-context</c></summary>
        ErrorContext,
        /// <summary>A type definition, by index.</summary>
        Id,
    }

    /// <summary>A use of a type: a primitive, or the index of a <see cref="WitTypeDef"/>.</summary>
    public readonly struct WitType : IEquatable<WitType>
    {
        private WitType(WitTypeKind kind, int id)
        {
            Kind = kind;
            TypeId = id;
        }

        /// <summary>Which primitive, or <see cref="WitTypeKind.Id"/>.</summary>
        public WitTypeKind Kind { get; }

        /// <summary>The type definition index when <see cref="Kind"/> is <see cref="WitTypeKind.Id"/>, else -1.</summary>
        public int TypeId { get; }

        /// <summary>True for a reference to a type definition.</summary>
        public bool IsId => Kind == WitTypeKind.Id;

        /// <summary>A primitive type.</summary>
        public static WitType Primitive(WitTypeKind kind) =>
            kind == WitTypeKind.Id ? throw new ArgumentException("use FromId", nameof(kind)) : new WitType(kind, -1);

        /// <summary>A reference to type definition <paramref name="id"/>.</summary>
        public static WitType FromId(int id) => new WitType(WitTypeKind.Id, id);

        /// <summary>The WIT spelling of a primitive (<c>u32</c>, <c>error-context</c>); null for ids.</summary>
        public string? PrimitiveName => Kind switch
        {
            WitTypeKind.Bool => "bool",
            WitTypeKind.U8 => "u8",
            WitTypeKind.U16 => "u16",
            WitTypeKind.U32 => "u32",
            WitTypeKind.U64 => "u64",
            WitTypeKind.S8 => "s8",
            WitTypeKind.S16 => "s16",
            WitTypeKind.S32 => "s32",
            WitTypeKind.S64 => "s64",
            WitTypeKind.F32 => "f32",
            WitTypeKind.F64 => "f64",
            WitTypeKind.Char => "char",
            WitTypeKind.String => "string",
            WitTypeKind.ErrorContext => "error-context",
            _ => null,
        };

        /// <inheritdoc />
        public bool Equals(WitType other) => Kind == other.Kind && TypeId == other.TypeId;

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is WitType t && Equals(t);

        /// <inheritdoc />
        public override int GetHashCode() => ((int)Kind * 397) ^ TypeId;

        /// <inheritdoc />
        public override string ToString() => PrimitiveName ?? "#" + TypeId;
    }
}
