using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using WitSharp.Runtime;

namespace WitSharp.Components.Corpus.Tests.Values;

/// <summary>
/// Reads a manifest argument (JSON) as a <see cref="WitValue"/> of a <see cref="CanonicalType"/>; the forms are in
/// <c>tests/corpus/components/README.md</c>.
/// </summary>
public static class JsonValueReader
{
    /// <summary>The value <paramref name="json"/> denotes as a <paramref name="type"/>.</summary>
    public static WitValue Read(JsonElement json, CanonicalType type)
    {
        switch (type.Kind)
        {
            case CanonicalTypeKind.Bool: return WitValue.Bool(json.GetBoolean());
            case CanonicalTypeKind.S8:
            case CanonicalTypeKind.S16:
            case CanonicalTypeKind.S32:
            case CanonicalTypeKind.S64: return WitValue.Signed(json.GetInt64());
            case CanonicalTypeKind.U8:
            case CanonicalTypeKind.U16:
            case CanonicalTypeKind.U32:
            case CanonicalTypeKind.U64: return WitValue.Unsigned(json.GetUInt64());
            case CanonicalTypeKind.F32: return WitValue.F32((float)Float(json));
            case CanonicalTypeKind.F64: return WitValue.F64(Float(json));
            case CanonicalTypeKind.Char:
                {
                    string text = json.GetString()!;
                    return WitValue.Char(Rune.GetRuneAt(text, 0).Value);
                }
            case CanonicalTypeKind.String: return WitValue.String(json.GetString()!);
            case CanonicalTypeKind.List:
            case CanonicalTypeKind.FixedList:
                return WitValue.Sequence(json.EnumerateArray().Select(e => Read(e, type.Element!)).ToArray());
            case CanonicalTypeKind.Tuple:
                return WitValue.Sequence(json.EnumerateArray().Select((e, i) => Read(e, type.Fields[i])).ToArray());
            case CanonicalTypeKind.Record:
                return WitValue.Sequence(type.Labels.Select((label, i) => Read(json.GetProperty(label), type.Fields[i])).ToArray());
            case CanonicalTypeKind.Option:
                return json.ValueKind == JsonValueKind.Null
                    ? WitValue.Variant(0)
                    : WitValue.Variant(1, Read(json.GetProperty("some"), type.Cases[1]!));
            case CanonicalTypeKind.Result:
            case CanonicalTypeKind.Variant:
            case CanonicalTypeKind.Enum:
                return Case(json, type);
            case CanonicalTypeKind.Flags:
                {
                    ulong mask = 0;
                    foreach (JsonElement flag in json.EnumerateArray()) mask |= 1UL << IndexOf(type, flag.GetString()!);
                    return WitValue.Flags((uint)mask);
                }
            default:
                throw new NotSupportedException($"{type.Kind} values have no JSON form in the manifest");
        }
    }

    /// <summary>Reads every argument of a call.</summary>
    public static WitValue[] ReadArguments(IReadOnlyList<JsonElement> arguments, IReadOnlyList<CanonicalType> types)
    {
        if (arguments.Count != types.Count) throw new ArgumentException($"{arguments.Count} arguments for {types.Count} parameters");
        return arguments.Select((a, i) => Read(a, types[i])).ToArray();
    }

    // "case" for a case without payload, { "case": payload } otherwise; a result's cases are "ok" and "error".
    private static WitValue Case(JsonElement json, CanonicalType type)
    {
        if (json.ValueKind == JsonValueKind.String) return WitValue.Variant(IndexOf(type, json.GetString()!));
        JsonProperty only = json.EnumerateObject().Single();
        int index = IndexOf(type, only.Name);
        CanonicalType? payload = type.Cases[index];
        return WitValue.Variant(index, payload is null ? null : Read(only.Value, payload));
    }

    private static int IndexOf(CanonicalType type, string name)
    {
        if (type.Kind == CanonicalTypeKind.Result) return name == "ok" ? 0 : name == "error" ? 1 : throw new ArgumentException($"no result case '{name}'");
        for (int i = 0; i < type.Labels.Count; i++)
        {
            if (type.Labels[i] == name) return i;
        }
        throw new ArgumentException($"no case or flag '{name}' in {string.Join(", ", type.Labels)}");
    }

    private static double Float(JsonElement json) => json.ValueKind == JsonValueKind.String
        ? json.GetString() switch
        {
            "nan" => double.NaN,
            "inf" => double.PositiveInfinity,
            "-inf" => double.NegativeInfinity,
            var other => double.Parse(other!, CultureInfo.InvariantCulture),
        }
        : json.GetDouble();
}
