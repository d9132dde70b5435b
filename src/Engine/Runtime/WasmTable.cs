using System;
using WitSharp.Engine.Model;

namespace WitSharp.Engine;

/// <summary>A table of references owned by a store.</summary>
public sealed class WasmTable
{
    /// <summary>The largest table this engine allocates.</summary>
    public const uint MaxSupportedElements = 10_000_000;

    /// <summary>Creates a table of <paramref name="minimum"/> elements set to <paramref name="initial"/>.</summary>
    public WasmTable(WasmStore store, ValType elementType, uint minimum, uint? maximum, WasmValue initial)
        : this(store, new TableType(elementType, new Limits(minimum, maximum)), 0)
    {
        if (!elementType.IsReference()) throw new ArgumentException("a table holds funcref or externref", nameof(elementType));
        if (initial.Type != elementType) throw new ArgumentException($"the initial value must be a {elementType}", nameof(initial));
        Elements.AsSpan().Fill(store.ToSlot(initial));
    }

    internal WasmTable(WasmStore store, TableType type, ulong initialBits)
    {
        if (type.Limits.Minimum > MaxSupportedElements) throw new WasmTrapException(TrapKind.TableOutOfBounds, $"a table of {type.Limits.Minimum} elements is too large");
        Store = store;
        Type = type;
        Elements = new ulong[type.Limits.Minimum];
        if (initialBits != 0) Elements.AsSpan().Fill(initialBits);
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

    /// <summary>Grows by <paramref name="delta"/> elements set to <paramref name="initial"/>; returns the old size or -1.</summary>
    public int Grow(uint delta, WasmValue initial) => Grow(delta, Store.ToSlot(initial));

    internal int Grow(uint delta, ulong initialBits)
    {
        uint old = Size;
        ulong size = (ulong)old + delta;
        if (size > (Type.Limits.Maximum ?? uint.MaxValue) || size > MaxSupportedElements) return -1;
        if (delta == 0) return (int)old;
        var grown = new ulong[size];
        Elements.AsSpan().CopyTo(grown);
        grown.AsSpan((int)old).Fill(initialBits);
        Elements = grown;
        return (int)old;
    }
}
