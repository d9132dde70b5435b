using WitSharp.Engine;

namespace WitSharp.Engine.Execution;

/// <summary>
/// Float-to-integer truncation: the trapping forms (NaN and out-of-range operands trap) and the saturating forms.
/// All operands arrive as double; f32 values widen exactly, so one range check serves both widths.
/// </summary>
internal static class Truncation
{
    public static TrapKind ToI32S(double x, out ulong result)
    {
        result = 0;
        if (double.IsNaN(x)) return TrapKind.InvalidConversionToInteger;
        if (!(x > -2147483649.0 && x < 2147483648.0)) return TrapKind.IntegerOverflow;
        result = (uint)(int)x;
        return TrapKind.None;
    }

    public static TrapKind ToI32U(double x, out ulong result)
    {
        result = 0;
        if (double.IsNaN(x)) return TrapKind.InvalidConversionToInteger;
        if (!(x > -1.0 && x < 4294967296.0)) return TrapKind.IntegerOverflow;
        result = (uint)x;
        return TrapKind.None;
    }

    public static TrapKind ToI64S(double x, out ulong result)
    {
        result = 0;
        if (double.IsNaN(x)) return TrapKind.InvalidConversionToInteger;
        if (!(x >= -9223372036854775808.0 && x < 9223372036854775808.0)) return TrapKind.IntegerOverflow;
        result = (ulong)(long)x;
        return TrapKind.None;
    }

    public static TrapKind ToI64U(double x, out ulong result)
    {
        result = 0;
        if (double.IsNaN(x)) return TrapKind.InvalidConversionToInteger;
        if (!(x > -1.0 && x < 18446744073709551616.0)) return TrapKind.IntegerOverflow;
        result = (ulong)x;
        return TrapKind.None;
    }

    public static ulong SatI32S(double x) =>
        double.IsNaN(x) ? 0 : x <= -2147483648.0 ? 0x8000_0000UL : x >= 2147483647.0 ? 0x7FFF_FFFFUL : (uint)(int)x;

    public static ulong SatI32U(double x) =>
        double.IsNaN(x) || x <= 0 ? 0 : x >= 4294967295.0 ? 0xFFFF_FFFFUL : (uint)x;

    public static ulong SatI64S(double x) =>
        double.IsNaN(x) ? 0 : x <= -9223372036854775808.0 ? 0x8000_0000_0000_0000UL
        : x >= 9223372036854775808.0 ? 0x7FFF_FFFF_FFFF_FFFFUL : (ulong)(long)x;

    public static ulong SatI64U(double x) =>
        double.IsNaN(x) || x <= 0 ? 0 : x >= 18446744073709551616.0 ? ulong.MaxValue : (ulong)x;
}
