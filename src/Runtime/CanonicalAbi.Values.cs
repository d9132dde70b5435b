using System;
using System.Collections.Generic;
using WitSharp.WitParser.Abi;

namespace WitSharp.Runtime
{
    public static partial class CanonicalAbi
    {
        /// <summary>
        /// <c>lower_flat_values</c>: lowers <paramref name="values"/> as parameters or results. When they flatten to more
        /// than <paramref name="maxFlat"/> values they are stored as a tuple: at <paramref name="outPointer"/> when given
        /// (results written to a caller-provided return area), otherwise in a block from realloc whose pointer is the only flat value.
        /// </summary>
        public static CoreValue[] LowerFlatValues(CallContext cx, int maxFlat, IReadOnlyList<WitValue> values, CanonicalType tupleType, ulong? outPointer = null)
        {
            if (values.Count != tupleType.Fields.Count)
            {
                throw new ArgumentException("expected " + tupleType.Fields.Count + " values, got " + values.Count, nameof(values));
            }
            if (tupleType.Layout.Flat.Count <= maxFlat)
            {
                var flat = new List<CoreValue>(tupleType.Layout.Flat.Count);
                for (int i = 0; i < values.Count; i++)
                {
                    LowerFlat(cx, values[i], tupleType.Fields[i], flat);
                }
                return flat.ToArray();
            }
            int alignment = tupleType.Layout.Alignment;
            ulong size = (ulong)tupleType.Layout.Size;
            ulong ptr;
            CoreValue[] result;
            if (outPointer is ulong given)
            {
                ptr = given;
                result = Array.Empty<CoreValue>();
            }
            else
            {
                ptr = cx.Allocate(alignment, size);
                result = new[] { new CoreValue(cx.Options.AddressType.PointerType(), ptr) };
            }
            cx.CheckBlock(ptr, alignment, size);
            Store(cx, WitValue.Sequence(values), tupleType, ptr);
            return result;
        }

        /// <summary>
        /// <c>lift_flat_values</c>: lifts parameters or results. When the types flatten to more than <paramref name="maxFlat"/>
        /// values the only flat value is a pointer to the tuple in memory, which must be aligned and in bounds.
        /// </summary>
        public static WitValue[] LiftFlatValues(CallContext cx, int maxFlat, ref FlatReader flat, CanonicalType tupleType)
        {
            if (tupleType.Layout.Flat.Count <= maxFlat)
            {
                var values = new WitValue[tupleType.Fields.Count];
                for (int i = 0; i < values.Length; i++)
                {
                    values[i] = LiftFlat(cx, ref flat, tupleType.Fields[i]);
                }
                return values;
            }
            ulong ptr = flat.Next(cx.Options.AddressType.PointerType());
            CallContext.CheckAlignment(ptr, tupleType.Layout.Alignment, "parameter tuple");
            cx.CheckBounds(ptr, (ulong)tupleType.Layout.Size, "parameter tuple");
            WitValue tuple = Load(cx, tupleType, ptr);
            var result = new WitValue[tuple.Items.Count];
            for (int i = 0; i < result.Length; i++)
            {
                result[i] = tuple.Items[i];
            }
            return result;
        }
    }
}
