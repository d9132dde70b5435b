using System;
using WitSharp.Engine.Model;

namespace WitSharp.Engine;

/// <summary>A global variable owned by a store.</summary>
public sealed class WasmGlobal
{
    /// <summary>Creates a global holding <paramref name="value"/>.</summary>
    public WasmGlobal(WasmStore store, WasmValue value, bool mutable)
    {
        Store = store ?? throw new ArgumentNullException(nameof(store));
        Type = new GlobalType(value.Type, mutable);
        Bits = store.ToSlot(value);
        if (value.Type.IsReference()) store.Handles.Track(this);
    }

    internal WasmGlobal(WasmStore store, GlobalType type, ulong bits)
    {
        Store = store;
        Type = type;
        Bits = bits;
        if (type.ValueType.IsReference()) store.Handles.Track(this);
    }

    /// <summary>The raw slot bits, read and written by the interpreter.</summary>
    internal ulong Bits;

    /// <summary>The store that owns the global.</summary>
    public WasmStore Store { get; }

    /// <summary>The value type and mutability.</summary>
    public GlobalType Type { get; }

    /// <summary>The current value. Setting an immutable global throws <see cref="InvalidOperationException"/>.</summary>
    public WasmValue Value
    {
        get => Store.FromSlot(Type.ValueType, Bits);
        set
        {
            if (!Type.Mutable) throw new InvalidOperationException("the global is immutable");
            if (value.Type != Type.ValueType) throw new ArgumentException($"a {Type.ValueType} value is required", nameof(value));
            Bits = Store.ToSlot(value);
        }
    }
}
