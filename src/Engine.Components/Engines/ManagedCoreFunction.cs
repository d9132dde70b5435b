using System;
using System.Collections.Generic;
using WitSharp.Engine.Model;
using WitSharp.WitParser.Abi;

namespace WitSharp.Engine.Components.Engines;

/// <summary>A function of the managed engine behind the seam: calls go straight to <see cref="WasmFunction.Invoke(ReadOnlySpan{ulong}, Span{ulong})"/>.</summary>
internal sealed class ManagedCoreFunction(WasmFunction function) : CoreFunction
{
    public WasmFunction Function { get; } = function;

    public override bool HasType(IReadOnlyList<CoreValueType> parameters, IReadOnlyList<CoreValueType> results)
    {
        FuncType actual = Function.Type;
        bool same = actual.Parameters.Length == parameters.Count && actual.Results.Length == results.Count;
        for (int i = 0; same && i < parameters.Count; i++) same = actual.Parameters[i] == ManagedTypes.Of(parameters[i]);
        for (int i = 0; same && i < results.Count; i++) same = actual.Results[i] == ManagedTypes.Of(results[i]);
        return same;
    }

    public override void Invoke(ReadOnlySpan<ulong> arguments, Span<ulong> results) => Function.Invoke(arguments, results);

    public override string ToString() => Function.Type.ToString();
}
