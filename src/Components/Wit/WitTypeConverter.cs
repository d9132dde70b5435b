using System.Collections.Generic;
using WitSharp.Components.Model;
using WitSharp.WitParser.Resolution;

namespace WitSharp.Components.Wit;

/// <summary>
/// Makes the type definitions of the resolved model from a component's types. Each type entity becomes at most one
/// definition (a map from entity to type index), so a type named by an interface and then used elsewhere is one type,
/// and a type exported again under an <c>eq</c> bound becomes a <c>use</c> of the first (an alias definition).
/// </summary>
internal sealed class WitTypeConverter(WitResolve resolve)
{
    private readonly Dictionary<TypeEntity, int> _typeMap = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<WitTypeOwner, Dictionary<string, int>> _resources = new();

    // Anonymous types nest by recursion (list<list<…>>); a hostile chain of them must not exhaust the stack.
    private const int MaxAnonymousDepth = 1_000;
    private int _depth;

    /// <summary>Follows <c>eq</c> aliases to the type they name.</summary>
    public static TypeEntity Peel(TypeEntity type)
    {
        while (type is AliasEntity alias) type = alias.Target;
        return type;
    }

    /// <summary>
    /// A named type exported by an instance, or imported by a world (wit-parser's <c>register_type_export</c>): a
    /// <c>use</c> of the type it equals when that one already has a definition, else a definition of its own.
    /// </summary>
    public int TypeExport(ExternName name, TypeEntity created, WitTypeOwner owner)
    {
        if (name.Implements is not null) throw new ComponentWitException($"type `{name.Name}` carries (implements \"{name.Implements}\"), which only instances may");
        var referenced = created is AliasEntity alias ? alias.Target : created;
        WitTypeDefKind kind;
        if (FindAlias(referenced) is int previous)
        {
            kind = new WitAliasKind(WitType.FromId(previous));
        }
        else
        {
            kind = Peel(referenced) switch
            {
                ValueTypeEntity value => Defined(value),
                ResourceEntity => WitResourceKind.Instance,
                _ => throw new ComponentWitException($"type export `{name.Name}` is not a value type or resource"),
            };
        }
        int id = Add(new WitTypeDef(name.Name, kind, owner, WitDocs.None, WitStability.Unknown) { ExternalId = name.ExternalId });
        if (kind is WitResourceKind)
        {
            if (!_resources.TryGetValue(owner, out var byName)) _resources[owner] = byName = new Dictionary<string, int>();
            if (!byName.TryAdd(name.Name, id)) throw new ComponentWitException($"resource `{name.Name}` is defined twice in one interface or world");
        }
        // The same type exported under a second name (an imported resource re-exported, say) has no WIT spelling.
        if (!_typeMap.TryAdd(created, id))
            throw new ComponentWitException($"cannot represent this component in WIT: the type `{name.Name}` appears more than once");
        return id;
    }

    /// <summary>Records that <paramref name="created"/> is the already defined type <paramref name="id"/> (an interface imported again).</summary>
    public void Bind(TypeEntity created, int id, string name)
    {
        if (!_typeMap.TryAdd(created, id) && _typeMap[created] != id)
            throw new ComponentWitException($"cannot represent this component in WIT: the type `{name}` appears more than once");
    }

    /// <summary>The resource named <paramref name="resource"/> in <paramref name="owner"/>, for a resource function's kind.</summary>
    public int Resource(WitTypeOwner owner, string resource, string function) =>
        _resources.TryGetValue(owner, out var byName) && byName.TryGetValue(resource, out int id)
            ? id
            : throw new ComponentWitException($"`{function}` names resource `{resource}`, which is not defined before it in the same interface or world");

    /// <summary>A value type as a use of a type: primitives inline, anything else a type definition (anonymous unless named before).</summary>
    public WitType ValueType(ValType type, TypeScope scope, int offset)
    {
        if (type.IsPrimitive) return WitType.Primitive(Primitive(type.Primitive));
        var entity = scope.Type(type.TypeIndex, offset);
        if (FindAlias(entity) is int known) return WitType.FromId(known);
        if (Peel(entity) is not ValueTypeEntity value) throw new ComponentWitException($"type index {type.TypeIndex} is not a value type", offset);
        if (++_depth > MaxAnonymousDepth) throw new ComponentWitException($"anonymous types nest more than {MaxAnonymousDepth} deep", value.Offset);
        var kind = Defined(value);
        _depth--;
        if (kind is WitRecordKind or WitVariantKind or WitEnumKind or WitFlagsKind)
            throw new ComponentWitException($"a {KindName(kind)} is used without a name; WIT can only name it through an export", value.Offset);
        int id = Add(new WitTypeDef(null, kind, WitTypeOwner.None, WitDocs.None, WitStability.Unknown));
        _typeMap[entity] = id;
        return WitType.FromId(id);
    }

