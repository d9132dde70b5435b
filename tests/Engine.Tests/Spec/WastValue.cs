using System;
using System.Globalization;

namespace WitSharp.Engine.Tests.Spec;

/// <summary>How a <see cref="WastValue"/> is given in the script.</summary>
public enum WastValueKind
{
    /// <summary>A number: <see cref="WastValue.Bits"/> holds the integer or the float bit pattern.</summary>
    Number,
    /// <summary>Expected result <c>nan:canonical</c>: a NaN with only the top mantissa bit set (either sign).</summary>
    CanonicalNan,
    /// <summary>Expected result <c>nan:arithmetic</c>: a NaN with the top mantissa bit set.</summary>
    ArithmeticNan,
    /// <summary>A null reference (<c>ref.null</c>).</summary>
    Null,
    /// <summary>A host reference <c>ref.extern N</c> (or <c>ref.func N</c>): <see cref="WastValue.Bits"/> holds N.</summary>
    Reference,
    /// <summary>An expected reference given without a value: any non-null reference of the type matches.</summary>
    AnyReference,
    /// <summary>Only the type is given (the expected results of <c>assert_trap</c>): nothing to compare.</summary>
    TypeOnly,
}

/// <summary>One argument or expected result of a spec-script action, as wast2json writes it.</summary>
/// <param name="Type">The wast type name: i32, i64, f32, f64, funcref, externref (v128 is never loaded).</param>
/// <param name="Kind">How the value is given.</param>
/// <param name="Bits">For numbers: the unsigned integer or float bit pattern; for references: the host value.</param>
public readonly record struct WastValue(string Type, WastValueKind Kind, ulong Bits)
{
    /// <summary>Parses wast2json's <c>{"type": ..., "value": ...}</c>.</summary>
    public static WastValue Parse(string type, string? value)
    {
        if (value is null) return new WastValue(type, type is "funcref" or "externref" ? WastValueKind.AnyReference : WastValueKind.TypeOnly, 0);
        switch (value)
        {
            case "nan:canonical": return new WastValue(type, WastValueKind.CanonicalNan, 0);
            case "nan:arithmetic": return new WastValue(type, WastValueKind.ArithmeticNan, 0);
            case "null": return new WastValue(type, WastValueKind.Null, 0);
        }
        ulong bits = ulong.Parse(value, NumberStyles.None, CultureInfo.InvariantCulture);
        return new WastValue(type, type is "funcref" or "externref" ? WastValueKind.Reference : WastValueKind.Number, bits);
    }

    /// <summary>A short form for messages, e.g. <c>i32:42</c> or <c>f32:nan:canonical</c>.</summary>
    public override string ToString() => Kind switch
    {
        WastValueKind.Number => Type switch
        {
            "f32" => $"f32:{BitConverter.Int32BitsToSingle(unchecked((int)Bits)).ToString("R", CultureInfo.InvariantCulture)}(0x{Bits:x8})",
            "f64" => $"f64:{BitConverter.Int64BitsToDouble(unchecked((long)Bits)).ToString("R", CultureInfo.InvariantCulture)}(0x{Bits:x16})",
            _ => $"{Type}:{Bits}",
        },
        WastValueKind.CanonicalNan => $"{Type}:nan:canonical",
        WastValueKind.ArithmeticNan => $"{Type}:nan:arithmetic",
        WastValueKind.Null => $"{Type}:null",
        WastValueKind.Reference => $"{Type}:{Bits}",
        _ => Type,
    };
}
