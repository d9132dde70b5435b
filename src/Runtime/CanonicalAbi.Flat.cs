using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using WitSharp.WitParser.Abi;

namespace WitSharp.Runtime
{
    public static partial class CanonicalAbi
    {
        /// <summary><c>lift_flat</c>: reads a value of type <paramref name="type"/> from flat core values.</summary>
        public static WitValue LiftFlat(CallContext cx, ref FlatReader flat, CanonicalType type)
        {
            // Deeply nested types fail with InsufficientExecutionStackException rather than overflowing the stack.
            RuntimeHelpers.EnsureSufficientExecutionStack();
            CoreValueType pointer = cx.Options.AddressType.PointerType();
            switch (type.Kind)
            {
                case CanonicalTypeKind.Bool:
                    return WitValue.Bool(flat.Next(CoreValueType.I32) != 0);
                case CanonicalTypeKind.U8:
                case CanonicalTypeKind.U16:
                case CanonicalTypeKind.U32:
                    return WitValue.Unsigned(flat.Next(CoreValueType.I32) & WidthMask(type.Layout.Size));
                case CanonicalTypeKind.S8:
                case CanonicalTypeKind.S16:
                case CanonicalTypeKind.S32:
                    return WitValue.Signed(SignExtend(flat.Next(CoreValueType.I32), type.Layout.Size * 8));
                case CanonicalTypeKind.U64:
                case CanonicalTypeKind.S64:
                    return WitValue.Unsigned(flat.Next(CoreValueType.I64));
                case CanonicalTypeKind.F32:
                    return WitValue.F32Bits(FloatCanon.Canonicalize32((uint)flat.Next(CoreValueType.F32)));
                case CanonicalTypeKind.F64:
                    return WitValue.F64Bits(FloatCanon.Canonicalize64(flat.Next(CoreValueType.F64)));
                case CanonicalTypeKind.Char:
                    return WitValue.Char(CheckChar(flat.Next(CoreValueType.I32)));
                case CanonicalTypeKind.String:
                {
                    ulong ptr = flat.Next(pointer);
                    return StringCodec.LoadFromRange(cx, ptr, flat.Next(pointer));
                }
                case CanonicalTypeKind.List:
                {
                    ulong ptr = flat.Next(pointer);
                    return LoadListFromRange(cx, ptr, flat.Next(pointer), type.Element!);
                }
                case CanonicalTypeKind.FixedList:
                {
                    var items = new WitValue[type.FixedLength];
                    for (int i = 0; i < items.Length; i++)
                    {
                        items[i] = LiftFlat(cx, ref flat, type.Element!);
                    }
                    return WitValue.Sequence(items);
                }
                case CanonicalTypeKind.Record:
                case CanonicalTypeKind.Tuple:
                {
                    var fields = new WitValue[type.Fields.Count];
                    for (int i = 0; i < fields.Length; i++)
                    {
                        fields[i] = LiftFlat(cx, ref flat, type.Fields[i]);
                    }
                    return WitValue.Sequence(fields);
                }
                case CanonicalTypeKind.Flags:
                    return WitValue.Flags(MaskFlags((uint)flat.Next(CoreValueType.I32), type.Labels.Count));
                case CanonicalTypeKind.Own:
                    return WitValue.Handle(cx.Instance.LiftOwn(type.ResourceType, (uint)flat.Next(CoreValueType.I32)));
                case CanonicalTypeKind.Borrow:
                    return WitValue.Handle(cx.Instance.LiftBorrow(type.ResourceType, (uint)flat.Next(CoreValueType.I32), cx.BorrowScope));
                default:
                    return LiftFlatVariant(cx, ref flat, type);
            }
        }

