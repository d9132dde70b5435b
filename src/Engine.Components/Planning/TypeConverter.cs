using System.Collections.Generic;
using WitSharp.Components.Model;
using WitSharp.WitParser.Abi;
using WitSharp.WitParser.Resolution;

namespace WitSharp.Engine.Components.Planning;

/// <summary>
/// Turns a component's type definitions into types of the plan's WIT arena, so the project's Canonical ABI (layouts,
/// flattening, lifting and lowering) works on them unchanged. Resource types become resource definitions whose type id
/// is their identity; <c>own</c> and <c>borrow</c> refer to them.
/// </summary>
internal sealed class TypeConverter
{
    private readonly ComponentPlan _plan;

    public TypeConverter(ComponentPlan plan) => _plan = plan;

    /// <summary>A new resource definition in the arena; its id is the resource's identity.</summary>
    public int NewResource(string name) => Add(name, WitResourceKind.Instance);

    /// <summary>The type value of definition <paramref name="type"/> read in <paramref name="scope"/>.</summary>
    public TypeValue Convert(DefinedType type, PlanScope scope, int offset) => type switch
    {
        FuncType func => new FuncTypeValue(Signature(func, scope, offset)),
        InstanceType instance => new InstanceTypeValue(instance, scope),
        ComponentType => OpaqueTypeValue.Instance,
        ResourceType => throw PlanException.At(offset, "a resource type is defined only by a component's type section"),
        DefinedValueType value => new WitTypeValue(ValueType(value, scope, offset)),
        _ => throw PlanException.Unsupported(offset, "type " + type.GetType().Name),
    };

    /// <summary>The signature of <paramref name="func"/> read in <paramref name="scope"/>.</summary>
    public FunctionSignature Signature(FuncType func, PlanScope scope, int offset)
    {
        if (func.IsAsync) throw PlanException.Unsupported(offset, "an async function type");
        var names = new string[func.Parameters.Count];
        var parameters = new WitType[names.Length];
        for (int i = 0; i < names.Length; i++)
        {
            names[i] = func.Parameters[i].Label;
            parameters[i] = Reference(func.Parameters[i].Type, scope, offset);
        }
        WitType[] results = func.Result is ValType result ? new[] { Reference(result, scope, offset) } : System.Array.Empty<WitType>();
        CanonicalLayout layout = _plan.Types.Layout;
        try
        {
            return new FunctionSignature(
                names,
                _plan.Types.BuildTuple(parameters),
                _plan.Types.BuildTuple(results),
                layout.Signature(parameters, results, AbiCallKind.LiftSync),
                layout.Signature(parameters, results, AbiCallKind.LowerSync));
        }
        catch (AbiTypeException e)
        {
            throw PlanException.At(offset, "function type cannot cross the Canonical ABI: " + e.Message);
        }
        catch (System.InsufficientExecutionStackException)
        {
            throw PlanException.Unsupported(offset, "a function type nested this deeply");
        }
    }

    /// <summary>A value type reference: a primitive, or a defined value type of <paramref name="scope"/>.</summary>
    public WitType Reference(ValType type, PlanScope scope, int offset)
    {
        if (type.IsPrimitive) return Primitive(type.Primitive, offset);
        return scope.Get(Sort.Type, type.TypeIndex, offset) switch
        {
            WitTypeValue value => value.Type,
            _ => throw PlanException.At(offset, "type " + type.TypeIndex + " is not a value type"),
        };
    }

