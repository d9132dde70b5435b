using System;
using System.Collections.Generic;
using System.Linq;
using Wasmtime.Components;
using WitSharp.Runtime;

namespace WitSharp.Components.Corpus.Tests.Reference;

/// <summary>Converts between our <see cref="WitValue"/> and Wasmtime's <see cref="ComponentValue"/>, guided by a <see cref="CanonicalType"/>.</summary>
public static class WasmtimeValues
{
    /// <summary>The Wasmtime value for <paramref name="value"/>.</summary>
    public static ComponentValue ToWasmtime(WitValue value, CanonicalType type)
    {
        switch (type.Kind)
        {
            case CanonicalTypeKind.Bool: return ComponentValue.Bool(value.AsBool);
            case CanonicalTypeKind.S8: return ComponentValue.S8((sbyte)value.Bits);
            case CanonicalTypeKind.S16: return ComponentValue.S16((short)value.Bits);
            case CanonicalTypeKind.S32: return ComponentValue.S32((int)value.Bits);
            case CanonicalTypeKind.S64: return ComponentValue.S64((long)value.Bits);
            case CanonicalTypeKind.U8: return ComponentValue.U8((byte)value.Bits);
            case CanonicalTypeKind.U16: return ComponentValue.U16((ushort)value.Bits);
            case CanonicalTypeKind.U32: return ComponentValue.U32((uint)value.Bits);
            case CanonicalTypeKind.U64: return ComponentValue.U64(value.Bits);
            case CanonicalTypeKind.F32: return ComponentValue.F32(value.AsSingle);
            case CanonicalTypeKind.F64: return ComponentValue.F64(value.AsDouble);
            case CanonicalTypeKind.Char: return ComponentValue.Char((uint)value.Bits);
            case CanonicalTypeKind.String: return ComponentValue.String(value.Text!);
            case CanonicalTypeKind.List:
            case CanonicalTypeKind.FixedList:
                return ComponentValue.List(value.Items.Select(v => ToWasmtime(v, type.Element!)).ToArray());
            case CanonicalTypeKind.Tuple:
                return ComponentValue.Tuple(value.Items.Select((v, i) => ToWasmtime(v, type.Fields[i])).ToArray());
            case CanonicalTypeKind.Record:
                return ComponentValue.Record(value.Items.Select((v, i) => new KeyValuePair<string, ComponentValue>(type.Labels[i], ToWasmtime(v, type.Fields[i]))).ToArray());
            case CanonicalTypeKind.Enum:
                return ComponentValue.Enum(type.Labels[value.Case]);
            case CanonicalTypeKind.Variant:
                return ComponentValue.Variant(type.Labels[value.Case], Payload(value, type)!);
            case CanonicalTypeKind.Option:
                return value.Case == 0 ? ComponentValue.None() : ComponentValue.Some(Payload(value, type)!);
            case CanonicalTypeKind.Result:
                return value.Case == 0 ? ComponentValue.Ok(Payload(value, type)!) : ComponentValue.Err(Payload(value, type)!);
            case CanonicalTypeKind.Flags:
                return ComponentValue.Flags(type.Labels.Where((_, i) => (value.Bits & (1UL << i)) != 0).ToArray());
            default:
                throw new NotSupportedException($"Wasmtime.Components 50.0.1 has no {type.Kind} values");
        }
    }

    /// <summary>Our value for the Wasmtime value <paramref name="value"/>.</summary>
    public static WitValue FromWasmtime(ComponentValue value, CanonicalType type)
    {
        switch (type.Kind)
        {
            case CanonicalTypeKind.Bool: return WitValue.Bool(value.AsBool());
            case CanonicalTypeKind.S8: return WitValue.Signed(value.AsS8());
            case CanonicalTypeKind.S16: return WitValue.Signed(value.AsS16());
            case CanonicalTypeKind.S32: return WitValue.Signed(value.AsS32());
            case CanonicalTypeKind.S64: return WitValue.Signed(value.AsS64());
            case CanonicalTypeKind.U8: return WitValue.Unsigned(value.AsU8());
            case CanonicalTypeKind.U16: return WitValue.Unsigned(value.AsU16());
            case CanonicalTypeKind.U32: return WitValue.Unsigned(value.AsU32());
            case CanonicalTypeKind.U64: return WitValue.Unsigned(value.AsU64());
            case CanonicalTypeKind.F32: return WitValue.F32(value.AsF32());
            case CanonicalTypeKind.F64: return WitValue.F64(value.AsF64());
            case CanonicalTypeKind.Char: return WitValue.Char(value.AsRune().Value);
            case CanonicalTypeKind.String: return WitValue.String(value.AsString());
            case CanonicalTypeKind.List:
            case CanonicalTypeKind.FixedList:
                return WitValue.Sequence(value.AsList().Select(v => FromWasmtime(v, type.Element!)).ToArray());
            case CanonicalTypeKind.Tuple:
                return WitValue.Sequence(value.AsTuple().Select((v, i) => FromWasmtime(v, type.Fields[i])).ToArray());
            case CanonicalTypeKind.Record:
                {
                    var fields = value.AsRecord().ToDictionary(f => f.Key, f => f.Value);
                    return WitValue.Sequence(type.Labels.Select((label, i) => FromWasmtime(fields[label], type.Fields[i])).ToArray());
                }
            case CanonicalTypeKind.Enum:
                return WitValue.Variant(IndexOf(type, value.AsEnum()));
            case CanonicalTypeKind.Variant:
                {
                    int index = IndexOf(type, value.AsVariant());
                    return WitValue.Variant(index, PayloadOf(value, type.Cases[index]));
                }
            case CanonicalTypeKind.Option:
                return value.IsSome ? WitValue.Variant(1, PayloadOf(value, type.Cases[1])) : WitValue.Variant(0);
            case CanonicalTypeKind.Result:
                return value.IsOk ? WitValue.Variant(0, PayloadOf(value, type.Cases[0])) : WitValue.Variant(1, PayloadOf(value, type.Cases[1]));
            case CanonicalTypeKind.Flags:
                {
                    ulong mask = 0;
                    foreach (string flag in value.AsFlags()) mask |= 1UL << IndexOf(type, flag);
                    return WitValue.Flags((uint)mask);
                }
            default:
                throw new NotSupportedException($"Wasmtime.Components 50.0.1 has no {type.Kind} values");
        }
    }

    private static ComponentValue? Payload(WitValue value, CanonicalType type) =>
        value.Payload is WitValue payload && type.Cases[value.Case] is CanonicalType payloadType ? ToWasmtime(payload, payloadType) : null;

    private static WitValue? PayloadOf(ComponentValue value, CanonicalType? payloadType) =>
        payloadType is null ? null : FromWasmtime(value.Payload ?? throw new InvalidOperationException("a case with a payload type came without one"), payloadType);

    private static int IndexOf(CanonicalType type, string label)
    {
        for (int i = 0; i < type.Labels.Count; i++)
        {
            if (type.Labels[i] == label) return i;
        }
        throw new InvalidOperationException($"Wasmtime returned an unknown case or flag '{label}'");
    }
}
