using System.Collections.Generic;
using System.Text;
using WitSharp.Generator.Naming;
using WitSharp.WitParser.Resolution;

namespace WitSharp.Generator.Emit
{
    /// <summary>
    /// The C# type of each WIT type. Nominal types map to their generated declaration; structural ones map
    /// to BCL or runtime types: <c>option&lt;T&gt;</c> → <c>T?</c> (or <c>Option&lt;T&gt;</c> when T is itself an
    /// option, so <c>some(none)</c> and <c>none</c> stay distinct), <c>result</c> → <c>Result&lt;T, E&gt;</c> with
    /// <c>Unit</c> for a missing side, tuples → value tuples, lists → arrays (<c>list&lt;u8&gt;</c> → <c>byte[]</c>),
    /// <c>char</c> → <c>Rune</c>, handles → the resource class. Results are memoised per type definition; types
    /// arrive topologically sorted, so visiting them in index order keeps the recursion shallow.
    /// <para>
    /// Structural spellings nest: <c>type t2 = tuple&lt;t1, t1&gt;</c> repeats t1's spelling, so a chain of such
    /// aliases doubles it per link and a chain of lists grows it by one level per link, while every codec repeats
    /// it. A structural type whose spelling would be longer than <see cref="MaxInlineSpelling"/> characters is
    /// therefore <em>boxed</em>: it becomes a generated <c>sealed record</c> in the world namespace with one
    /// property, <c>Value</c>, of the spelling built from its parts' (short) names. Every spelling is then at most
    /// about <see cref="MaxInlineSpelling"/> characters per part, and the output is linear in the input. A class,
    /// not a struct: by value, boxes of boxes would still double in size per link.
    /// </para>
    /// </summary>
    internal sealed class TypeMapper
    {
        private const string Bindings = "global::WitSharp.Runtime.Bindings.";
        private readonly WitResolve _resolve;
        private readonly BindingNames _names;
        private readonly Dictionary<int, MappedType> _memo = new Dictionary<int, MappedType>();

        /// <summary>
        /// The longest C# spelling of a structural type written out in place (about 6 levels of doubling tuples, 500
        /// levels of nested lists); real-world spellings stay well below it.
        /// </summary>
        public const int MaxInlineSpelling = 1024;

        public TypeMapper(WitResolve resolve, BindingNames names)
        {
            _resolve = resolve;
            _names = names;
        }

        /// <summary>The C# type of <paramref name="type"/>.</summary>
        public string Name(WitType type) => Map(type).CSharp;

        /// <summary>The structural types boxed because their spelling is too long, in the order they were mapped.</summary>
        public List<int> Boxed { get; } = new List<int>();

        /// <summary>
        /// The C# type a codec of <paramref name="type"/> works on inside: the box's <c>Value</c> type for a boxed
        /// type, else the same as <see cref="Name"/>.
        /// </summary>
        public string Structural(WitType type) => Map(type) is { Boxed: { } raw } ? raw : Map(type).CSharp;

        /// <summary>True when type <paramref name="typeId"/> (not through aliases) is a boxed structural type.</summary>
        public bool IsBoxed(int typeId) => Map(WitType.FromId(typeId)).Boxed is not null;

        /// <summary>True when <paramref name="type"/> contains a stream, future or error-context.</summary>
        public bool UsesUnsupported(WitType type) => Map(type).Unsupported;

        /// <summary>True for <c>list&lt;u8&gt;</c> (through aliases), which travels as a (pointer, length) pair of bytes.</summary>
        public bool IsByteList(WitType type)
        {
            // Alias chains are bounded by the number of type definitions.
            for (int hops = 0; type.IsId && hops <= _resolve.Types.Count; hops++)
            {
                switch (_resolve.Types[type.TypeId].Kind)
                {
                    case WitAliasKind alias: type = alias.Target; continue;
                    case WitListKind list: return !list.Element.IsId && list.Element.Kind == WitTypeKind.U8;
                    default: return false;
                }
            }
            return false;
        }

        /// <summary>The case or flag count of an enum or flags type (through aliases), which travel as one <c>i32</c>; else null.</summary>
        public (int Count, bool IsFlags)? EnumLike(WitType type)
        {
            for (int hops = 0; type.IsId && hops <= _resolve.Types.Count; hops++)
            {
                switch (_resolve.Types[type.TypeId].Kind)
                {
                    case WitAliasKind alias: type = alias.Target; continue;
                    case WitEnumKind e: return (e.Cases.Count, false);
                    case WitFlagsKind f when f.Flags.Count > 0 && f.Flags.Count <= 32: return (f.Flags.Count, true);
                    default: return null;
                }
            }
            return null;
        }

