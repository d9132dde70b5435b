using System.Collections.Generic;
using WitSharp.Components.Model;

namespace WitSharp.Components.Wit;

/// <summary>
/// Reads a component's definitions at the type level: which function types its functions have, which exports its
/// instances have, and which type each index names. Nested components are read again for each instantiation with
/// their imports bound to the arguments, so an instance made from a nested component exports the outer component's
/// types (the way wit-component re-exports an interface's types through a shim component). Instance and component types
/// are read again each time an import or export has them as type, making fresh resources each time, as the
/// Component Model's type rules do.
/// </summary>
internal sealed class ComponentTypeEvaluator
{
    // A chain of components each instantiating the previous one twice doubles the work per level: a budget of
    // definitions read bounds what a hostile binary can ask for, far above what real components need.
    private const long DefaultBudget = 500_000;
    private const int MaxDepth = 200;

    private long _budget;
    private int _depth;

    public ComponentTypeEvaluator(long budget = DefaultBudget) => _budget = budget;

    /// <summary>Reads a component definition; imports named in <paramref name="arguments"/> are bound to them.</summary>
    public ComponentShape Component(ComponentDefinition definition, TypeScope? parent, IReadOnlyDictionary<string, ItemEntity>? arguments)
    {
        Enter(definition.Offset);
        var scope = new TypeScope(parent);
        var imports = new List<NamedItem>();
        var exports = new List<NamedItem>();
        foreach (var d in definition.Definitions)
        {
            Spend(d.Offset);
            if (DeclareType(d, scope)) continue;
            switch (d)
            {
                case ImportDefinition i:
                    var imported = arguments is not null && arguments.TryGetValue(i.Name.Name, out var argument)
                        ? argument
                        : Extern(i.Type, scope, i.Offset);
                    scope.Add(i.Type.Sort, imported);
                    imports.Add(new NamedItem(i.Name, imported));
                    break;
                case CanonLift lift:
                    scope.Add(Sort.Func, new FuncItem(FuncType(scope, lift.TypeIndex, lift.Offset)));
                    break;
                case NestedComponentDefinition nested:
                    scope.Add(Sort.Component, ComponentItem.Defined(nested.Component, scope));
                    break;
                case ComponentInstantiation instantiation:
                    scope.Add(Sort.Instance, Instantiate(instantiation, scope));
                    break;
                case InlineExportInstance bundle:
                    var items = new List<NamedItem>(bundle.Exports.Count);
                    foreach (var e in bundle.Exports) items.Add(new NamedItem(e.Name, scope.Item(e.Item.Sort, e.Item.Index, bundle.Offset)));
                    scope.Add(Sort.Instance, new InstanceItem(items));
                    break;
                case ExportDefinition export:
                    var exported = Export(export, scope);
                    scope.Add(export.Item.Sort, exported);
                    exports.Add(new NamedItem(export.Name, exported));
                    break;
                // Core modules, core instances, core types, the canon built-ins that make core functions, start and
                // values do not change the component-level types.
            }
        }
        _depth--;
        return new ComponentShape(imports, exports);
    }

    /// <summary>Reads a component type: its imports and exports.</summary>
    public ComponentShape ComponentType(ComponentTypeEntity type) => Declarations(type.Definition.Declarations, type.Scope, type.Offset);

    /// <summary>Reads an instance type: an instance with fresh resources.</summary>
    public InstanceItem InstanceType(InstanceTypeEntity type) =>
        new(Declarations(type.Definition.Declarations, type.Scope, type.Offset).Exports);

    /// <summary>The declarators of a component or instance type (instance types have no imports).</summary>
    private ComponentShape Declarations(IReadOnlyList<Definition> declarations, TypeScope parent, int offset)
    {
        Enter(offset);
        var scope = new TypeScope(parent);
        var imports = new List<NamedItem>();
        var exports = new List<NamedItem>();
        foreach (var d in declarations)
        {
            Spend(d.Offset);
            if (DeclareType(d, scope)) continue;
            var (name, type, into) = d switch
            {
                ImportDefinition i => (i.Name, i.Type, imports),
                ExportDeclaration e => (e.Name, e.Type, exports),
                _ => (null!, null!, null),
            };
            if (into is null) continue; // core type definitions
            var item = Extern(type, scope, d.Offset);
            scope.Add(type.Sort, item);
            into.Add(new NamedItem(name, item));
        }
        _depth--;
        return new ComponentShape(imports, exports);
    }

    /// <summary>Type definitions and aliases, read the same way in components and in types; false for anything else.</summary>
    private static bool DeclareType(Definition definition, TypeScope scope)
    {
        switch (definition)
        {
            case TypeDefinition t:
                scope.AddType(Define(t, scope));
                return true;
            case AliasDefinition a:
                Alias(a, scope);
                return true;
            default:
                return false;
        }
    }

