using System;
using System.Collections.Generic;
using WitSharp.WitParser.Resolution;

namespace WitSharp.WitParser.Abi
{
    /// <summary>
    /// The Canonical ABI layout stage: <c>elem_size</c>, <c>alignment</c> and <c>flatten_type</c>
    /// of resolved WIT types for one memory address type, cached per type definition.
    /// Not thread-safe; the returned <see cref="TypeLayout"/>s are immutable.
    /// </summary>
    public sealed partial class CanonicalLayout
    {
        /// <summary>The largest size a valid type may have (in memory64), <c>2^28 - 1</c>.</summary>
        public const int MaxTypeSize = (1 << 28) - 1;

        /// <summary>The most flags a <c>flags</c> type may declare.</summary>
        public const int MaxFlags = 32;

        private readonly Dictionary<int, TypeLayout> _cache = new Dictionary<int, TypeLayout>();
        private CanonicalLayout? _memory64;

        /// <summary>Creates the layout stage over <paramref name="resolve"/>.</summary>
        public CanonicalLayout(WitResolve resolve, AbiAddressType addressType = AbiAddressType.Memory32)
        {
            Resolve = resolve ?? throw new ArgumentNullException(nameof(resolve));
            AddressType = addressType;
        }

        /// <summary>The resolved model whose types are laid out.</summary>
        public WitResolve Resolve { get; }

        /// <summary>The memory address type (pointer size) of this layout.</summary>
        public AbiAddressType AddressType { get; }

        /// <summary>The layout of <paramref name="type"/>.</summary>
        /// <exception cref="AbiTypeException">The type is not a valid Canonical ABI value type.</exception>
        public TypeLayout Of(WitType type)
        {
            try
            {
                return Layout(type);
            }
            catch (InsufficientExecutionStackException)
            {
                // A long chain of named types: finish on a big stack (completed layouts stay cached).
                return LargeStack.Run(() => Layout(type));
            }
        }

        private TypeLayout Layout(WitType type)
        {
            if (!type.IsId)
            {
                return PrimitiveLayouts.Of(type.Kind, AddressType);
            }
            if (_cache.TryGetValue(type.TypeId, out TypeLayout? cached))
            {
                return cached;
            }
            if ((uint)type.TypeId >= (uint)Resolve.Types.Count)
            {
                throw new AbiTypeException("type #" + type.TypeId + " does not exist");
            }
            LargeStack.Guard();
            TypeLayout layout = Compute(Resolve.Types[type.TypeId].Kind);
            CheckSizeLimit(type, layout);
            _cache[type.TypeId] = layout;
            return layout;
        }

        /// <summary>True when <paramref name="type"/> can be laid out; otherwise <paramref name="reason"/> says why not.</summary>
        public bool TryValidate(WitType type, out string? reason)
        {
            try
            {
                Of(type);
                reason = null;
                return true;
            }
            catch (AbiTypeException e)
            {
                reason = e.Message;
                return false;
            }
        }

        /// <summary>The layout of the anonymous tuple of <paramref name="types"/> (used for parameter and result tuples spilled to memory).</summary>
        public TypeLayout OfTuple(IReadOnlyList<WitType> types)
        {
            if (types.Count == 0)
            {
                return new TypeLayout(0, 1, Array.Empty<CoreValueType>(), Array.Empty<int>());
            }
            for (int i = 0; i < types.Count; i++)
            {
                Of(types[i]); // computes (and caches) each field on a stack deep enough for it
            }
            return Record(types.Count, i => types[i]);
        }

        /// <summary>The size in bytes of the discriminant of a variant with <paramref name="caseCount"/> cases.</summary>
        public static int DiscriminantSize(int caseCount) =>
            caseCount <= 1 << 8 ? 1 : caseCount <= 1 << 16 ? 2 : 4;

        /// <summary>The storage size in bytes of a <c>flags</c> type with <paramref name="count"/> labels (1 to 32).</summary>
        public static int FlagsSize(int count) => count <= 8 ? 1 : count <= 16 ? 2 : 4;

        /// <summary>Rounds <paramref name="offset"/> up to a multiple of <paramref name="alignment"/>.</summary>
        public static long AlignTo(long offset, int alignment) => (offset + alignment - 1) / alignment * alignment;

        private void CheckSizeLimit(WitType type, TypeLayout layout)
        {
            if (layout.Size > MaxTypeSize)
            {
                throw new AbiTypeException("type is larger than 2^28-1 bytes");
            }
            // The limit applies to the memory64 size, at most twice the memory32 one.
            if (AddressType == AbiAddressType.Memory32 && layout.Size > MaxTypeSize / 2)
            {
                _memory64 ??= new CanonicalLayout(Resolve, AbiAddressType.Memory64);
                _memory64.Of(type);
            }
        }

