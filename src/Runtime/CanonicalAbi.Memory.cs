using System;
using System.Runtime.CompilerServices;
using WitSharp.WitParser.Abi;

namespace WitSharp.Runtime
{
    /// <summary>
    /// The dynamic Canonical ABI: <c>load</c>/<c>store</c> in linear memory and <c>lift_flat</c>/<c>lower_flat</c> of
    /// flat core values, for any <see cref="CanonicalType"/>, with every run-time check the spec requires.
    /// Generated bindings use specialised code instead; this path serves tools, tests and rare types.
    /// </summary>
    public static partial class CanonicalAbi
    {
        /// <summary>The longest list, in bytes, that may be lifted: <c>2^28 - 1</c>.</summary>
        public const ulong MaxListByteLength = (1 << 28) - 1;

        /// <summary><c>load</c>: reads a value of type <paramref name="type"/> at <paramref name="ptr"/>.</summary>
        public static WitValue Load(CallContext cx, CanonicalType type, ulong ptr)
        {
            // Deeply nested types fail with InsufficientExecutionStackException rather than overflowing the stack.
            RuntimeHelpers.EnsureSufficientExecutionStack();
            switch (type.Kind)
            {
                case CanonicalTypeKind.Bool:
                    return WitValue.Bool(cx.LoadInt(ptr, 1) != 0);
                case CanonicalTypeKind.U8:
                case CanonicalTypeKind.U16:
                case CanonicalTypeKind.U32:
                case CanonicalTypeKind.U64:
                    return WitValue.Unsigned(cx.LoadInt(ptr, type.Layout.Size));
                case CanonicalTypeKind.S8:
                case CanonicalTypeKind.S16:
                case CanonicalTypeKind.S32:
                case CanonicalTypeKind.S64:
                    return WitValue.Signed(SignExtend(cx.LoadInt(ptr, type.Layout.Size), type.Layout.Size * 8));
                case CanonicalTypeKind.F32:
                    return WitValue.F32Bits(FloatCanon.Canonicalize32((uint)cx.LoadInt(ptr, 4)));
                case CanonicalTypeKind.F64:
                    return WitValue.F64Bits(FloatCanon.Canonicalize64(cx.LoadInt(ptr, 8)));
                case CanonicalTypeKind.Char:
                    return WitValue.Char(CheckChar(cx.LoadInt(ptr, 4)));
                case CanonicalTypeKind.String:
                    return StringCodec.Load(cx, ptr);
                case CanonicalTypeKind.List:
                    return LoadListFromRange(cx, cx.LoadPointer(ptr), cx.LoadPointer(ptr + (ulong)cx.PointerSize), type.Element!);
                case CanonicalTypeKind.FixedList:
                    return LoadElements(cx, ptr, (ulong)type.FixedLength, type.Element!);
                case CanonicalTypeKind.Record:
                case CanonicalTypeKind.Tuple:
                {
                    var fields = new WitValue[type.Fields.Count];
                    for (int i = 0; i < fields.Length; i++)
                    {
                        fields[i] = Load(cx, type.Fields[i], ptr + (ulong)type.Layout.FieldOffsets[i]);
                    }
                    return WitValue.Sequence(fields);
                }
                case CanonicalTypeKind.Flags:
                    return WitValue.Flags(MaskFlags((uint)cx.LoadInt(ptr, type.Layout.DiscriminantSize), type.Labels.Count));
                case CanonicalTypeKind.Own:
                    return WitValue.Handle(cx.Instance.LiftOwn(type.ResourceType, (uint)cx.LoadInt(ptr, 4)));
                case CanonicalTypeKind.Borrow:
                    return WitValue.Handle(cx.Instance.LiftBorrow(type.ResourceType, (uint)cx.LoadInt(ptr, 4), cx.BorrowScope));
                default:
                {
                    int index = CheckCase(cx.LoadInt(ptr, type.Layout.DiscriminantSize), type);
                    CanonicalType? payload = type.Cases[index];
                    return WitValue.Variant(index, payload == null ? null : Load(cx, payload, ptr + (ulong)type.Layout.PayloadOffset));
                }
            }
        }