        /// <summary>Maps <paramref name="type"/>.</summary>
        public MappedType Map(WitType type)
        {
            if (!type.IsId) return Primitive(type.Kind);
            if (_memo.TryGetValue(type.TypeId, out var mapped)) return mapped;
            mapped = MapDefinition(type.TypeId);
            if (mapped.CSharp.Length > MaxInlineSpelling && IsStructural(_resolve.Types[type.TypeId].Kind))
            {
                mapped = new MappedType("global::" + _names.WorldNamespace + "." + _names.BoxName(type.TypeId), mapped.Unsupported, boxed: mapped.CSharp);
                Boxed.Add(type.TypeId);
            }
            _memo[type.TypeId] = mapped;
            return mapped;
        }

        private static bool IsStructural(WitTypeDefKind kind) =>
            kind is WitOptionKind or WitResultKind or WitTupleKind or WitListKind or WitFixedSizeListKind or WitMapKind;

        private static MappedType Primitive(WitTypeKind kind) => kind switch
        {
            WitTypeKind.Bool => new MappedType("bool"),
            WitTypeKind.U8 => new MappedType("byte"),
            WitTypeKind.U16 => new MappedType("ushort"),
            WitTypeKind.U32 => new MappedType("uint"),
            WitTypeKind.U64 => new MappedType("ulong"),
            WitTypeKind.S8 => new MappedType("sbyte"),
            WitTypeKind.S16 => new MappedType("short"),
            WitTypeKind.S32 => new MappedType("int"),
            WitTypeKind.S64 => new MappedType("long"),
            WitTypeKind.F32 => new MappedType("float"),
            WitTypeKind.F64 => new MappedType("double"),
            WitTypeKind.Char => new MappedType("global::System.Text.Rune"),
            WitTypeKind.String => new MappedType("string"),
            _ => new MappedType(Bindings + "UnsupportedValue", unsupported: true),
        };

        private MappedType MapDefinition(int id)
        {
            var def = _resolve.Types[id];
            if (BindingNames.IsNominal(def)) return new MappedType(_names.QualifiedTypeName(id));
            switch (def.Kind)
            {
                case WitAliasKind alias:
                    return Map(alias.Target);
                case WitHandleKind handle:
                    return Map(WitType.FromId(handle.Resource));
                case WitOptionKind option:
                {
                    var inner = Map(option.Type);
                    return inner.IsOption
                        ? new MappedType(Bindings + "Option<" + inner.CSharp + ">", inner.Unsupported, isOption: true)
                        : new MappedType(inner.CSharp + "?", inner.Unsupported, isOption: true);
                }
                case WitResultKind result:
                {
                    var ok = result.Ok is { } o ? Map(o) : new MappedType(Bindings + "Unit");
                    var err = result.Err is { } e ? Map(e) : new MappedType(Bindings + "Unit");
                    return new MappedType(Bindings + "Result<" + ok.CSharp + ", " + err.CSharp + ">", ok.Unsupported || err.Unsupported);
                }
                case WitTupleKind tuple:
                    return Tuple(tuple.Types);
                case WitListKind list:
                    return Array(Map(list.Element));
                case WitFixedSizeListKind fixedList:
                    return Array(Map(fixedList.Element));
                case WitMapKind map:
                {
                    var key = Map(map.Key);
                    var value = Map(map.Value);
                    return new MappedType("global::System.Collections.Generic.IReadOnlyDictionary<" + key.CSharp + ", " + value.CSharp + ">",
                        key.Unsupported || value.Unsupported);
                }
                default:
                    // stream, future, and anything a later WIT adds: a placeholder plus a diagnostic.
                    return new MappedType(Bindings + "UnsupportedValue", unsupported: true);
            }
        }

        private static MappedType Array(MappedType element) => new MappedType(element.CSharp + "[]", element.Unsupported);

        private MappedType Tuple(IReadOnlyList<WitType> types)
        {
            if (types.Count == 0) return new MappedType(Bindings + "Unit");
            var sb = new StringBuilder(types.Count == 1 ? "global::System.ValueTuple<" : "(");
            bool unsupported = false;
            for (int i = 0; i < types.Count; i++)
            {
                var element = Map(types[i]);
                unsupported |= element.Unsupported;
                if (i > 0) sb.Append(", ");
                sb.Append(element.CSharp);
            }
            sb.Append(types.Count == 1 ? ">" : ")");
            return new MappedType(sb.ToString(), unsupported);
        }
    }

    /// <summary>A mapped type: its C# spelling and what the emitter needs to know about it.</summary>
    internal sealed class MappedType
    {
        public MappedType(string csharp, bool unsupported = false, bool isOption = false, string? boxed = null)
        {
            CSharp = csharp;
            Unsupported = unsupported;
            IsOption = isOption;
            Boxed = boxed;
        }

        /// <summary>For a boxed structural type, the type of the box's <c>Value</c>; otherwise null.</summary>
        public string? Boxed { get; }

        /// <summary>The C# type, fully qualified.</summary>
        public string CSharp { get; }

        /// <summary>Contains a type the bindings do not support yet.</summary>
        public bool Unsupported { get; }

        /// <summary>A WIT option (after aliases): another option around it needs <c>Option&lt;T&gt;</c>.</summary>
        public bool IsOption { get; }
    }
}
