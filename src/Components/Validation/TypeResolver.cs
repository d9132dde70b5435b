using System.Collections.Generic;
using WitSharp.Components.Model;
using WitSharp.Components.Validation.Types;

namespace WitSharp.Components.Validation;

/// <summary>Turns type definitions and extern types into the validator's type nodes, checking the type rules of Binary.md.</summary>
internal static class TypeResolver
{
    public static ComponentValidationException Fail(string rule, int offset, string detail) => new(rule, offset, detail);

    public static ValueTypeNode ResolveValType(Scope scope, ValType type, int offset)
    {
        if (type.IsPrimitive) return ValueTypeNode.Of(type.Primitive);
        if (type.TypeIndex >= (uint)scope.Types.Count)
            throw Fail(ValidationRules.IndexSpace, offset, $"type index {type.TypeIndex} is out of bounds ({scope.Types.Count} types defined)");
        if (scope.Types[(int)type.TypeIndex] is not ValueTypeNode value)
            throw Fail(ValidationRules.TypeDefinition, offset, $"type index {type.TypeIndex} is {scope.Types[(int)type.TypeIndex].Describe()}, not a value type");
        return value;
    }

    private static ValueTypeNode? ResolveOptional(Scope scope, ValType? type, int offset) =>
        type is ValType t ? ResolveValType(scope, t, offset) : null;

    public static TypeNode ResolveDefinedType(Scope scope, DefinedType type, int offset)
    {
        switch (type)
        {
            case DefinedValueType value:
                return Checked(ResolveValueType(scope, value, offset), offset);
            case FuncType func:
            {
                var parameters = new (string, ValueTypeNode)[func.Parameters.Count];
                var labels = new HashSet<string>();
                for (int i = 0; i < parameters.Length; i++)
                {
                    LabeledValType parameter = func.Parameters[i];
                    CheckLabel(parameter.Label, "parameter", labels, offset);
                    parameters[i] = (parameter.Label, ResolveValType(scope, parameter.Type, offset));
                }
                ValueTypeNode? result = ResolveOptional(scope, func.Result, offset);
                if (result is not null && result.ContainsBorrow)
                    throw Fail(ValidationRules.TypeDefinition, offset, "a function result may not contain a borrow handle");
                if (func.IsAsync) throw Fail(ValidationRules.Unsupported, offset, "async function types (🔀) are not supported");
                return new FuncTypeNode(func.IsAsync, parameters, result);
            }
            case ComponentType component:
                return DeclaratorChecker.CheckComponentType(scope, component, offset);
            case InstanceType instance:
                return DeclaratorChecker.CheckInstanceType(scope, instance, offset);
            case ResourceType resource:
            {
                if (scope.Kind != ScopeKind.Component)
                    throw Fail(ValidationRules.Resource, offset, "resource types may only be defined in a component, not in a component or instance type");
                if (resource.Representation != CoreValType.I32)
                    throw Fail(ValidationRules.Resource, offset, $"a resource's representation must be i32, found {resource.Representation}");
                if (resource.Destructor is uint destructor)
                {
                    CoreEntity? func = scope.CoreItem(Sort.CoreFunc, destructor);
                    if (func is null) throw Fail(ValidationRules.IndexSpace, offset, $"destructor core function {destructor} is out of bounds ({scope.Core(Sort.CoreFunc).Count} core functions)");
                    if (func.Func!.Parameters.Count != 1 || func.Func.Parameters[0] != CoreValType.I32 || func.Func.Results.Count != 0)
                        throw Fail(ValidationRules.Resource, offset, $"a resource destructor must have type [i32] -> [], found {func.Func}");
                }
                return new ResourceTypeNode(new ResourceId("a resource definition"), definedHere: true, resource.Destructor);
            }
            default:
                throw Fail(ValidationRules.TypeDefinition, offset, $"unknown type {type.GetType().Name}");
        }
    }

    private static ValueTypeNode Checked(ValueTypeNode node, int offset)
    {
        if (node.Depth > ValueTypeNode.MaxDepth)
            throw Fail(ValidationRules.TypeDefinition, offset, $"the type nests deeper than {ValueTypeNode.MaxDepth} levels");
        if (node.Size > ValueTypeNode.MaxSize)
            throw Fail(ValidationRules.TypeDefinition, offset, $"the type has more than {ValueTypeNode.MaxSize} nodes when expanded");
        if (node.ElementSize >= ValueTypeNode.MaxElementSize)
            throw Fail(ValidationRules.TypeDefinition, offset, $"the type's Canonical ABI element size is 2^28 bytes or more");
        return node;
    }

