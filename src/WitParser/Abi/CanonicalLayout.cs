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

        /// <summary>
        /// The longest <c>flatten_type</c> list built eagerly; longer ones are built on first use (calls pass at most
        /// <see cref="MaxFlatParams"/> values flat, so nothing asks for their elements but tests and tools).
        /// </summary>
        public const int EagerFlatLimit = 64;

        private readonly Dictionary<int, TypeLayout> _cache = new Dictionary<int, TypeLayout>();
        // Why each invalid type failed, so a failure deep in a long chain is found once and not by recursion again.
        private readonly Dictionary<int, string> _failures = new Dictionary<int, string>();
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
            if (type.IsId && !_cache.ContainsKey(type.TypeId))
            {
                LayOutDependencies(type.TypeId);
            }
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
            if (_failures.TryGetValue(type.TypeId, out string? failure))
            {
                throw new AbiTypeException(failure);
            }
            if ((uint)type.TypeId >= (uint)Resolve.Types.Count)
            {
                throw new AbiTypeException("type #" + type.TypeId + " does not exist");
            }
            LargeStack.Guard();
            TypeLayout layout;
            try
            {
                layout = Compute(Resolve.Types[type.TypeId].Kind);
                CheckSizeLimit(type, layout);
            }
            catch (AbiTypeException e)
            {
                _failures[type.TypeId] = e.Message;
                throw;
            }
            _cache[type.TypeId] = layout;
            return layout;
        }

        /// <summary>
        /// Lays out every type <paramref name="root"/> depends on, dependencies first, with an explicit stack: the
        /// recursive <see cref="Layout"/> then finds each part cached (or its failure remembered) one call down, so a
        /// chain of any length neither recurses deeply nor runs out of stack. Invalid parts are remembered, not
        /// thrown here; the root's own layout reports them as the recursion would.
        /// </summary>
        private void LayOutDependencies(int root)
        {
            var stack = new List<(int Id, bool Expanded)> { (root, false) };
            var seen = new HashSet<int> { root };
            var parts = new List<WitType>();
            while (stack.Count > 0)
            {
                var (id, expanded) = stack[stack.Count - 1];
                if (expanded || (uint)id >= (uint)Resolve.Types.Count)
                {
                    stack.RemoveAt(stack.Count - 1);
                    if (id != root && !_cache.ContainsKey(id) && !_failures.ContainsKey(id))
                    {
                        try
                        {
                            Layout(WitType.FromId(id));
                        }
                        catch (AbiTypeException)
                        {
                            // Remembered in _failures (or out of range): reported when a type that needs it is laid out.
                        }
                    }
                    continue;
                }
                stack[stack.Count - 1] = (id, true);
                parts.Clear();
                Parts(Resolve.Types[id].Kind, parts);
                for (int i = parts.Count - 1; i >= 0; i--)
                {
                    int part = parts[i].TypeId;
                    if (!_cache.ContainsKey(part) && !_failures.ContainsKey(part) && seen.Add(part))
                    {
                        stack.Add((part, false));
                    }
                }
            }
        }

        // The named parts whose layouts a type's layout is computed from.
        private static void Parts(WitTypeDefKind kind, List<WitType> parts)
        {
            switch (kind)
            {
                case WitAliasKind alias: parts.Add(alias.Target); break;
                case WitRecordKind record: foreach (var field in record.Fields) parts.Add(field.Type); break;
                case WitTupleKind tuple: foreach (var element in tuple.Types) parts.Add(element); break;
                case WitVariantKind variant: foreach (var @case in variant.Cases) if (@case.Type is WitType t) parts.Add(t); break;
                case WitOptionKind option: parts.Add(option.Type); break;
                case WitResultKind result:
                    if (result.Ok is WitType ok) parts.Add(ok);
                    if (result.Err is WitType err) parts.Add(err);
                    break;
                case WitListKind list: parts.Add(list.Element); break;
                case WitMapKind map: parts.Add(map.Key); parts.Add(map.Value); break;
                case WitFixedSizeListKind fixedList: parts.Add(fixedList.Element); break;
            }
            parts.RemoveAll(t => !t.IsId);
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
            var fields = new TypeLayout[count];
            long flatCount = 0;
            for (int i = 0; i < count; i++)
            {
                TypeLayout field = Layout(fieldType(i));
                fields[i] = field;
                size = AlignTo(size, field.Alignment);
                offsets[i] = CheckedSize(size);
                size += field.Size;
                alignment = Math.Max(alignment, field.Alignment);
                flatCount += field.Flat.Count;
            }
            int recordSize = CheckedSize(AlignTo(size, alignment));
            return new TypeLayout(recordSize, alignment, FlatOf(flatCount, () => Concatenate(fields, flatCount)), offsets);
        }

        private static CoreValueType[] Concatenate(TypeLayout[] fields, long count)
        {
            var flat = new CoreValueType[count];
            int at = 0;
            foreach (TypeLayout field in fields)
            {
                for (int j = 0; j < field.Flat.Count; j++)
                {
                    flat[at++] = field.Flat[j];
                }
            }
            return flat;
        }

        // Flat lists no call can pass flat are built on first use (see DeferredFlat); their length never exceeds the
        // type's size in bytes, which CheckedSize has bounded.
        private static IReadOnlyList<CoreValueType> FlatOf(long count, Func<CoreValueType[]> build) =>
            count <= EagerFlatLimit ? build() : new DeferredFlat(CheckedSize(count), build);

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
            int maxFlat = 0;
            var payloads = new List<TypeLayout>();
            for (int i = 0; i < caseCount; i++)
            {
                WitType? type = caseType(i);
                if (type == null)
                {
                    continue;
                }
                TypeLayout payload = Layout(type.Value);
                payloads.Add(payload);
                maxCaseAlignment = Math.Max(maxCaseAlignment, payload.Alignment);
                maxCaseSize = Math.Max(maxCaseSize, payload.Size);
                maxFlat = Math.Max(maxFlat, payload.Flat.Count);
            }
            int alignment = Math.Max(discriminantSize, maxCaseAlignment);
            int payloadOffset = CheckedSize(AlignTo(discriminantSize, maxCaseAlignment));
            int size = CheckedSize(AlignTo(payloadOffset + maxCaseSize, alignment));
            return new TypeLayout(size, alignment, FlatOf(1L + maxFlat, () => JoinCases(payloads, maxFlat)),
                discriminantSize: discriminantSize, payloadOffset: payloadOffset);
        }

        // The discriminant, then each payload slot joined over the cases that have it.
        private static CoreValueType[] JoinCases(List<TypeLayout> payloads, int maxFlat)
        {
            var slots = new CoreValueType[1 + maxFlat];
            var filled = new bool[maxFlat];
            slots[0] = CoreValueType.I32;
            foreach (TypeLayout payload in payloads)
            {
                for (int j = 0; j < payload.Flat.Count; j++)
                {
                    slots[j + 1] = filled[j] ? CoreValueTypes.Join(slots[j + 1], payload.Flat[j]) : payload.Flat[j];
                    filled[j] = true;
                }
            }
            return slots;
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
            CheckedSize(flatCount);
            return new TypeLayout(size32, element.Alignment, FlatOf(flatCount, () =>
            {
                var flat = new CoreValueType[flatCount];
                for (int i = 0; i < flat.Length; i++)
                {
                    flat[i] = element.Flat[i % element.Flat.Count];
                }
                return flat;
            }));
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
