using System.Collections.Generic;
using WitSharp.Components.Model;

namespace WitSharp.Components.Wit;

/// <summary>An item of a component's function, instance or component index space, as far as its type is known.</summary>
internal abstract class ItemEntity;

/// <summary>A component function of type <see cref="Type"/>.</summary>
internal sealed class FuncItem(FuncTypeEntity type) : ItemEntity
{
    public FuncTypeEntity Type { get; } = type;
}

/// <summary>A type, as an item (an instance's type export, a type import).</summary>
internal sealed class TypeItem(TypeEntity type) : ItemEntity
{
    public TypeEntity Type { get; } = type;
}

/// <summary>An instance: its exports in order.</summary>
internal sealed class InstanceItem(IReadOnlyList<NamedItem> exports) : ItemEntity
{
    public IReadOnlyList<NamedItem> Exports { get; } = exports;

    /// <summary>The export named <paramref name="name"/>, or null.</summary>
    public ItemEntity? Find(string name)
    {
        foreach (var export in Exports) if (export.Name.Name == name) return export.Item;
        return null;
    }
}

/// <summary>A component: a definition to run, or a component type's imports and exports.</summary>
internal sealed class ComponentItem : ItemEntity
{
    private ComponentItem(ComponentDefinition? definition, TypeScope? parent, ComponentShape? shape)
    {
        Definition = definition;
        Parent = parent;
        Shape = shape;
    }

    /// <summary>A nested component definition, read in <paramref name="parent"/>.</summary>
    public static ComponentItem Defined(ComponentDefinition definition, TypeScope parent) => new(definition, parent, null);

    /// <summary>A component known only by its type.</summary>
    public static ComponentItem Declared(ComponentShape shape) => new(null, null, shape);

    public ComponentDefinition? Definition { get; }
    public TypeScope? Parent { get; }
    public ComponentShape? Shape { get; }
}

/// <summary>An item whose type does not matter to WIT (a core module, a value).</summary>
internal sealed class OpaqueItem : ItemEntity
{
    public static readonly OpaqueItem Instance = new();
}

/// <summary>An import or export: its name (with attributes) and the item.</summary>
internal readonly record struct NamedItem(ExternName Name, ItemEntity Item);

/// <summary>The imports and exports of a component or component type, in binary order.</summary>
internal sealed class ComponentShape(IReadOnlyList<NamedItem> imports, IReadOnlyList<NamedItem> exports)
{
    public IReadOnlyList<NamedItem> Imports { get; } = imports;
    public IReadOnlyList<NamedItem> Exports { get; } = exports;
}
