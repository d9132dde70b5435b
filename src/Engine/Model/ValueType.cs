namespace WitSharp.Engine.Model;

/// <summary>A WebAssembly value type; each member's value is its binary encoding.</summary>
public enum ValueType : byte
{
    /// <summary>32-bit integer.</summary>
    I32 = 0x7F,
    /// <summary>64-bit integer.</summary>
    I64 = 0x7E,
    /// <summary>32-bit IEEE 754 float.</summary>
    F32 = 0x7D,
    /// <summary>64-bit IEEE 754 float.</summary>
    F64 = 0x7C,
    /// <summary>128-bit vector (SIMD). Named for completeness: the decoder refuses it as unsupported.</summary>
    V128 = 0x7B,
    /// <summary>Nullable reference to a function.</summary>
    FuncRef = 0x70,
    /// <summary>Nullable reference to a host value.</summary>
    ExternRef = 0x6F,
}

/// <summary>Helpers for <see cref="ValueType"/>.</summary>
public static class ValueTypeExtensions
{
    /// <summary>True for <see cref="ValueType.FuncRef"/> and <see cref="ValueType.ExternRef"/>.</summary>
    public static bool IsReference(this ValueType type) => type == ValueType.FuncRef || type == ValueType.ExternRef;

    /// <summary>True for the integer and float types.</summary>
    public static bool IsNumeric(this ValueType type) => type is ValueType.I32 or ValueType.I64 or ValueType.F32 or ValueType.F64;

    /// <summary>The text-format name (<c>i32</c>, <c>funcref</c>, ...).</summary>
    public static string ToWatName(this ValueType type) => type switch
    {
        ValueType.I32 => "i32",
        ValueType.I64 => "i64",
        ValueType.F32 => "f32",
        ValueType.F64 => "f64",
        ValueType.V128 => "v128",
        ValueType.FuncRef => "funcref",
        ValueType.ExternRef => "externref",
        _ => "0x" + ((byte)type).ToString("x2"),
    };
}