        /// <summary><c>store</c>: writes <paramref name="value"/> of type <paramref name="type"/> at <paramref name="ptr"/>. Padding is never written.</summary>
        public static void Store(CallContext cx, WitValue value, CanonicalType type, ulong ptr)
        {
            // Deeply nested types fail with InsufficientExecutionStackException rather than overflowing the stack.
            RuntimeHelpers.EnsureSufficientExecutionStack();
            switch (type.Kind)
            {
                case CanonicalTypeKind.F32:
                    cx.StoreInt(FloatCanon.Canonicalize32((uint)value.Bits), ptr, 4);
                    break;
                case CanonicalTypeKind.F64:
                    cx.StoreInt(FloatCanon.Canonicalize64(value.Bits), ptr, 8);
                    break;
                case CanonicalTypeKind.Bool:
                    cx.StoreInt(value.AsBool ? 1UL : 0UL, ptr, 1);
                    break;
                case CanonicalTypeKind.String:
                    StringCodec.Store(cx, value.Text ?? throw new ArgumentException("not a string value", nameof(value)), value.SourceEncoding, ptr);
                    break;
                case CanonicalTypeKind.List:
                {
                    (ulong begin, ulong length) = StoreListIntoRange(cx, value, type.Element!);
                    cx.StorePointer(begin, ptr);
                    cx.StorePointer(length, ptr + (ulong)cx.PointerSize);
                    break;
                }
                case CanonicalTypeKind.FixedList:
                    CheckFixedLength(value, type);
                    StoreElements(cx, value, ptr, type.Element!);
                    break;
                case CanonicalTypeKind.Record:
                case CanonicalTypeKind.Tuple:
                    CheckFieldCount(value, type);
                    for (int i = 0; i < type.Fields.Count; i++)
                    {
                        Store(cx, value.Items[i], type.Fields[i], ptr + (ulong)type.Layout.FieldOffsets[i]);
                    }
                    break;
                case CanonicalTypeKind.Flags:
                    cx.StoreInt(value.Bits, ptr, type.Layout.DiscriminantSize);
                    break;
                case CanonicalTypeKind.Own:
                    cx.StoreInt(cx.Instance.LowerOwn(type.ResourceType, (uint)value.Bits), ptr, 4);
                    break;
                case CanonicalTypeKind.Borrow:
                    cx.StoreInt(cx.Instance.LowerBorrow(type.ResourceType, (uint)value.Bits, cx.BorrowScope), ptr, 4);
                    break;
                default:
                    if (type.IsVariantLike)
                    {
                        CanonicalType? payload = CaseOf(value, type);
                        cx.StoreInt(value.Bits, ptr, type.Layout.DiscriminantSize);
                        if (payload != null)
                        {
                            Store(cx, PayloadOf(value), payload, ptr + (ulong)type.Layout.PayloadOffset);
                        }
                    }
                    else
                    {
                        // Integers and chars: the low bytes of the two's complement bits.
                        cx.StoreInt(value.Bits, ptr, type.Layout.Size);
                    }
                    break;
            }
        }

        /// <summary><c>load_list_from_range</c>: checks the byte-length limit, alignment and bounds, then loads each element.</summary>
        public static WitValue LoadListFromRange(CallContext cx, ulong ptr, ulong length, CanonicalType element)
        {
            ulong elementSize = (ulong)element.Layout.Size;
            if (elementSize != 0 && length > MaxListByteLength / elementSize)
            {
                throw new CanonicalAbiTrapException("list of " + length + " elements exceeds the 2^28-1 byte limit");
            }
            CallContext.CheckAlignment(ptr, element.Layout.Alignment, "list");
            cx.CheckBounds(ptr, length * elementSize, "list");
            return LoadElements(cx, ptr, length, element);
        }

        /// <summary><c>store_list_into_range</c>: allocates the list's block and stores each element; returns (ptr, length).</summary>
        public static (ulong Ptr, ulong Length) StoreListIntoRange(CallContext cx, WitValue list, CanonicalType element)
        {
            ulong length = (ulong)list.Items.Count;
            ulong byteLength = length * (ulong)element.Layout.Size;
            ulong ptr = cx.Allocate(element.Layout.Alignment, byteLength);
            cx.CheckBlock(ptr, element.Layout.Alignment, byteLength);
            StoreElements(cx, list, ptr, element);
            return (ptr, length);
        }

        private static WitValue LoadElements(CallContext cx, ulong ptr, ulong length, CanonicalType element)
        {
            var items = new WitValue[length];
            for (ulong i = 0; i < length; i++)
            {
                items[i] = Load(cx, element, ptr + i * (ulong)element.Layout.Size);
            }
            return WitValue.Sequence(items);
        }

        private static void StoreElements(CallContext cx, WitValue list, ulong ptr, CanonicalType element)
        {
            for (int i = 0; i < list.Items.Count; i++)
            {
                Store(cx, list.Items[i], element, ptr + (ulong)i * (ulong)element.Layout.Size);
            }
        }

        private static long SignExtend(ulong bits, int width) => width == 64 ? (long)bits : ((long)(bits << (64 - width))) >> (64 - width);

        private static int CheckChar(ulong value) => CanonicalScalars.LiftChar(value > uint.MaxValue ? uint.MaxValue : (uint)value);

        private static int CheckCase(ulong index, CanonicalType type) => CanonicalScalars.LiftDiscriminant(index, type.Cases.Count);

        private static uint MaskFlags(uint bits, int count) => CanonicalScalars.LiftFlags(bits, count);

        private static CanonicalType? CaseOf(WitValue value, CanonicalType type)
        {
            if (value.Bits >= (ulong)type.Cases.Count)
            {
                throw new ArgumentException("case " + value.Bits + " does not exist in a type with " + type.Cases.Count + " cases", nameof(value));
            }
            return type.Cases[(int)value.Bits];
        }

        private static WitValue PayloadOf(WitValue value) =>
            value.Payload ?? throw new ArgumentException("the case has a payload type but the value has no payload", nameof(value));

        private static void CheckFieldCount(WitValue value, CanonicalType type)
        {
            if (value.Items.Count != type.Fields.Count)
            {
                throw new ArgumentException("expected " + type.Fields.Count + " fields, got " + value.Items.Count, nameof(value));
            }
        }

        private static void CheckFixedLength(WitValue value, CanonicalType type)
        {
            if (value.Items.Count != type.FixedLength)
            {
                throw new ArgumentException("expected " + type.FixedLength + " elements, got " + value.Items.Count, nameof(value));
            }
        }
    }
}
