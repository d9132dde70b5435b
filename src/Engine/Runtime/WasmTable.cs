using System;
using WitSharp.Engine.Binary;
using WitSharp.Engine.Model;

namespace WitSharp.Engine;

/// <summary>
/// A table of references owned by a store. Its elements count against the store's
/// <see cref="WasmStore.MaxTableElements"/> and, for a table an instance defines, that instance's budget.
/// </summary>
public sealed class WasmTable
{
    /// <summary>The largest table this engine allocates: the web's table size limit, <see cref="ImplementationLimits.MaxTableSize"/>.</summary>
    public const uint MaxSupportedElements = ImplementationLimits.MaxTableSize;

    private readonly TableElementBudget? _budget;

    /// <summary>Creates a table of <paramref name="minimum"/> elements set to <paramref name="initial"/>.</summary>
    /// <exception cref="WasmResourceLimitException">The table exceeds the store's limits or cannot be allocated.</exception>
    public WasmTable(WasmStore store, ValType elementType, uint minimum, uint? maximum, WasmValue initial)
        : this(store, new TableType(elementType, new Limits(minimum, maximum)), 0, null)
    {
        if (!elementType.IsReference()) throw new ArgumentException("a table holds funcref or externref", nameof(elementType));
        if (initial.Type != elementType) throw new ArgumentException($"the initial value must be a {elementType}", nameof(initial));
        Elements.AsSpan().Fill(store.ToSlot(initial));
    }

    internal WasmTable(WasmStore store, TableType type, ulong initialBits, TableElementBudget? budget)
    {
        uint minimum = type.Limits.Minimum;
        if (minimum > MaxSupportedElements)
            throw new WasmResourceLimitException($"a table of {minimum} elements exceeds the engine's limit of {MaxSupportedElements}");
        if (budget != null && !budget.TryTake(minimum))
            throw new WasmResourceLimitException($"a table of {minimum} elements exceeds the instance's table element limit");
        if (!store.Tables.TryReserve(minimum, store.MaxTableElements))
        {
            budget?.Give(minimum);
            throw new WasmResourceLimitException($"a table of {minimum} elements exceeds the store's limit of {store.MaxTableElements} table elements");
        }
        try
        {
            Elements = new ulong[minimum];
        }
        catch (OutOfMemoryException e)
        {
            budget?.Give(minimum);
            store.Tables.Release(minimum);
            throw new WasmResourceLimitException($"a table of {minimum} elements cannot be allocated", e);
        }
        if (initialBits != 0) Elements.AsSpan().Fill(initialBits);
        Store = store;
        Type = type;
        _budget = budget;
        store.Tables.Add(this);
    }

    /// <summary>Element handles; replaced when the table grows.</summary>
    internal ulong[] Elements;

    /// <summary>The store that owns the table.</summary>
    public WasmStore Store { get; }

    /// <summary>The element type and declared limits.</summary>
    public TableType Type { get; }

    /// <summary>The current number of elements.</summary>
    public uint Size => (uint)Elements.Length;

    /// <summary>The element at <paramref name="index"/>.</summary>
    public WasmValue Get(uint index)
    {
        if (index >= Size) throw new ArgumentOutOfRangeException(nameof(index));
        return Store.FromSlot(Type.ElementType, Elements[index]);
    }

    /// <summary>Sets the element at <paramref name="index"/>.</summary>
    public void Set(uint index, WasmValue value)
    {
        if (index >= Size) throw new ArgumentOutOfRangeException(nameof(index));
        if (value.Type != Type.ElementType) throw new ArgumentException($"a {Type.ElementType} value is required", nameof(value));
        Elements[index] = Store.ToSlot(value);
    }

    /// <summary>
    /// Grows by <paramref name="delta"/> elements set to <paramref name="initial"/>; returns the old size, or -1 when
    /// the declared maximum, a limit, or the memory available forbids it.
    /// </summary>
    public int Grow(uint delta, WasmValue initial) => Grow(delta, Store.ToSlot(initial));

    internal int Grow(uint delta, ulong initialBits)
    {
        uint old = Size;
        ulong size = (ulong)old + delta;
        if (size > (Type.Limits.Maximum ?? uint.MaxValue) || size > MaxSupportedElements) return -1;
        if (delta == 0) return (int)old;
        if (_budget != null && !_budget.TryTake(delta)) return -1;
        if (!Store.Tables.TryReserve(delta, Store.MaxTableElements))
        {
            _budget?.Give(delta);
            return -1;
        }
        ulong[] grown;
        try
        {
            grown = new ulong[size];
        }
        catch (OutOfMemoryException)
        {
            // The spec lets growth fail for any reason; running out of memory is one.
            _budget?.Give(delta);
            Store.Tables.Release(delta);
            return -1;
        }
        Elements.AsSpan().CopyTo(grown);
        grown.AsSpan((int)old).Fill(initialBits);
        Elements = grown;
        return (int)old;
    }
}