        /// <summary><c>lower_flat</c>: appends the flat core values of <paramref name="value"/> to <paramref name="output"/>.</summary>
        public static void LowerFlat(CallContext cx, WitValue value, CanonicalType type, List<CoreValue> output)
        {
            // Deeply nested types fail with InsufficientExecutionStackException rather than overflowing the stack.
            RuntimeHelpers.EnsureSufficientExecutionStack();
            switch (type.Kind)
            {
                case CanonicalTypeKind.Bool:
                    output.Add(CoreValue.I32(value.AsBool ? 1u : 0u));
                    break;
                case CanonicalTypeKind.U64:
                case CanonicalTypeKind.S64:
                    output.Add(CoreValue.I64(value.Bits));
                    break;
                case CanonicalTypeKind.F32:
                    output.Add(CoreValue.F32(FloatCanon.Canonicalize32((uint)value.Bits)));
                    break;
                case CanonicalTypeKind.F64:
                    output.Add(CoreValue.F64(FloatCanon.Canonicalize64(value.Bits)));
                    break;
                case CanonicalTypeKind.String:
                {
                    (ulong ptr, ulong units) = StringCodec.StoreIntoRange(cx, value.Text ?? throw new ArgumentException("not a string value", nameof(value)), value.SourceEncoding);
                    AddPointerPair(cx, output, ptr, units);
                    break;
                }
                case CanonicalTypeKind.List:
                {
                    (ulong ptr, ulong length) = StoreListIntoRange(cx, value, type.Element!);
                    AddPointerPair(cx, output, ptr, length);
                    break;
                }
                case CanonicalTypeKind.FixedList:
                    CheckFixedLength(value, type);
                    foreach (WitValue item in value.Items)
                    {
                        LowerFlat(cx, item, type.Element!, output);
                    }
                    break;
                case CanonicalTypeKind.Record:
                case CanonicalTypeKind.Tuple:
                    CheckFieldCount(value, type);
                    for (int i = 0; i < type.Fields.Count; i++)
                    {
                        LowerFlat(cx, value.Items[i], type.Fields[i], output);
                    }
                    break;
                case CanonicalTypeKind.Own:
                    output.Add(CoreValue.I32(cx.Instance.LowerOwn(type.ResourceType, (uint)value.Bits)));
                    break;
                case CanonicalTypeKind.Borrow:
                    output.Add(CoreValue.I32(cx.Instance.LowerBorrow(type.ResourceType, (uint)value.Bits, cx.BorrowScope)));
                    break;
                default:
                    if (type.IsVariantLike)
                    {
                        LowerFlatVariant(cx, value, type, output);
                    }
                    else
                    {
                        // Narrow integers, chars and flags: the two's complement bits as an unsigned i32.
                        output.Add(CoreValue.I32((uint)value.Bits));
                    }
                    break;
            }
        }

        private static void AddPointerPair(CallContext cx, List<CoreValue> output, ulong ptr, ulong length)
        {
            CoreValueType pointer = cx.Options.AddressType.PointerType();
            output.Add(new CoreValue(pointer, ptr));
            output.Add(new CoreValue(pointer, length));
        }

        private static ulong WidthMask(int bytes) => bytes >= 8 ? ulong.MaxValue : (1UL << (bytes * 8)) - 1;

        // The joined slots are read as they are, converted to the case's own flat types, and the rest skipped.
        private static WitValue LiftFlatVariant(CallContext cx, ref FlatReader flat, CanonicalType type)
        {
            IReadOnlyList<CoreValueType> slots = type.Layout.Flat;
            int index = CheckCase(flat.Next(CoreValueType.I32), type);
            CanonicalType? payloadType = type.Cases[index];
            var raw = new CoreValue[slots.Count - 1];
            for (int i = 0; i < raw.Length; i++)
            {
                raw[i] = new CoreValue(slots[i + 1], flat.Next(slots[i + 1]));
            }
            if (payloadType == null)
            {
                return WitValue.Variant(index);
            }
            IReadOnlyList<CoreValueType> wanted = payloadType.Layout.Flat;
            var coerced = new CoreValue[wanted.Count];
            for (int i = 0; i < coerced.Length; i++)
            {
                // i64 -> i32 or f32 wraps to the low 32 bits; i32 -> f32 and i64 -> f64 reinterpret the bits.
                coerced[i] = new CoreValue(wanted[i], raw[i].Bits);
            }
            var payloadReader = new FlatReader(coerced);
            return WitValue.Variant(index, LiftFlat(cx, ref payloadReader, payloadType));
        }

        private static void LowerFlatVariant(CallContext cx, WitValue value, CanonicalType type, List<CoreValue> output)
        {
            IReadOnlyList<CoreValueType> slots = type.Layout.Flat;
            CanonicalType? payloadType = CaseOf(value, type);
            output.Add(CoreValue.I32((uint)value.Bits));
            int written = 0;
            if (payloadType != null)
            {
                var payload = new List<CoreValue>(payloadType.Layout.Flat.Count);
                LowerFlat(cx, PayloadOf(value), payloadType, payload);
                foreach (CoreValue v in payload)
                {
                    // f32 into i32/i64 keeps its bits, i32 into i64 zero-extends, f64 into i64 keeps its bits.
                    output.Add(new CoreValue(slots[1 + written], v.Bits));
                    written++;
                }
            }
            for (int i = 1 + written; i < slots.Count; i++)
            {
                output.Add(new CoreValue(slots[i], 0));
            }
        }
    }
}