        private TypeLayout Compute(WitTypeDefKind kind)
        {
            switch (kind)
            {
                case WitAliasKind alias:
                    return Layout(alias.Target);
                case WitRecordKind record:
                    if (record.Fields.Count == 0)
                    {
                        throw new AbiTypeException("empty record");
                    }
                    return Record(record.Fields.Count, i => record.Fields[i].Type);
                case WitTupleKind tuple:
                    if (tuple.Types.Count == 0)
                    {
                        throw new AbiTypeException("empty tuple");
                    }
                    return Record(tuple.Types.Count, i => tuple.Types[i]);
                case WitFlagsKind flags:
                    return Flags(flags.Flags.Count);
                case WitVariantKind variant:
                    if (variant.Cases.Count == 0)
                    {
                        throw new AbiTypeException("empty variant");
                    }
                    return Variant(variant.Cases.Count, i => variant.Cases[i].Type);
                case WitEnumKind @enum:
                    if (@enum.Cases.Count == 0)
                    {
                        throw new AbiTypeException("empty enum");
                    }
                    return Variant(@enum.Cases.Count, _ => null);
                case WitOptionKind option:
                    return Variant(2, i => i == 0 ? (WitType?)null : option.Type);
                case WitResultKind result:
                    return Variant(2, i => i == 0 ? result.Ok : result.Err);
                case WitListKind list:
                    Layout(list.Element); // validates the element type
                    return PrimitiveLayouts.Of(WitTypeKind.String, AddressType);
                case WitMapKind map:
                    Layout(map.Key);
                    Layout(map.Value);
                    return PrimitiveLayouts.Of(WitTypeKind.String, AddressType);
                case WitFixedSizeListKind fixedList:
                    return FixedList(fixedList);
                case WitHandleKind _:
                case WitFutureKind _:
                case WitStreamKind _:
                    return PrimitiveLayouts.Of(WitTypeKind.U32, AddressType);
                case WitResourceKind _:
                    throw new AbiTypeException("a resource is not a value type; use own<T> or borrow<T>");
                default:
                    throw new AbiTypeException("type has no Canonical ABI layout");
            }
        }

        private TypeLayout Record(int count, Func<int, WitType> fieldType)
        {
            long size = 0;
            int alignment = 1;
            var offsets = new int[count];
            var flat = new List<CoreValueType>();
            for (int i = 0; i < count; i++)
            {
                TypeLayout field = Layout(fieldType(i));
                size = AlignTo(size, field.Alignment);
                offsets[i] = CheckedSize(size);
                size += field.Size;
                alignment = Math.Max(alignment, field.Alignment);
                for (int j = 0; j < field.Flat.Count; j++)
                {
                    flat.Add(field.Flat[j]);
                }
            }
            return new TypeLayout(CheckedSize(AlignTo(size, alignment)), alignment, flat.ToArray(), offsets);
        }

        private static TypeLayout Flags(int count)
        {
            if (count == 0 || count > MaxFlags)
            {
                throw new AbiTypeException("flags must have 1.." + MaxFlags + " labels (has " + count + ")");
            }
            int size = FlagsSize(count);
            return new TypeLayout(size, size, new[] { CoreValueType.I32 }, discriminantSize: size);
        }

        private TypeLayout Variant(int caseCount, Func<int, WitType?> caseType)
        {
            int discriminantSize = DiscriminantSize(caseCount);
            int maxCaseAlignment = 1;
            long maxCaseSize = 0;
            var slots = new List<CoreValueType>();
            for (int i = 0; i < caseCount; i++)
            {
                WitType? type = caseType(i);
                if (type == null)
                {
                    continue;
                }
                TypeLayout payload = Layout(type.Value);
                maxCaseAlignment = Math.Max(maxCaseAlignment, payload.Alignment);
                maxCaseSize = Math.Max(maxCaseSize, payload.Size);
                for (int j = 0; j < payload.Flat.Count; j++)
                {
                    if (j < slots.Count)
                    {
                        slots[j] = CoreValueTypes.Join(slots[j], payload.Flat[j]);
                    }
                    else
                    {
                        slots.Add(payload.Flat[j]);
                    }
                }
            }
            int alignment = Math.Max(discriminantSize, maxCaseAlignment);
            int payloadOffset = CheckedSize(AlignTo(discriminantSize, maxCaseAlignment));
            int size = CheckedSize(AlignTo(payloadOffset + maxCaseSize, alignment));
            slots.Insert(0, CoreValueType.I32);
            return new TypeLayout(size, alignment, slots.ToArray(), discriminantSize: discriminantSize, payloadOffset: payloadOffset);
        }

        private TypeLayout FixedList(WitFixedSizeListKind list)
        {
            if (list.Size == 0)
            {
                throw new AbiTypeException("fixed-length list length must be > 0");
            }
            TypeLayout element = Layout(list.Element);
            long size = (long)element.Size * list.Size;
            int size32 = CheckedSize(size);
            long flatCount = (long)element.Flat.Count * list.Size;
            var flat = new CoreValueType[CheckedSize(flatCount)];
            for (int i = 0; i < flat.Length; i++)
            {
                flat[i] = element.Flat[i % element.Flat.Count];
            }
            return new TypeLayout(size32, element.Alignment, flat);
        }

        private static int CheckedSize(long size)
        {
            if (size > MaxTypeSize)
            {
                throw new AbiTypeException("type is larger than 2^28-1 bytes");
            }
            return (int)size;
        }
    }
}