    private int? FindAlias(TypeEntity type)
    {
        for (TypeEntity? current = type; current is not null; current = (current as AliasEntity)?.Target)
        {
            if (_typeMap.TryGetValue(current, out int id)) return id;
        }
        return null;
    }

    private int Add(WitTypeDef definition)
    {
        resolve.TypeList.Add(definition);
        return resolve.TypeList.Count - 1;
    }

    private WitTypeDefKind Defined(ValueTypeEntity entity)
    {
        var scope = entity.Scope;
        int at = entity.Offset;
        WitType V(ValType t) => ValueType(t, scope, at);
        WitType? Optional(ValType? t) => t is { } v ? V(v) : null;
        switch (entity.Definition)
        {
            case PrimitiveType p: return new WitAliasKind(WitType.Primitive(Primitive(p.Type)));
            case RecordType r:
                var fields = new List<WitField>(r.Fields.Count);
                foreach (var f in r.Fields) fields.Add(new WitField(f.Label, V(f.Type), WitDocs.None));
                return new WitRecordKind(fields);
            case VariantType v:
                var cases = new List<WitCase>(v.Cases.Count);
                foreach (var c in v.Cases) cases.Add(new WitCase(c.Label, Optional(c.Type), WitDocs.None));
                return new WitVariantKind(cases);
            case ListType l: return new WitListKind(V(l.Element));
            case FixedListType l: return new WitFixedSizeListKind(V(l.Element), l.Length);
            case TupleType t:
                var types = new List<WitType>(t.Types.Count);
                foreach (var e in t.Types) types.Add(V(e));
                return new WitTupleKind(types);
            case FlagsType f: return new WitFlagsKind(Named(f.Names));
            case EnumType e: return new WitEnumKind(Named(e.Cases));
            case OptionType o: return new WitOptionKind(V(o.Type));
            case ResultType r: return new WitResultKind(Optional(r.Ok), Optional(r.Error));
            case MapType m: return new WitMapKind(V(m.Key), V(m.Value));
            case StreamType s: return new WitStreamKind(Optional(s.Element));
            case FutureType f: return new WitFutureKind(Optional(f.Element));
            case OwnType o: return new WitHandleKind(false, Handled(scope.Type(o.ResourceTypeIndex, at), at));
            case BorrowType b: return new WitHandleKind(true, Handled(scope.Type(b.ResourceTypeIndex, at), at));
            default: throw new ComponentWitException($"unknown value type {entity.Definition.GetType().Name}", at);
        }
    }

    private int Handled(TypeEntity resource, int offset) =>
        FindAlias(resource) is int id && Peel(resource) is ResourceEntity
            ? id
            : throw new ComponentWitException("a handle names a resource that no import or export has named", offset);

    private static List<WitNamedCase> Named(IReadOnlyList<string> names)
    {
        var list = new List<WitNamedCase>(names.Count);
        foreach (string n in names) list.Add(new WitNamedCase(n, WitDocs.None));
        return list;
    }

    private static string KindName(WitTypeDefKind kind) => kind switch
    {
        WitRecordKind => "record",
        WitVariantKind => "variant",
        WitEnumKind => "enum",
        _ => "flags",
    };

    private static WitTypeKind Primitive(PrimitiveValueType type) => type switch
    {
        PrimitiveValueType.Bool => WitTypeKind.Bool,
        PrimitiveValueType.S8 => WitTypeKind.S8,
        PrimitiveValueType.U8 => WitTypeKind.U8,
        PrimitiveValueType.S16 => WitTypeKind.S16,
        PrimitiveValueType.U16 => WitTypeKind.U16,
        PrimitiveValueType.S32 => WitTypeKind.S32,
        PrimitiveValueType.U32 => WitTypeKind.U32,
        PrimitiveValueType.S64 => WitTypeKind.S64,
        PrimitiveValueType.U64 => WitTypeKind.U64,
        PrimitiveValueType.F32 => WitTypeKind.F32,
        PrimitiveValueType.F64 => WitTypeKind.F64,
        PrimitiveValueType.Char => WitTypeKind.Char,
        PrimitiveValueType.String => WitTypeKind.String,
        _ => WitTypeKind.ErrorContext,
    };
}
