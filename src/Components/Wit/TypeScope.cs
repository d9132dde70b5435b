using System.Collections.Generic;
using WitSharp.Components.Model;

namespace WitSharp.Components.Wit;

/// <summary>
/// The component-level index spaces of one component, component type or instance type while it is read (core sorts
/// are not needed for WIT and not kept), with the enclosing scope that <c>alias outer</c> reaches.
/// </summary>
internal sealed class TypeScope(TypeScope? parent)
{
    private readonly List<TypeEntity> _types = new();
    private readonly List<ItemEntity> _funcs = new();
    private readonly List<ItemEntity> _instances = new();
    private readonly List<ItemEntity> _components = new();

    public TypeScope? Parent { get; } = parent;

    public void AddType(TypeEntity type) => _types.Add(type);

    /// <summary>Adds <paramref name="item"/> to the space of <paramref name="sort"/> (core sorts and values are dropped).</summary>
    public void Add(Sort sort, ItemEntity item)
    {
        switch (sort)
        {
            case Sort.Type: _types.Add(item is TypeItem t ? t.Type : throw new ComponentWitException("a type index that is not a type")); break;
            case Sort.Func: _funcs.Add(item); break;
            case Sort.Instance: _instances.Add(item); break;
            case Sort.Component: _components.Add(item); break;
        }
    }

    public TypeEntity Type(uint index, int offset) =>
        index < _types.Count ? _types[(int)index] : throw Missing("type", index, _types.Count, offset);

    /// <summary>The item at <paramref name="index"/> of <paramref name="sort"/>'s space; an opaque item for the sorts not kept.</summary>
    public ItemEntity Item(Sort sort, uint index, int offset)
    {
        List<ItemEntity>? space = sort switch
        {
            Sort.Func => _funcs,
            Sort.Instance => _instances,
            Sort.Component => _components,
            _ => null,
        };
        if (sort == Sort.Type) return new TypeItem(Type(index, offset));
        if (space is null) return OpaqueItem.Instance;
        return index < space.Count ? space[(int)index] : throw Missing(sort.ToText(), index, space.Count, offset);
    }

    /// <summary>The scope <paramref name="count"/> levels out (0 is this one).</summary>
    public TypeScope Outer(uint count, int offset)
    {
        TypeScope scope = this;
        for (uint i = 0; i < count; i++) scope = scope.Parent ?? throw new ComponentWitException($"alias outer {count} reaches past the outermost scope", offset);
        return scope;
    }

    private static ComponentWitException Missing(string space, uint index, int count, int offset) =>
        new($"{space} index {index} is out of bounds ({count} defined)", offset);
}
