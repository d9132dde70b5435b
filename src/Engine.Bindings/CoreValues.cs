using System;
using System.Collections.Immutable;
using WitSharp.Engine.Model;
using WitSharp.Runtime;
using WitSharp.WitParser.Abi;

namespace WitSharp.Engine.Bindings;

/// <summary>Converts between the engine's raw slot bits and the bindings' typed flat values.</summary>
internal static class CoreValues
{
    /// <summary>The flat value of <paramref name="bits"/> read as <paramref name="type"/>.</summary>
    public static CoreValue FromSlot(ValType type, ulong bits) => new CoreValue(ToCore(type), bits);

    /// <summary>The Canonical ABI's name for a core value type; reference types have no flat form.</summary>
    public static CoreValueType ToCore(ValType type) => type switch
    {
        ValType.I32 => CoreValueType.I32,
        ValType.I64 => CoreValueType.I64,
        ValType.F32 => CoreValueType.F32,
        ValType.F64 => CoreValueType.F64,
        _ => throw new CanonicalAbiTrapException("core type " + type.ToWatName() + " is not a Canonical ABI flat type"),
    };

    /// <summary>
    /// Copies <paramref name="values"/> into <paramref name="slots"/>, trapping unless they match the core
    /// <paramref name="types"/> one for one (a WIT signature that does not match the guest's core signature).
    /// </summary>
    public static void ToSlots(ReadOnlySpan<CoreValue> values, ImmutableArray<ValType> types, Span<ulong> slots, string what)
    {
        if (values.Length != types.Length)
        {
            throw new CanonicalAbiTrapException(what + " takes " + types.Length + " core value(s), the bindings pass " + values.Length);
        }
        for (int i = 0; i < values.Length; i++)
        {
            if (values[i].Type != ToCore(types[i]))
            {
                throw new CanonicalAbiTrapException(what + " value " + i + " is " + types[i].ToWatName() + ", the bindings pass " + values[i].Type.Name());
            }
            slots[i] = values[i].Bits;
        }
    }

    /// <summary>Reads <paramref name="slots"/> as <paramref name="types"/> into <paramref name="values"/>.</summary>
    public static void FromSlots(ReadOnlySpan<ulong> slots, ImmutableArray<ValType> types, Span<CoreValue> values)
    {
        for (int i = 0; i < types.Length; i++) values[i] = FromSlot(types[i], slots[i]);
    }
}
