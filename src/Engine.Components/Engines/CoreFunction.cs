using System;
using System.Collections.Generic;
using WitSharp.WitParser.Abi;

namespace WitSharp.Engine.Components.Engines;

/// <summary>A core function of one store: a guest's export or a host function.</summary>
public abstract class CoreFunction : CoreExtern
{
    /// <inheritdoc/>
    public sealed override CoreExternKind Kind => CoreExternKind.Function;

    /// <summary>
    /// True when the function's type is exactly (<paramref name="parameters"/>) -&gt; (<paramref name="results"/>); a
    /// function with reference or vector types never matches.
    /// </summary>
    public abstract bool HasType(IReadOnlyList<CoreValueType> parameters, IReadOnlyList<CoreValueType> results);

    /// <summary>
    /// Calls the function with flat slots, one per parameter, writing one per result: <c>i32</c> and <c>f32</c> in the
    /// low 32 bits (the upper bits are ignored on input and zero on output), <c>i64</c> and <c>f64</c> in all 64, floats
    /// as their IEEE bits. Must not allocate on the managed heap per call: the typed bindings' warm path runs on it.
    /// </summary>
    /// <exception cref="WasmTrapException">Execution trapped (a host function's exception is its inner exception, kind
    /// <see cref="TrapKind.HostError"/>); the store stays usable.</exception>
    public abstract void Invoke(ReadOnlySpan<ulong> arguments, Span<ulong> results);
}
