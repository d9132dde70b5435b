using System.Collections.Generic;
using WitSharp.Components.Model;

namespace WitSharp.Engine.Components.Planning;

/// <summary>
/// The index spaces of one component (or instance type) while it is planned, with the scope it was defined in for
/// outer aliases. Entries are the static values of StaticValues.cs: core items by slot, functions, types.
/// </summary>
internal sealed class PlanScope
{
    private readonly List<object?>[] _spaces = new List<object?>[SortExtensions.Count];

    public PlanScope(PlanScope? outer, int node)
    {
        Outer = outer;
        Node = node;
        for (int i = 0; i < _spaces.Length; i++) _spaces[i] = new List<object?>();
    }

    /// <summary>The enclosing scope (count 1 of an outer alias).</summary>
    public PlanScope? Outer { get; }

    /// <summary>The component instance node whose code this scope's canon definitions belong to.</summary>
    public int Node { get; }

    public void Add(Sort sort, object? value) => _spaces[(int)sort].Add(value);

    public int Count(Sort sort) => _spaces[(int)sort].Count;

    /// <summary>Entry <paramref name="index"/> of <paramref name="sort"/>; a bad index is a malformed component.</summary>
    public object? Get(Sort sort, uint index, int offset)
    {
        List<object?> space = _spaces[(int)sort];
        if (index >= (uint)space.Count) throw PlanException.At(offset, sort.ToText() + " index " + index + " is out of bounds (" + space.Count + " defined)");
        return space[(int)index];
    }

    public T Get<T>(Sort sort, uint index, int offset) where T : class =>
        Get(sort, index, offset) as T ?? throw PlanException.At(offset, sort.ToText() + " " + index + " is not usable here");

    public object? Get(SortIndex item, int offset) => Get(item.Sort, item.Index, offset);

    /// <summary>The slot of core item <paramref name="index"/> of <paramref name="sort"/>.</summary>
    public int Slot(Sort sort, uint index, int offset) =>
        Get(sort, index, offset) is int slot ? slot : throw PlanException.At(offset, sort.ToText() + " " + index + " is not a core item");

    /// <summary>The scope <paramref name="count"/> levels out.</summary>
    public PlanScope OuterAt(uint count, int offset)
    {
        PlanScope scope = this;
        for (uint i = 0; i < count; i++)
        {
            scope = scope.Outer ?? throw PlanException.At(offset, "outer alias count " + count + " reaches past the outermost component");
        }
        return scope;
    }
}
