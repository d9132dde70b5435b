using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using WitSharp.Components.Corpus.Tests.Values;
using WitSharp.Runtime;
using WitSharp.Testing;

namespace WitSharp.Components.Corpus.Tests.Traces;

/// <summary>
/// The trace a corpus component must produce, computed in C# from the inputs and what each component is written to do,
/// so that a reference run checked against it could fail.
/// </summary>
public static class CorpusOracle
{
    /// <summary>True when the oracle knows what <paramref name="component"/> does.</summary>
    public static bool Knows(CorpusComponent component) =>
        component.Name == "calc" || component.Name == "echo" || component.Name.StartsWith("strings-", StringComparison.Ordinal);

    /// <summary>The expected trace of <paramref name="calls"/> on a fresh instance of <paramref name="component"/>.</summary>
    public static CallTrace Expect(CorpusComponent component, CorpusWorld world, IReadOnlyList<PlannedCall> calls)
    {
        var trace = new CallTrace();
        foreach (PlannedCall call in calls)
        {
            trace.Call(call.Function, call.Arguments);
            trace.Result(call.Function, Expect(component, world, call, trace));
        }
        return trace;
    }

    private static WitValue? Expect(CorpusComponent component, CorpusWorld world, PlannedCall call, CallTrace trace)
    {
        IReadOnlyList<WitValue> args = call.Arguments;
        switch (component.Name, call.Function.Name)
        {
            case ("calc", "add"):
                return WitValue.Unsigned((uint)(args[0].Bits + args[1].Bits));
            case ("calc", "greet"):
                {
                    WitValue greeting = WitValue.String("Hello, " + args[0].Text + "!");
                    CorpusHost.Call(trace, Import(world, "log"), new[] { greeting });
                    return greeting;
                }
            case ("echo", _):
            case (_, "echo"):
                return CorpusHost.Call(trace, Import(world, "host-" + call.Function.Name), args);
            case (_, "code-units"):
                return WitValue.Unsigned(CodeUnits(component.StringEncoding, args[0].Text!));
            default:
                throw new NotSupportedException($"no oracle for {component.Name} {call.Function.Key}");
        }
    }

    /// <summary>The length the Canonical ABI passes a guest for <paramref name="text"/> in <paramref name="encoding"/>.</summary>
    public static uint CodeUnits(string encoding, string text) => encoding switch
    {
        "utf8" => (uint)Encoding.UTF8.GetByteCount(text),
        "utf16" => (uint)text.Length,
        // latin1+utf16: Latin-1 bytes when every character fits, else UTF-16 units tagged with bit 31.
        "compact-utf16" => text.All(c => c <= '\u00FF') ? (uint)text.Length : (uint)text.Length | 0x8000_0000u,
        _ => throw new ArgumentException($"unknown string encoding {encoding}"),
    };

    private static WorldFunction Import(CorpusWorld world, string key) =>
        world.Imports.FirstOrDefault(f => f.Key == key) ?? throw new InvalidOperationException($"the world imports no '{key}'");
}