    /// <summary>What an import or export of type <paramref name="type"/> is, read in <paramref name="scope"/>.</summary>
    public ItemEntity Extern(ExternType type, TypeScope scope, int offset) => type.Kind switch
    {
        ExternKind.Func => new FuncItem(FuncType(scope, type.Index, offset)),
        ExternKind.Instance => scope.Type(type.Index, offset) is InstanceTypeEntity instance
            ? InstanceType(instance)
            : throw new ComponentWitException($"type index {type.Index} of an instance is not an instance type", offset),
        ExternKind.Component => scope.Type(type.Index, offset) is ComponentTypeEntity component
            ? ComponentItem.Declared(ComponentType(component))
            : throw new ComponentWitException($"type index {type.Index} of a component is not a component type", offset),
        ExternKind.Type => type.Bound == ExternBound.SubResource
            ? new TypeItem(new ResourceEntity())
            : new TypeItem(new AliasEntity(scope.Type(type.Index, offset))),
        _ => OpaqueItem.Instance,
    };

    private static TypeEntity Define(TypeDefinition definition, TypeScope scope) => definition.Type switch
    {
        DefinedValueType value => new ValueTypeEntity(value, scope, definition.Offset),
        FuncType func => new FuncTypeEntity(func, scope, definition.Offset),
        InstanceType instance => new InstanceTypeEntity(instance, scope, definition.Offset),
        ComponentType component => new ComponentTypeEntity(component, scope, definition.Offset),
        _ => new ResourceEntity(),
    };

    private static void Alias(AliasDefinition alias, TypeScope scope)
    {
        switch (alias)
        {
            case ExportAlias e:
                var instance = scope.Item(Sort.Instance, e.InstanceIndex, e.Offset) as InstanceItem
                    ?? throw new ComponentWitException($"instance {e.InstanceIndex} has no known exports", e.Offset);
                var item = instance.Find(e.Name) ?? throw new ComponentWitException($"instance {e.InstanceIndex} has no export `{e.Name}`", e.Offset);
                // The alias names the export itself: the same type, not a new one.
                scope.Add(e.Sort, item);
                break;
            case OuterAlias o when o.Sort == Sort.Type:
                scope.AddType(scope.Outer(o.Count, o.Offset).Type(o.Index, o.Offset));
                break;
            case OuterAlias o when o.Sort == Sort.Component:
                scope.Add(Sort.Component, scope.Outer(o.Count, o.Offset).Item(Sort.Component, o.Index, o.Offset));
                break;
            // Core export and core outer aliases only touch core index spaces.
        }
    }

    private ItemEntity Instantiate(ComponentInstantiation instantiation, TypeScope scope)
    {
        var component = scope.Item(Sort.Component, instantiation.ComponentIndex, instantiation.Offset) as ComponentItem
            ?? throw new ComponentWitException($"component {instantiation.ComponentIndex} is not a component", instantiation.Offset);
        if (component.Shape is { } shape) return new InstanceItem(shape.Exports);
        var arguments = new Dictionary<string, ItemEntity>();
        foreach (var argument in instantiation.Arguments)
            arguments.TryAdd(argument.Name, scope.Item(argument.Item.Sort, argument.Item.Index, instantiation.Offset));
        return new InstanceItem(Component(component.Definition!, component.Parent, arguments).Exports);
    }

    private ItemEntity Export(ExportDefinition export, TypeScope scope)
    {
        var item = scope.Item(export.Item.Sort, export.Item.Index, export.Offset);
        switch (item)
        {
            // Exporting a type makes a new type index equal to the exported one.
            case TypeItem type:
                return new TypeItem(new AliasEntity(type.Type));
            // A function export's ascribed type is what the outside sees (wit-component ascribes types that name
            // the exported types rather than the shim's imports).
            case FuncItem when export.AscribedType is { Kind: ExternKind.Func } ascribed:
                return new FuncItem(FuncType(scope, ascribed.Index, export.Offset));
            default:
                return item;
        }
    }

    private static FuncTypeEntity FuncType(TypeScope scope, uint index, int offset) =>
        scope.Type(index, offset) as FuncTypeEntity ?? throw new ComponentWitException($"type index {index} is not a function type", offset);

    private void Spend(int offset)
    {
        if (--_budget < 0) throw new ComponentWitException("the component's types are too large to read as WIT (instantiations multiply them)", offset);
    }

    private void Enter(int offset)
    {
        if (++_depth > MaxDepth) throw new ComponentWitException($"components and types nest more than {MaxDepth} deep", offset);
    }
}