    private static ValueTypeNode ResolveValueType(Scope scope, DefinedValueType type, int offset)
    {
        switch (type)
        {
            case PrimitiveType primitive:
                return ValueTypeNode.Of(primitive.Type);
            case RecordType record:
            {
                if (record.Fields.Count == 0) throw Fail(ValidationRules.TypeDefinition, offset, "a record must have at least one field");
                var labels = new HashSet<string>();
                var names = new string[record.Fields.Count];
                var children = new ValueTypeNode?[record.Fields.Count];
                for (int i = 0; i < names.Length; i++)
                {
                    CheckLabel(record.Fields[i].Label, "record field", labels, offset);
                    names[i] = record.Fields[i].Label;
                    children[i] = ResolveValType(scope, record.Fields[i].Type, offset);
                }
                return ValueTypeNode.Compound(ValueKind.Record, children, names);
            }
            case VariantType variant:
            {
                if (variant.Cases.Count == 0) throw Fail(ValidationRules.TypeDefinition, offset, "a variant must have at least one case");
                var labels = new HashSet<string>();
                var names = new string[variant.Cases.Count];
                var children = new ValueTypeNode?[variant.Cases.Count];
                for (int i = 0; i < names.Length; i++)
                {
                    CheckLabel(variant.Cases[i].Label, "variant case", labels, offset);
                    names[i] = variant.Cases[i].Label;
                    children[i] = ResolveOptional(scope, variant.Cases[i].Type, offset);
                }
                return ValueTypeNode.Compound(ValueKind.Variant, children, names);
            }
            case ListType list:
                return ValueTypeNode.Compound(ValueKind.List, new[] { ResolveValType(scope, list.Element, offset) });
            case FixedListType fixedList:
                if (fixedList.Length == 0) throw Fail(ValidationRules.TypeDefinition, offset, "a fixed-length list must have a length above 0");
                return ValueTypeNode.Compound(ValueKind.FixedList, new[] { ResolveValType(scope, fixedList.Element, offset) }, length: fixedList.Length);
            case TupleType tuple:
            {
                if (tuple.Types.Count == 0) throw Fail(ValidationRules.TypeDefinition, offset, "a tuple must have at least one element");
                var children = new ValueTypeNode?[tuple.Types.Count];
                for (int i = 0; i < children.Length; i++) children[i] = ResolveValType(scope, tuple.Types[i], offset);
                return ValueTypeNode.Compound(ValueKind.Tuple, children);
            }
            case FlagsType flags:
                if (flags.Names.Count == 0 || flags.Names.Count > 32)
                    throw Fail(ValidationRules.TypeDefinition, offset, $"flags must have 1 to 32 labels, found {flags.Names.Count}");
                return ValueTypeNode.Compound(ValueKind.Flags, System.Array.Empty<ValueTypeNode?>(), CheckLabels(flags.Names, "flag", offset));
            case EnumType @enum:
                if (@enum.Cases.Count == 0) throw Fail(ValidationRules.TypeDefinition, offset, "an enum must have at least one case");
                return ValueTypeNode.Compound(ValueKind.Enum, System.Array.Empty<ValueTypeNode?>(), CheckLabels(@enum.Cases, "enum case", offset));
            case OptionType option:
                return ValueTypeNode.Compound(ValueKind.Option, new[] { ResolveValType(scope, option.Type, offset) });
            case ResultType result:
                return ValueTypeNode.Compound(ValueKind.Result, new[] { ResolveOptional(scope, result.Ok, offset), ResolveOptional(scope, result.Error, offset) });
            case OwnType own:
                return ValueTypeNode.Handle(false, ResolveResource(scope, own.ResourceTypeIndex, "own", offset));
            case BorrowType borrow:
                return ValueTypeNode.Handle(true, ResolveResource(scope, borrow.ResourceTypeIndex, "borrow", offset));
            case StreamType stream:
            {
                ValueTypeNode? element = ResolveOptional(scope, stream.Element, offset);
                if (element is not null && element.ContainsBorrow) throw Fail(ValidationRules.TypeDefinition, offset, "a stream's element type may not contain a borrow");
                return ValueTypeNode.Compound(ValueKind.Stream, new[] { element });
            }
            case FutureType future:
            {
                ValueTypeNode? element = ResolveOptional(scope, future.Element, offset);
                if (element is not null && element.ContainsBorrow) throw Fail(ValidationRules.TypeDefinition, offset, "a future's value type may not contain a borrow");
                return ValueTypeNode.Compound(ValueKind.Future, new[] { element });
            }
            case MapType map:
            {
                ValueTypeNode key = ResolveValType(scope, map.Key, offset);
                if (key.Kind != ValueKind.Primitive || key.Primitive is PrimitiveValueType.F32 or PrimitiveValueType.F64 or PrimitiveValueType.ErrorContext)
                    throw Fail(ValidationRules.TypeDefinition, offset, $"a map key must be an integer, bool, char or string, found {key.Describe()}");
                return ValueTypeNode.Compound(ValueKind.Map, new[] { key, ResolveValType(scope, map.Value, offset) });
            }
            default:
                throw Fail(ValidationRules.TypeDefinition, offset, $"unknown value type {type.GetType().Name}");
        }
    }

