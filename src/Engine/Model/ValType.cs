namespace WitSharp.Engine.Model;

/// <summary>A WebAssembly value type (spec: <c>valtype</c>; named so to avoid clashing with <see cref="System.ValueType"/>); each member's value is its binary encoding.</summary>
public enum ValType : byte
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

/// <summary>Helpers for <see cref="ValType"/>.</summary>
public static class ValTypeExtensions
{
    /// <summary>True for <see cref="ValType.FuncRef"/> and <see cref="ValType.ExternRef"/>.</summary>
    public static bool IsReference(this ValType type) => type == ValType.FuncRef || type == ValType.ExternRef;

    /// <summary>True for the integer and float types.</summary>
    public static bool IsNumeric(this ValType type) => type is ValType.I32 or ValType.I64 or ValType.F32 or ValType.F64;

    /// <summary>The text-format name (<c>i32</c>, <c>funcref</c>, ...).</summary>
    public static string ToWatName(this ValType type) => type switch
    {
        ValType.I32 => "i32",
        ValType.I64 => "i64",
        ValType.F32 => "f32",
        ValType.F64 => "f64",
        ValType.V128 => "v128",
        ValType.FuncRef => "funcref",
        ValType.ExternRef => "externref",
        _ => "0x" + ((byte)type).ToString("x2"),
    };
}
