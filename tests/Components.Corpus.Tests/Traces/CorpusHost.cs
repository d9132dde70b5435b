using System;
using System.Collections.Generic;
using WitSharp.Components.Corpus.Tests.Values;
using WitSharp.Runtime;

namespace WitSharp.Components.Corpus.Tests.Traces;

/// <summary>
/// The host side every harness gives a corpus component: each import call is recorded in the trace and answered the
/// same way on every runtime (a one-parameter import returns its argument; <c>host-echo-many</c> returns
/// <c>(g, m, j)</c>; <c>note(tag, n)</c> returns <c>n * 2</c>; an import without a result returns nothing).
/// </summary>
public static class CorpusHost
{
    /// <summary>What the host returns for a call of <paramref name="import"/> with <paramref name="arguments"/>.</summary>
    public static WitValue? Respond(WorldFunction import, IReadOnlyList<WitValue> arguments)
    {
        if (import.Result is null) return null;
        if (import.Name == "host-echo-many") return WitValue.Sequence(new[] { arguments[6], arguments[12], arguments[9] });
        if (import.Name == "note") return WitValue.Unsigned((uint)(arguments[1].Bits * 2));
        if (arguments.Count == 1) return arguments[0];
        throw new NotSupportedException($"the corpus host has no answer for {import.Key}");
    }

    /// <summary>Answers <paramref name="import"/> and records the call in <paramref name="trace"/>.</summary>
    public static WitValue? Call(CallTrace trace, WorldFunction import, IReadOnlyList<WitValue> arguments)
    {
        WitValue? result = Respond(import, arguments);
        trace.Host(import, arguments, result);
        return result;
    }
}
