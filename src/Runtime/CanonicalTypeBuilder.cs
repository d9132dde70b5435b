using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using WitSharp.WitParser.Abi;
using WitSharp.WitParser.Resolution;

namespace WitSharp.Runtime
{
    /// <summary>
    /// Builds <see cref="CanonicalType"/> descriptors from resolved WIT types, with layouts from a
    /// <see cref="CanonicalLayout"/>. Caches one descriptor per type definition.
    /// </summary>
    public sealed class CanonicalTypeBuilder
    {
        private readonly Dictionary<int, CanonicalType> _cache = new Dictionary<int, CanonicalType>();

        /// <summary>Creates a builder over <paramref name="layout"/> (which fixes the resolve and address type).</summary>
        public CanonicalTypeBuilder(CanonicalLayout layout) => Layout = layout ?? throw new ArgumentNullException(nameof(layout));

        /// <summary>The layout stage in use.</summary>
        public CanonicalLayout Layout { get; }

        /// <summary>The descriptor of <paramref name="type"/>.</summary>
        /// <exception cref="AbiTypeException">The type is not a valid Canonical ABI value type.</exception>
        public CanonicalType Build(WitType type)
        {
            // Deeply nested types fail with InsufficientExecutionStackException rather than overflowing the stack.
            RuntimeHelpers.EnsureSufficientExecutionStack();
            TypeLayout layout = Layout.Of(type);
            if (!type.IsId)
            {
                return new CanonicalType(PrimitiveKind(type.Kind), layout);
            }
            if (_cache.TryGetValue(type.TypeId, out CanonicalType? cached))
            {
                return cached;
            }
            CanonicalType built = FromDefinition(Layout.Resolve.Types[type.TypeId].Kind, layout);
            _cache[type.TypeId] = built;
            return built;
        }

        /// <summary>The descriptor of the anonymous tuple of <paramref name="types"/> (a spilled parameter or result tuple).</summary>
        public CanonicalType BuildTuple(IReadOnlyList<WitType> types) =>
            new CanonicalType(CanonicalTypeKind.Tuple, Layout.OfTuple(types)) { Fields = BuildAll(types) };

        private CanonicalType[] BuildAll(IReadOnlyList<WitType> types)
        {
            var result = new CanonicalType[types.Count];
            for (int i = 0; i < result.Length; i++)
            {
                result[i] = Build(types[i]);
            }
            return result;
        }

        private CanonicalType? BuildOptional(WitType? type) => type is WitType t ? Build(t) : null;

        private CanonicalType FromDefinition(WitTypeDefKind kind, TypeLayout layout)
        {
            switch (kind)
            {
                case WitAliasKind alias:
                    return Build(alias.Target);
                case WitRecordKind record:
                {
                    var types = new WitType[record.Fields.Count];
                    var labels = new string[types.Length];
                    for (int i = 0; i < types.Length; i++)
                    {
                        types[i] = record.Fields[i].Type;
                        labels[i] = record.Fields[i].Name;
                    }
                    return new CanonicalType(CanonicalTypeKind.Record, layout) { Fields = BuildAll(types), Labels = labels };
                }
                case WitTupleKind tuple:
                    return new CanonicalType(CanonicalTypeKind.Tuple, layout) { Fields = BuildAll(tuple.Types) };
                case WitFlagsKind flags:
                {
                    var labels = new string[flags.Flags.Count];
                    for (int i = 0; i < labels.Length; i++)
                    {
                        labels[i] = flags.Flags[i].Name;
                    }
                    return new CanonicalType(CanonicalTypeKind.Flags, layout) { Labels = labels };
                }
                case WitVariantKind variant:
                {
                    var cases = new CanonicalType?[variant.Cases.Count];
                    var labels = new string[cases.Length];
                    for (int i = 0; i < cases.Length; i++)
                    {
                        cases[i] = BuildOptional(variant.Cases[i].Type);
                        labels[i] = variant.Cases[i].Name;
                    }
                    return new CanonicalType(CanonicalTypeKind.Variant, layout) { Cases = cases, Labels = labels };
                }
                case WitEnumKind @enum:
                {
                    var labels = new string[@enum.Cases.Count];
                    for (int i = 0; i < labels.Length; i++)
                    {
                        labels[i] = @enum.Cases[i].Name;
                    }
                    return new CanonicalType(CanonicalTypeKind.Enum, layout) { Cases = new CanonicalType?[labels.Length], Labels = labels };
                }
                case WitOptionKind option:
                    return new CanonicalType(CanonicalTypeKind.Option, layout)
                    {
                        Cases = new[] { null, Build(option.Type) },
                        Labels = new[] { "none", "some" },
                    };
                case WitResultKind result:
                    return new CanonicalType(CanonicalTypeKind.Result, layout)
                    {
                        Cases = new[] { BuildOptional(result.Ok), BuildOptional(result.Err) },
                        Labels = new[] { "ok", "error" },
                    };
                case WitListKind list:
                    return new CanonicalType(CanonicalTypeKind.List, layout) { Element = Build(list.Element) };
                case WitMapKind map:
                    return new CanonicalType(CanonicalTypeKind.List, layout) { Element = BuildTuple(new[] { map.Key, map.Value }) };
                case WitFixedSizeListKind fixedList:
                    return new CanonicalType(CanonicalTypeKind.FixedList, layout) { Element = Build(fixedList.Element), FixedLength = (int)fixedList.Size };
                case WitHandleKind handle:
                    return new CanonicalType(handle.IsBorrow ? CanonicalTypeKind.Borrow : CanonicalTypeKind.Own, layout)
                    {
                        ResourceType = ResourceIdentity(handle.Resource),
                    };
                default:
                    throw new AbiTypeException("the dynamic Canonical ABI path does not support this type");
            }
        }

        // A resource reached through aliases (`use`) is the same resource: identify it by its definition.
        private int ResourceIdentity(int typeId)
        {
            var types = Layout.Resolve.Types;
            int guard = types.Count;
            while (types[typeId].Kind is WitAliasKind alias && alias.Target.IsId && guard-- > 0)
            {
                typeId = alias.Target.TypeId;
            }
            return typeId;
        }

        private static CanonicalTypeKind PrimitiveKind(WitTypeKind kind) => kind switch
        {
            WitTypeKind.Bool => CanonicalTypeKind.Bool,
            WitTypeKind.S8 => CanonicalTypeKind.S8,
            WitTypeKind.U8 => CanonicalTypeKind.U8,
            WitTypeKind.S16 => CanonicalTypeKind.S16,
            WitTypeKind.U16 => CanonicalTypeKind.U16,
            WitTypeKind.S32 => CanonicalTypeKind.S32,
            WitTypeKind.U32 => CanonicalTypeKind.U32,
            WitTypeKind.S64 => CanonicalTypeKind.S64,
            WitTypeKind.U64 => CanonicalTypeKind.U64,
            WitTypeKind.F32 => CanonicalTypeKind.F32,
            WitTypeKind.F64 => CanonicalTypeKind.F64,
            WitTypeKind.Char => CanonicalTypeKind.Char,
            WitTypeKind.String => CanonicalTypeKind.String,
            _ => throw new AbiTypeException("the dynamic Canonical ABI path does not support " + kind),
        };
    }
}
