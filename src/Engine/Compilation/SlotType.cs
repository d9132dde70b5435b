using System;
using WitSharp.Engine.Execution;
using WitSharp.Engine.Model;

namespace WitSharp.Engine.Compilation;

/// <summary>
/// The CLR type a value has in compiled code: i32 is an <see cref="int"/>, i64 a <see cref="long"/>, f32 a
/// <see cref="float"/>, f64 a <see cref="double"/>; references are their handle bits in a <see cref="long"/>.
/// The interpreter keeps every value as raw <c>ulong</c> bits; compiled code converts only where it meets them
/// (the value stack, globals, runtime helpers), so arithmetic runs on native types with no bit casts.
/// </summary>
internal enum SlotType : byte
{
    I32,
    I64,
    F32,
    F64,
}

/// <summary>Type facts of the IR's instructions, read off the opcode names (<c>F64ConvertI32S</c>: an i32 in, an f64 out).</summary>
internal static class SlotTypes
{
    /// <summary>How many <see cref="SlotType"/>s there are (a slot has at most one CIL local of each).</summary>
    public const int Count = 4;

    private static readonly (SlotType Result, SlotType Argument)[] Numerics = BuildNumerics();

    /// <summary>The slot type of a wasm value type (references are handle bits).</summary>
    public static SlotType Of(ValType type) => type switch
    {
        ValType.I32 => SlotType.I32,
        ValType.F32 => SlotType.F32,
        ValType.F64 => SlotType.F64,
        _ => SlotType.I64,
    };

    /// <summary>The CLR type of <paramref name="type"/>.</summary>
    public static Type Clr(SlotType type) => type switch
    {
        SlotType.I32 => typeof(int),
        SlotType.I64 => typeof(long),
        SlotType.F32 => typeof(float),
        _ => typeof(double),
    };

    /// <summary>The result and operand type of a numeric opcode (0x45..0xC4 and the saturating truncations).</summary>
    public static (SlotType Result, SlotType Argument) Numeric(Op op) => Numerics[(int)op];

    /// <summary>The type a load produces or a store consumes (the opcode's prefix).</summary>
    public static SlotType Prefix(Op op) => Parse(op.ToString(), 0);

    private static (SlotType, SlotType)[] BuildNumerics()
    {
        var table = new (SlotType, SlotType)[(int)Op.I64TruncSatF64U + 1];
        for (int code = 0x45; code < table.Length; code++)
        {
            string name = ((Op)code).ToString();
            if (name == code.ToString(System.Globalization.CultureInfo.InvariantCulture)) continue;
            SlotType prefix = Parse(name, 0);
            // A conversion names its operand type after the operation (I32WrapI64, F64ConvertI32S); others take the prefix.
            SlotType argument = prefix;
            for (int i = 3; i + 3 <= name.Length; i++)
                if (IsTypeName(name, i)) { argument = Parse(name, i); break; }
            string operation = name.Substring(3);
            bool compare = operation is "Eqz" or "Eq" or "Ne" or "Lt" or "Gt" or "Le" or "Ge"
                || (operation.Length == 3 && operation[..2] is "Lt" or "Gt" or "Le" or "Ge" && operation[2] is 'S' or 'U');
            table[code] = (compare ? SlotType.I32 : prefix, argument);
        }
        return table;
    }

    private static bool IsTypeName(string name, int at) =>
        (name[at] == 'I' || name[at] == 'F') && (name.AsSpan(at + 1, 2) is "32" or "64");

    private static SlotType Parse(string name, int at) => name.Substring(at, 3) switch
    {
        "I32" => SlotType.I32,
        "I64" => SlotType.I64,
        "F32" => SlotType.F32,
        "F64" => SlotType.F64,
        _ => throw new InvalidOperationException($"internal error: '{name}' names no value type at {at}"),
    };
}
