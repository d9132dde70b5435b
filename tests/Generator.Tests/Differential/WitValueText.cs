using System.Globalization;
using System.Text;
using WitSharp.Runtime;

namespace WitSharp.Generator.Tests.Differential;

/// <summary>A canonical text of a dynamic value under its type, so two values compare as strings (NaNs as one NaN).</summary>
public static class WitValueText
{
    /// <summary>The text of <paramref name="value"/>.</summary>
    public static string Render(WitValue value, CanonicalType type)
    {
        var sb = new StringBuilder();
        Append(sb, value, type);
        return sb.ToString();
    }

    private static void Append(StringBuilder sb, WitValue value, CanonicalType type)
    {
        switch (type.Kind)
        {
            case CanonicalTypeKind.Bool: sb.Append(value.AsBool ? "true" : "false"); return;
            case CanonicalTypeKind.S8: sb.Append((sbyte)value.Bits); return;
            case CanonicalTypeKind.U8: sb.Append((byte)value.Bits); return;
            case CanonicalTypeKind.S16: sb.Append((short)value.Bits); return;
            case CanonicalTypeKind.U16: sb.Append((ushort)value.Bits); return;
            case CanonicalTypeKind.S32: sb.Append((int)value.Bits); return;
            case CanonicalTypeKind.U32: sb.Append((uint)value.Bits); return;
            case CanonicalTypeKind.S64: sb.Append((long)value.Bits); return;
            case CanonicalTypeKind.U64: sb.Append(value.Bits); return;
            case CanonicalTypeKind.F32: sb.Append(float.IsNaN(value.AsSingle) ? "NaN" : ((uint)value.Bits).ToString("x8", CultureInfo.InvariantCulture)); return;
            case CanonicalTypeKind.F64: sb.Append(double.IsNaN(value.AsDouble) ? "NaN" : value.Bits.ToString("x16", CultureInfo.InvariantCulture)); return;
            case CanonicalTypeKind.Char: sb.Append("U+").Append(((uint)value.Bits).ToString("x", CultureInfo.InvariantCulture)); return;
            case CanonicalTypeKind.String: sb.Append('"').Append(value.Text).Append('"'); return;
            case CanonicalTypeKind.Flags: sb.Append("flags:").Append(value.Bits); return;
            case CanonicalTypeKind.List:
            case CanonicalTypeKind.FixedList:
                sb.Append('[');
                for (int i = 0; i < value.Items.Count; i++)
                {
                    if (i > 0) sb.Append(", ");
                    Append(sb, value.Items[i], type.Element!);
                }
                sb.Append(']');
                return;
            case CanonicalTypeKind.Record:
            case CanonicalTypeKind.Tuple:
                sb.Append('(');
                for (int i = 0; i < type.Fields.Count; i++)
                {
                    if (i > 0) sb.Append(", ");
                    Append(sb, value.Items[i], type.Fields[i]);
                }
                sb.Append(')');
                return;
            default:
                sb.Append(type.Labels[value.Case]);
                if (type.Cases[value.Case] is { } payload)
                {
                    sb.Append('(');
                    Append(sb, value.Payload!, payload);
                    sb.Append(')');
                }
                return;
        }
    }
}