    private WitType ValueType(DefinedValueType type, PlanScope scope, int offset)
    {
        switch (type)
        {
            case PrimitiveType primitive:
                return Primitive(primitive.Type, offset);
            case RecordType record:
            {
                var fields = new List<WitField>(record.Fields.Count);
                foreach (LabeledValType field in record.Fields) fields.Add(new WitField(field.Label, Reference(field.Type, scope, offset), WitDocs.None));
                return Define(new WitRecordKind(fields));
            }
            case VariantType variant:
            {
                var cases = new List<WitCase>(variant.Cases.Count);
                foreach (VariantCase c in variant.Cases) cases.Add(new WitCase(c.Label, c.Type is ValType t ? Reference(t, scope, offset) : null, WitDocs.None));
                return Define(new WitVariantKind(cases));
            }
            case ListType list:
                return Define(new WitListKind(Reference(list.Element, scope, offset)));
            case FixedListType fixedList:
                return Define(new WitFixedSizeListKind(Reference(fixedList.Element, scope, offset), fixedList.Length));
            case TupleType tuple:
            {
                var types = new List<WitType>(tuple.Types.Count);
                foreach (ValType t in tuple.Types) types.Add(Reference(t, scope, offset));
                return Define(new WitTupleKind(types));
            }
            case FlagsType flags:
                return Define(new WitFlagsKind(Named(flags.Names)));
            case EnumType @enum:
                return Define(new WitEnumKind(Named(@enum.Cases)));
            case OptionType option:
                return Define(new WitOptionKind(Reference(option.Type, scope, offset)));
            case ResultType result:
                return Define(new WitResultKind(
                    result.Ok is ValType ok ? Reference(ok, scope, offset) : null,
                    result.Error is ValType error ? Reference(error, scope, offset) : null));
            case OwnType own:
                return Define(new WitHandleKind(false, Resource(own.ResourceTypeIndex, scope, offset).Id));
            case BorrowType borrow:
                return Define(new WitHandleKind(true, Resource(borrow.ResourceTypeIndex, scope, offset).Id));
            case MapType map:
                return Define(new WitMapKind(Reference(map.Key, scope, offset), Reference(map.Value, scope, offset)));
            case StreamType:
                throw PlanException.Unsupported(offset, "stream<T>");
            case FutureType:
                throw PlanException.Unsupported(offset, "future<T>");
            default:
                throw PlanException.Unsupported(offset, "value type " + type.GetType().Name);
        }
    }

    private static ResourceRoot Resource(uint index, PlanScope scope, int offset) =>
        scope.Get(Sort.Type, index, offset) is ResourceValue resource
            ? resource.Root
            : throw PlanException.At(offset, "type " + index + " is not a resource type");

    private static List<WitNamedCase> Named(IReadOnlyList<string> names)
    {
        var list = new List<WitNamedCase>(names.Count);
        foreach (string name in names) list.Add(new WitNamedCase(name, WitDocs.None));
        return list;
    }

    private static WitType Primitive(PrimitiveValueType type, int offset) => type switch
    {
        PrimitiveValueType.Bool => WitType.Primitive(WitTypeKind.Bool),
        PrimitiveValueType.S8 => WitType.Primitive(WitTypeKind.S8),
        PrimitiveValueType.U8 => WitType.Primitive(WitTypeKind.U8),
        PrimitiveValueType.S16 => WitType.Primitive(WitTypeKind.S16),
        PrimitiveValueType.U16 => WitType.Primitive(WitTypeKind.U16),
        PrimitiveValueType.S32 => WitType.Primitive(WitTypeKind.S32),
        PrimitiveValueType.U32 => WitType.Primitive(WitTypeKind.U32),
        PrimitiveValueType.S64 => WitType.Primitive(WitTypeKind.S64),
        PrimitiveValueType.U64 => WitType.Primitive(WitTypeKind.U64),
        PrimitiveValueType.F32 => WitType.Primitive(WitTypeKind.F32),
        PrimitiveValueType.F64 => WitType.Primitive(WitTypeKind.F64),
        PrimitiveValueType.Char => WitType.Primitive(WitTypeKind.Char),
        PrimitiveValueType.String => WitType.Primitive(WitTypeKind.String),
        _ => throw PlanException.Unsupported(offset, "error-context"),
    };

    private WitType Define(WitTypeDefKind kind) => WitType.FromId(Add(null, kind));

    private int Add(string? name, WitTypeDefKind kind)
    {
        _plan.Resolve.TypeList.Add(new WitTypeDef(name, kind, WitTypeOwner.None, WitDocs.None, WitStability.Unknown));
        return _plan.Resolve.TypeList.Count - 1;
    }
}
