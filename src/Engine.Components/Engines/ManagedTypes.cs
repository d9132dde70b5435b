using System.Collections.Generic;
using System.Collections.Immutable;
using WitSharp.Engine.Model;
using WitSharp.WitParser.Abi;

namespace WitSharp.Engine.Components.Engines;

/// <summary>Core value types of the Canonical ABI as the managed engine's value types.</summary>
internal static class ManagedTypes
{
    public static ImmutableArray<ValType> Of(IReadOnlyList<CoreValueType> types)
    {
        var builder = ImmutableArray.CreateBuilder<ValType>(types.Count);
        foreach (CoreValueType type in types) builder.Add(Of(type));
        return builder.MoveToImmutable();
    }

    public static ValType Of(CoreValueType type) => type switch
    {
        CoreValueType.I32 => ValType.I32,
        CoreValueType.I64 => ValType.I64,
        CoreValueType.F32 => ValType.F32,
        _ => ValType.F64,
    };
}
