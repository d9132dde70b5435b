using System;
using System.Collections.Immutable;
using WitSharp.Engine.Model;

namespace WitSharp.Engine;

/// <summary>Checks a typed view of a function against its wasm signature, once, when the view is created.</summary>
internal static class TypedSignature
{
    public static FuncType Of(ValType[] parameters, ValType[] results) =>
        new(ImmutableArray.Create(parameters), ImmutableArray.Create(results));

    public static void Check(WasmFunction function, ValType[] parameters, ValType[] results)
    {
        FuncType expected = Of(parameters, results);
        if (!function.Type.Equals(expected))
            throw new ArgumentException($"the function's type is {function.Type}, not {expected}");
    }
}
