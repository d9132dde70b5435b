using System;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using WitSharp.Runtime;

namespace WitSharp.Components.Corpus.Tests.Values;

/// <summary>
/// Prints a <see cref="WitValue"/> of a known <see cref="CanonicalType"/> in a WAVE-like text (<c>{x: 1, y: some(2)}</c>),
/// the form both harnesses write into their traces, so two runtimes agree exactly when their texts do.
/// </summary>
public static class ValueText
{
    /// <summary>The text of <paramref name="value"/>.</summary>
    public static string Format(WitValue value, CanonicalType type)
    {
        var text = new StringBuilder();
        Append(text, value, type);
        return text.ToString();
    }

    private static void Append(StringBuilder text, WitValue value, CanonicalType type)
    {
        switch (type.Kind)
        {
            case CanonicalTypeKind.Bool: text.Append(value.AsBool ? "true" : "false"); break;
            case CanonicalTypeKind.S8: text.Append((sbyte)value.Bits); break;
            case CanonicalTypeKind.S16: text.Append((short)value.Bits); break;
            case CanonicalTypeKind.S32: text.Append((int)value.Bits); break;
            case CanonicalTypeKind.S64: text.Append((long)value.Bits); break;
            case CanonicalTypeKind.U8: text.Append((byte)value.Bits); break;
            case CanonicalTypeKind.U16: text.Append((ushort)value.Bits); break;
            case CanonicalTypeKind.U32: text.Append((uint)value.Bits); break;
            case CanonicalTypeKind.U64: text.Append(value.Bits); break;
            case CanonicalTypeKind.F32: text.Append(Float(value.AsSingle)); break;
            case CanonicalTypeKind.F64: text.Append(Float(value.AsDouble)); break;
            case CanonicalTypeKind.Char: text.Append("'U+").Append(((uint)value.Bits).ToString("X4", CultureInfo.InvariantCulture)).Append('\''); break;
            case CanonicalTypeKind.String: text.Append(JsonSerializer.Serialize(value.Text)); break;
            case CanonicalTypeKind.List:
            case CanonicalTypeKind.FixedList:
                text.Append('[');
                for (int i = 0; i < value.Items.Count; i++)
                {
                    if (i > 0) text.Append(", ");
                    Append(text, value.Items[i], type.Element!);
                }
                text.Append(']');
                break;
            case CanonicalTypeKind.Tuple:
                text.Append('(');
                for (int i = 0; i < type.Fields.Count; i++)
                {
                    if (i > 0) text.Append(", ");
                    Append(text, value.Items[i], type.Fields[i]);
                }
                text.Append(')');
                break;
            case CanonicalTypeKind.Record:
                text.Append('{');
                for (int i = 0; i < type.Fields.Count; i++)
                {
                    if (i > 0) text.Append(", ");
                    text.Append(type.Labels[i]).Append(": ");
                    Append(text, value.Items[i], type.Fields[i]);
                }
                text.Append('}');
                break;
            case CanonicalTypeKind.Variant:
            case CanonicalTypeKind.Enum:
            case CanonicalTypeKind.Option:
            case CanonicalTypeKind.Result:
                text.Append(CaseName(type, value.Case));
                if (value.Payload is WitValue payload && type.Cases[value.Case] is CanonicalType payloadType)
                {
                    text.Append('(');
                    Append(text, payload, payloadType);
                    text.Append(')');
                }
                break;
            case CanonicalTypeKind.Flags:
                text.Append('{').Append(string.Join(", ", type.Labels.Where((_, i) => (value.Bits & (1UL << i)) != 0))).Append('}');
                break;
            case CanonicalTypeKind.Own: text.Append("own#").Append(value.Bits); break;
            case CanonicalTypeKind.Borrow: text.Append("borrow#").Append(value.Bits); break;
            default: throw new ArgumentOutOfRangeException(nameof(type), type.Kind, "no text form");
        }
    }

    /// <summary>The name of case <paramref name="index"/> of a variant-like type (option: none/some; result: ok/err).</summary>
    public static string CaseName(CanonicalType type, int index) => type.Kind switch
    {
        CanonicalTypeKind.Option => index == 0 ? "none" : "some",
        CanonicalTypeKind.Result => index == 0 ? "ok" : "err",
        _ => type.Labels[index],
    };

    // NaN payloads are not compared: the Canonical ABI lets a runtime canonicalise them.
    private static string Float(double value) =>
        double.IsNaN(value) ? "nan" : double.IsPositiveInfinity(value) ? "inf" : double.IsNegativeInfinity(value) ? "-inf"
        : value == 0 && double.IsNegative(value) ? "-0" : value.ToString("R", CultureInfo.InvariantCulture);
}
