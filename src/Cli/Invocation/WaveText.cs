using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using WitSharp.Runtime;

namespace WitSharp.Cli.Invocation;

/// <summary>
/// Component values as text in the WAVE style (<c>42</c>, <c>-1.5</c>, <c>true</c>, <c>'x'</c>, <c>"text"</c>,
/// <c>[1, 2]</c>, <c>(1, "a")</c>, <c>{name: "x", id: 3}</c>, <c>some(1)</c>/<c>none</c>, <c>ok(1)</c>/<c>err("e")</c>,
/// <c>red</c>, <c>circle(2.0)</c>, <c>{read, write}</c>), read against the parameter's type and written from a result.
/// Resources have no text form.
/// </summary>
public static class WaveText
{
    /// <summary>Reads one value of type <paramref name="type"/> from <paramref name="text"/>.</summary>
    /// <exception cref="FormatException">The text is not a value of that type; the message says where.</exception>
    public static WitValue Parse(string text, CanonicalType type)
    {
        var reader = new WaveReader(text);
        WitValue value = reader.Value(type);
        reader.End();
        return value;
    }

    /// <summary>Splits <c>a, (b, c), "d,e"</c> at its top-level commas.</summary>
    public static IReadOnlyList<string> SplitTopLevel(string text) => WaveReader.SplitTopLevel(text);

    /// <summary>Writes <paramref name="value"/> of type <paramref name="type"/> as WAVE text.</summary>
    public static string Format(WitValue value, CanonicalType type)
    {
        var text = new StringBuilder();
        Write(text, value, type);
        return text.ToString();
    }

    private static void Write(StringBuilder text, WitValue value, CanonicalType type)
    {
        switch (type.Kind)
        {
            case CanonicalTypeKind.Bool: text.Append(value.Bits != 0 ? "true" : "false"); break;
            case CanonicalTypeKind.S8: text.Append((sbyte)value.Bits); break;
            case CanonicalTypeKind.S16: text.Append((short)value.Bits); break;
            case CanonicalTypeKind.S32: text.Append((int)value.Bits); break;
            case CanonicalTypeKind.S64: text.Append((long)value.Bits); break;
            case CanonicalTypeKind.U8 or CanonicalTypeKind.U16 or CanonicalTypeKind.U32 or CanonicalTypeKind.U64: text.Append(value.Bits); break;
            case CanonicalTypeKind.F32: text.Append(Real(BitConverter.UInt32BitsToSingle((uint)value.Bits))); break;
            case CanonicalTypeKind.F64: text.Append(Real(BitConverter.UInt64BitsToDouble(value.Bits))); break;
            case CanonicalTypeKind.Char: text.Append('\'').Append(Escape(char.ConvertFromUtf32((int)value.Bits), '\'')).Append('\''); break;
            case CanonicalTypeKind.String: text.Append('"').Append(Escape(value.Text ?? "", '"')).Append('"'); break;
            case CanonicalTypeKind.List or CanonicalTypeKind.FixedList: Items(text, '[', ']', value.Items, _ => type.Element!); break;
            case CanonicalTypeKind.Tuple: Items(text, '(', ')', value.Items, i => type.Fields[i]); break;
            case CanonicalTypeKind.Record:
                text.Append('{');
                for (int i = 0; i < value.Items.Count; i++)
                {
                    if (i > 0) text.Append(", ");
                    text.Append(type.Labels[i]).Append(": ");
                    Write(text, value.Items[i], type.Fields[i]);
                }
                text.Append('}');
                break;
            case CanonicalTypeKind.Flags:
                text.Append('{').Append(string.Join(", ", type.Labels.Where((_, i) => (value.Bits >> i & 1) != 0))).Append('}');
                break;
            case CanonicalTypeKind.Enum: text.Append(type.Labels[(int)value.Bits]); break;
            case CanonicalTypeKind.Option or CanonicalTypeKind.Result or CanonicalTypeKind.Variant:
                int index = (int)value.Bits;
                text.Append(CaseName(type, index));
                if (value.Payload is { } payload && type.Cases[index] is { } caseType)
                {
                    text.Append('(');
                    Write(text, payload, caseType);
                    text.Append(')');
                }
                break;
            default: text.Append("<resource handle ").Append(value.Bits).Append('>'); break;
        }
    }

    /// <summary>The name WAVE gives case <paramref name="index"/>: none/some, ok/err, or the variant's label.</summary>
    internal static string CaseName(CanonicalType type, int index) => type.Kind switch
    {
        CanonicalTypeKind.Option => index == 0 ? "none" : "some",
        CanonicalTypeKind.Result => index == 0 ? "ok" : "err",
        _ => type.Labels[index],
    };

    private static void Items(StringBuilder text, char open, char close, IReadOnlyList<WitValue> items, Func<int, CanonicalType> typeOf)
    {
        text.Append(open);
        for (int i = 0; i < items.Count; i++)
        {
            if (i > 0) text.Append(", ");
            Write(text, items[i], typeOf(i));
        }
        text.Append(close);
    }

    private static string Real(double value) =>
        double.IsNaN(value) ? "nan" : double.IsPositiveInfinity(value) ? "inf" : double.IsNegativeInfinity(value) ? "-inf" : value.ToString("R", CultureInfo.InvariantCulture);

    private static string Escape(string text, char quote)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (Rune rune in text.EnumerateRunes())
        {
            if (rune.Value == quote || rune.Value == '\\') escaped.Append('\\').Append((char)rune.Value);
            else if (rune.Value == '\n') escaped.Append("\\n");
            else if (rune.Value == '\t') escaped.Append("\\t");
            else if (rune.Value == '\r') escaped.Append("\\r");
            else if (Rune.IsControl(rune)) escaped.Append("\\u{").Append(rune.Value.ToString("x", CultureInfo.InvariantCulture)).Append('}');
            else escaped.Append(rune.ToString());
        }
        return escaped.ToString();
    }
}
