namespace WitSharp.Components.Model;

/// <summary>The primitive value types (<c>primvaltype</c>); each value is its binary opcode.</summary>
public enum PrimitiveValueType : byte
{
    /// <summary><c>bool</c>.</summary>
    Bool = 0x7f,
    /// <summary><c>s8</c>.</summary>
    S8 = 0x7e,
    /// <summary><c>u8</c>.</summary>
    U8 = 0x7d,
    /// <summary><c>s16</c>.</summary>
    S16 = 0x7c,
    /// <summary><c>u16</c>.</summary>
    U16 = 0x7b,
    /// <summary><c>s32</c>.</summary>
    S32 = 0x7a,
    /// <summary><c>u32</c>.</summary>
    U32 = 0x79,
    /// <summary><c>s64</c>.</summary>
    S64 = 0x78,
    /// <summary><c>u64</c>.</summary>
    U64 = 0x77,
    /// <summary><c>f32</c>.</summary>
    F32 = 0x76,
    /// <summary><c>f64</c>.</summary>
    F64 = 0x75,
    /// <summary><c>char</c>.</summary>
    Char = 0x74,
    /// <summary><c>string</c>.</summary>
    String = 0x73,
    /// <summary><c>error-context</c> (📝 async).</summary>
    ErrorContext = 0x64,
}

/// <summary>Helpers over <see cref="PrimitiveValueType"/>.</summary>
public static class PrimitiveValueTypeExtensions
{
    /// <summary>True when <paramref name="opcode"/> encodes a primitive value type.</summary>
    public static bool IsPrimitiveOpcode(byte opcode) => (opcode >= 0x73 && opcode <= 0x7f) || opcode == 0x64;

    /// <summary>The type as WIT spells it.</summary>
    public static string ToWit(this PrimitiveValueType type) => type switch
    {
        PrimitiveValueType.Bool => "bool",
        PrimitiveValueType.S8 => "s8",
        PrimitiveValueType.U8 => "u8",
        PrimitiveValueType.S16 => "s16",
        PrimitiveValueType.U16 => "u16",
        PrimitiveValueType.S32 => "s32",
        PrimitiveValueType.U32 => "u32",
        PrimitiveValueType.S64 => "s64",
        PrimitiveValueType.U64 => "u64",
        PrimitiveValueType.F32 => "f32",
        PrimitiveValueType.F64 => "f64",
        PrimitiveValueType.Char => "char",
        PrimitiveValueType.String => "string",
        _ => "error-context",
    };
}
