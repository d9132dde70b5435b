using System.Collections.Generic;
using WitSharp.WitParser.Abi;

namespace WitSharp.Wasmtime.Core;

/// <summary>The Canonical ABI's core value types as Wasmtime's value kinds.</summary>
internal static class ValueKinds
{
    public static global::Wasmtime.ValueKind Of(CoreValueType type) => type switch
    {
        CoreValueType.I32 => global::Wasmtime.ValueKind.Int32,
        CoreValueType.I64 => global::Wasmtime.ValueKind.Int64,
        CoreValueType.F32 => global::Wasmtime.ValueKind.Float32,
        _ => global::Wasmtime.ValueKind.Float64,
    };

    public static global::Wasmtime.ValueKind[] Of(IReadOnlyList<CoreValueType> types)
    {
        var kinds = new global::Wasmtime.ValueKind[types.Count];
        for (int i = 0; i < kinds.Length; i++) kinds[i] = Of(types[i]);
        return kinds;
    }
}