    private static ResourceId ResolveResource(Scope scope, uint index, string handle, int offset)
    {
        if (index >= (uint)scope.Types.Count)
            throw Fail(ValidationRules.IndexSpace, offset, $"type index {index} is out of bounds ({scope.Types.Count} types defined)");
        if (scope.Types[(int)index] is not ResourceTypeNode resource)
            throw Fail(ValidationRules.Resource, offset, $"`{handle}` must refer to a resource type, but type {index} is {scope.Types[(int)index].Describe()}");
        return resource.Id;
    }

    private static void CheckLabel(string label, string what, HashSet<string> seen, int offset)
    {
        if (!ExternNameSyntax.IsLabel(label))
            throw Fail(ValidationRules.Name, offset, $"{what} `{label}` is not a kebab-case label");
        if (!seen.Add(label.ToLowerInvariant()))
            throw Fail(ValidationRules.Name, offset, $"{what} `{label}` conflicts with a previous {what} (labels must be strongly unique)");
    }

    private static IReadOnlyList<string> CheckLabels(IReadOnlyList<string> labels, string what, int offset)
    {
        var seen = new HashSet<string>();
        foreach (string label in labels) CheckLabel(label, what, seen, offset);
        return labels;
    }

    /// <summary>The type of an import or export declaration, resolved in <paramref name="scope"/>.</summary>
    public static ExternEntity ResolveExternType(Scope scope, ExternType type, int offset, string origin)
    {
        switch (type.Kind)
        {
            case ExternKind.CoreModule:
                if (type.Index >= (uint)scope.CoreTypes.Count || scope.CoreTypes[(int)type.Index] is not ModuleTypeNode module)
                    throw Fail(ValidationRules.IndexSpace, offset, $"core type {type.Index} is not a core module type");
                return new ExternEntity(ExternKind.CoreModule, module);
            case ExternKind.Func:
                if (TypeAt(scope, type.Index, offset) is not FuncTypeNode func)
                    throw Fail(ValidationRules.IndexSpace, offset, $"type {type.Index} is not a function type");
                return new ExternEntity(ExternKind.Func, func);
            case ExternKind.Value:
                if (type.Bound == ExternBound.Eq)
                {
                    if (type.Index >= (uint)scope.Values.Count) throw Fail(ValidationRules.IndexSpace, offset, $"value {type.Index} is out of bounds");
                    return new ExternEntity(ExternKind.Value, scope.Values[(int)type.Index]);
                }
                return new ExternEntity(ExternKind.Value, ResolveValType(scope, type.ValueType, offset));
            case ExternKind.Type:
                if (type.Bound == ExternBound.SubResource)
                    return new ExternEntity(ExternKind.Type, new ResourceTypeNode(new ResourceId(origin), definedHere: false));
                return new ExternEntity(ExternKind.Type, TypeAt(scope, type.Index, offset));
            case ExternKind.Component:
                if (TypeAt(scope, type.Index, offset) is not ComponentTypeNode component)
                    throw Fail(ValidationRules.IndexSpace, offset, $"type {type.Index} is not a component type");
                return new ExternEntity(ExternKind.Component, component);
            default:
                if (TypeAt(scope, type.Index, offset) is not InstanceTypeNode instance)
                    throw Fail(ValidationRules.IndexSpace, offset, $"type {type.Index} is not an instance type");
                // Each import or export of an instance type stands for its own instance: its abstract resources are fresh.
                var fresh = (InstanceTypeNode)TypeRelations.Freshen(instance, instance.FreshFrom, System.Array.Empty<ResourceId>(), origin);
                // A concrete instance: its resources are now free (owned by this import or export), not bound by a type.
                return new ExternEntity(ExternKind.Instance, new InstanceTypeNode(fresh.Exports, long.MaxValue));
        }
    }

    private static TypeNode TypeAt(Scope scope, uint index, int offset)
    {
        if (index >= (uint)scope.Types.Count)
            throw Fail(ValidationRules.IndexSpace, offset, $"type index {index} is out of bounds ({scope.Types.Count} types defined)");
        return scope.Types[(int)index];
    }
}
