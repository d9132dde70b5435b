using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace WitSharp.Runtime.Tests.Conformance;

/// <summary>The vectors' JSON value syntax (FORMAT.md §3.3) to and from <see cref="WitValue"/>.</summary>
internal static class VectorValues
{
    public static WitValue FromJson(JsonElement json, CanonicalType type, StringSourceEncoding stringSource)
    {
        switch (type.Kind)
        {
            case CanonicalTypeKind.Bool:
                return WitValue.Bool(json.GetBoolean());
            case CanonicalTypeKind.U8:
            case CanonicalTypeKind.U16:
            case CanonicalTypeKind.U32:
            case CanonicalTypeKind.U64:
                return WitValue.Unsigned(json.GetUInt64());
            case CanonicalTypeKind.S8:
            case CanonicalTypeKind.S16:
            case CanonicalTypeKind.S32:
            case CanonicalTypeKind.S64:
                return WitValue.Signed(json.GetInt64());
            case CanonicalTypeKind.F32:
                return json.ValueKind == JsonValueKind.Number
                    ? WitValue.F32((float)json.GetDouble())
                    : WitValue.F32Bits(json.GetString() switch
                    {
                        "nan" => 0x7fc00000u,
                        "inf" => 0x7f800000u,
                        "-inf" => 0xff800000u,
                        var hex => uint.Parse(hex!.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
                    });
            case CanonicalTypeKind.F64:
                return json.ValueKind == JsonValueKind.Number
                    ? WitValue.F64(json.GetDouble())
                    : WitValue.F64Bits(json.GetString() switch
                    {
                        "nan" => 0x7ff8000000000000ul,
                        "inf" => 0x7ff0000000000000ul,
                        "-inf" => 0xfff0000000000000ul,
                        var hex => ulong.Parse(hex!.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
                    });
            case CanonicalTypeKind.Char:
                return WitValue.Char(json.ValueKind == JsonValueKind.Number ? json.GetInt32() : char.ConvertToUtf32(json.GetString()!, 0));
            case CanonicalTypeKind.String:
            {
                string text = json.GetString()!;
                StringSourceEncoding source = stringSource == StringSourceEncoding.Latin1 && text.Any(c => c > 0xff)
                    ? StringSourceEncoding.TaggedUtf16
                    : stringSource;
                return WitValue.String(text, source);
            }
            case CanonicalTypeKind.List:
            case CanonicalTypeKind.FixedList:
                return WitValue.Sequence(json.EnumerateArray().Select(e => FromJson(e, type.Element!, stringSource)).ToArray());
            case CanonicalTypeKind.Tuple:
                return WitValue.Sequence(json.EnumerateArray().Select((e, i) => FromJson(e, type.Fields[i], stringSource)).ToArray());
            case CanonicalTypeKind.Record:
                return WitValue.Sequence(type.Labels.Select((l, i) => FromJson(json.GetProperty(l), type.Fields[i], stringSource)).ToArray());
            case CanonicalTypeKind.Enum:
                return WitValue.Variant(IndexOf(type.Labels, json.GetString()!));
            case CanonicalTypeKind.Flags:
            {
                uint mask = 0;
                foreach (JsonElement label in json.EnumerateArray()) mask |= 1u << IndexOf(type.Labels, label.GetString()!);
                return WitValue.Flags(mask);
            }
            case CanonicalTypeKind.Own:
            case CanonicalTypeKind.Borrow:
                return WitValue.Handle(json.GetUInt32());
            default:
            {
                JsonProperty only = json.EnumerateObject().Single();
                int index = IndexOf(type.Labels, only.Name);
                CanonicalType? payload = type.Cases[index];
                return WitValue.Variant(index, payload == null ? null : FromJson(only.Value, payload, stringSource));
            }
        }
    }

    public static JsonNode? ToJson(WitValue value, CanonicalType type)
    {
        switch (type.Kind)
        {
            case CanonicalTypeKind.Bool:
                return JsonValue.Create(value.AsBool);
            case CanonicalTypeKind.U8:
            case CanonicalTypeKind.U16:
            case CanonicalTypeKind.U32:
            case CanonicalTypeKind.U64:
            case CanonicalTypeKind.Own:
            case CanonicalTypeKind.Borrow:
                return JsonValue.Create(value.Bits);
            case CanonicalTypeKind.S8:
            case CanonicalTypeKind.S16:
            case CanonicalTypeKind.S32:
            case CanonicalTypeKind.S64:
                return JsonValue.Create(value.AsInt64);
            case CanonicalTypeKind.F32:
                return JsonValue.Create("0x" + ((uint)value.Bits).ToString("x8", CultureInfo.InvariantCulture));
            case CanonicalTypeKind.F64:
                return JsonValue.Create("0x" + value.Bits.ToString("x16", CultureInfo.InvariantCulture));
            case CanonicalTypeKind.Char:
                return JsonValue.Create(char.ConvertFromUtf32((int)value.Bits));
            case CanonicalTypeKind.String:
                return JsonValue.Create(value.Text);
            case CanonicalTypeKind.List:
            case CanonicalTypeKind.FixedList:
                return new JsonArray(value.Items.Select(v => ToJson(v, type.Element!)).ToArray());
            case CanonicalTypeKind.Tuple:
                return new JsonArray(value.Items.Select((v, i) => ToJson(v, type.Fields[i])).ToArray());
            case CanonicalTypeKind.Record:
            {
                var record = new JsonObject();
                for (int i = 0; i < type.Fields.Count; i++) record[type.Labels[i]] = ToJson(value.Items[i], type.Fields[i]);
                return record;
            }
            case CanonicalTypeKind.Enum:
                return JsonValue.Create(type.Labels[value.Case]);
            case CanonicalTypeKind.Flags:
                return new JsonArray(type.Labels.Where((_, i) => (value.Bits & (1UL << i)) != 0).Select(l => (JsonNode)JsonValue.Create(l)!).ToArray());
            default:
            {
                CanonicalType? payload = type.Cases[value.Case];
                return new JsonObject { [type.Labels[value.Case]] = payload == null ? null : ToJson(value.Payload!, payload) };
            }
        }
    }

    /// <summary>Structural equality under <paramref name="type"/>, with any NaN equal to any NaN.</summary>
    public static bool Equal(WitValue a, WitValue b, CanonicalType type)
    {
        switch (type.Kind)
        {
            case CanonicalTypeKind.F32:
                return a.Bits == b.Bits || (float.IsNaN(a.AsSingle) && float.IsNaN(b.AsSingle));
            case CanonicalTypeKind.F64:
                return a.Bits == b.Bits || (double.IsNaN(a.AsDouble) && double.IsNaN(b.AsDouble));
            case CanonicalTypeKind.String:
                return a.Text == b.Text;
            case CanonicalTypeKind.List:
            case CanonicalTypeKind.FixedList:
                return a.Items.Count == b.Items.Count && a.Items.Zip(b.Items).All(p => Equal(p.First, p.Second, type.Element!));
            case CanonicalTypeKind.Record:
            case CanonicalTypeKind.Tuple:
                return a.Items.Zip(b.Items).Select((p, i) => Equal(p.First, p.Second, type.Fields[i])).All(x => x);
            case CanonicalTypeKind.Bool:
                return a.AsBool == b.AsBool;
            default:
                if (!type.IsVariantLike) return a.Bits == b.Bits;
                if (a.Case != b.Case) return false;
                CanonicalType? payload = type.Cases[a.Case];
                return payload == null || Equal(a.Payload!, b.Payload!, payload);
        }
    }

    public static string Hex(ReadOnlySpan<byte> bytes) => Convert.ToHexString(bytes).ToLowerInvariant();

    public static byte[] FromHex(string hex) => Convert.FromHexString(hex);

    private static int IndexOf(IReadOnlyList<string> labels, string label)
    {
        for (int i = 0; i < labels.Count; i++) if (labels[i] == label) return i;
        throw new FormatException("unknown label " + label);
    }
}
