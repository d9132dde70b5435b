using System.Collections.Generic;
using WitSharp.Components.Model;
using WitSharp.WitParser.Abi;

namespace WitSharp.Components.Validation.Types;

/// <summary>
/// <c>flatten_functype</c> over the validator's value types, with the front end's slot join
/// (<see cref="CoreValueTypes.Join"/>) and limits (<see cref="CanonicalLayout.MaxFlatParams"/>,
/// <see cref="CanonicalLayout.MaxFlatResults"/>). Flattening stops once a list passes the limit, since only "more than
/// the limit" matters then; a fixed list of four billion elements costs no more than one of seventeen.
/// </summary>
internal static class Flattening
{
    /// <summary>The core signature of lifting (<paramref name="lower"/> false) or lowering <paramref name="func"/> synchronously.</summary>
    public static CoreFuncType Signature(FuncTypeNode func, bool lower)
    {
        var flatParams = new List<CoreValueType>();
        bool paramsSpill = false;
        foreach (var (_, type) in func.Parameters)
        {
            if (!Flatten(type, flatParams, CanonicalLayout.MaxFlatParams)) { paramsSpill = true; break; }
        }
        var flatResults = new List<CoreValueType>();
        bool resultsSpill = func.Result is not null && !Flatten(func.Result, flatResults, CanonicalLayout.MaxFlatResults);
        var parameters = new List<CoreValType>();
        var results = new List<CoreValType>();
        if (paramsSpill) parameters.Add(CoreValType.I32);
        else foreach (CoreValueType t in flatParams) parameters.Add(ToCore(t));
        if (resultsSpill)
        {
            if (lower) parameters.Add(CoreValType.I32);
            else results.Add(CoreValType.I32);
        }
        else foreach (CoreValueType t in flatResults) results.Add(ToCore(t));
        return new CoreFuncType(parameters, results);
    }

    /// <summary>True when the flattened parameters pass the limit (they travel through memory).</summary>
    public static bool ParamsSpill(FuncTypeNode func)
    {
        var flat = new List<CoreValueType>();
        foreach (var (_, type) in func.Parameters) if (!Flatten(type, flat, CanonicalLayout.MaxFlatParams)) return true;
        return false;
    }

    /// <summary>True when the flattened result passes the limit (it travels through memory).</summary>
    public static bool ResultSpills(FuncTypeNode func) =>
        func.Result is not null && !Flatten(func.Result, new List<CoreValueType>(), CanonicalLayout.MaxFlatResults);

    /// <summary>Appends the flat types of <paramref name="type"/>; false as soon as the list would pass <paramref name="limit"/>.</summary>
    public static bool Flatten(ValueTypeNode type, List<CoreValueType> into, int limit)
    {
        switch (type.Kind)
        {
            case ValueKind.Primitive:
                switch (type.Primitive)
                {
                    case PrimitiveValueType.S64:
                    case PrimitiveValueType.U64: return Add(into, CoreValueType.I64, limit);
                    case PrimitiveValueType.F32: return Add(into, CoreValueType.F32, limit);
                    case PrimitiveValueType.F64: return Add(into, CoreValueType.F64, limit);
                    case PrimitiveValueType.String: return Add(into, CoreValueType.I32, limit) && Add(into, CoreValueType.I32, limit);
                    default: return Add(into, CoreValueType.I32, limit);
                }
            case ValueKind.List:
            case ValueKind.Map:
                return Add(into, CoreValueType.I32, limit) && Add(into, CoreValueType.I32, limit);
            case ValueKind.FixedList:
                for (uint i = 0; i < type.Length; i++) if (!Flatten(type.Children[0]!, into, limit)) return false;
                return true;
            case ValueKind.Record:
            case ValueKind.Tuple:
                foreach (ValueTypeNode? child in type.Children) if (!Flatten(child!, into, limit)) return false;
                return true;
            case ValueKind.Flags:
            case ValueKind.Enum:
            case ValueKind.Own:
            case ValueKind.Borrow:
            case ValueKind.Stream:
            case ValueKind.Future:
                return Add(into, CoreValueType.I32, limit);
            default:
                return FlattenVariant(type, into, limit);
        }
    }

    // option and result are variants: a discriminant, then each payload slot joined over the cases.
    private static bool FlattenVariant(ValueTypeNode type, List<CoreValueType> into, int limit)
    {
        if (!Add(into, CoreValueType.I32, limit)) return false;
        var joined = new List<CoreValueType>();
        foreach (ValueTypeNode? payload in type.Children)
        {
            if (payload is null) continue;
            var flat = new List<CoreValueType>();
            if (!Flatten(payload, flat, limit)) return false;
            for (int i = 0; i < flat.Count; i++)
            {
                if (i < joined.Count) joined[i] = CoreValueTypes.Join(joined[i], flat[i]);
                else joined.Add(flat[i]);
            }
        }
        foreach (CoreValueType slot in joined) if (!Add(into, slot, limit)) return false;
        return true;
    }

    private static bool Add(List<CoreValueType> into, CoreValueType type, int limit)
    {
        if (into.Count >= limit) return false;
        into.Add(type);
        return true;
    }

    public static CoreValType ToCore(CoreValueType type) => type switch
    {
        CoreValueType.I32 => CoreValType.I32,
        CoreValueType.I64 => CoreValType.I64,
        CoreValueType.F32 => CoreValType.F32,
        _ => CoreValType.F64,
    };
}
