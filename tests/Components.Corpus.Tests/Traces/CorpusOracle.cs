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
    public static bool Knows(CorpusComponent component) => component.Name switch
    {
        "calc" or "calc-js" or "echo" or "nested" or "versions" or "guest-resources" or "host-resources" => true,
        _ => component.Name.StartsWith("strings-", StringComparison.Ordinal),
    };

    /// <summary>The expected trace of <paramref name="calls"/> on a fresh instance of <paramref name="component"/>.</summary>
    public static CallTrace Expect(CorpusComponent component, CorpusWorld world, IReadOnlyList<PlannedCall> calls)
    {
        var trace = new CallTrace();
        var state = new InstanceState();
        foreach (PlannedCall call in calls)
        {
            trace.Call(call.Function, call.Arguments);
            trace.Result(call.Function, Expect(component, world, call, trace, state));
        }
        return trace;
    }

    // What a guest remembers between calls on one instance.
    private sealed class InstanceState
    {
        public uint Dropped;
        public uint NextBlob = 1;
    }

    private static WitValue? Expect(CorpusComponent component, CorpusWorld world, PlannedCall call, CallTrace trace, InstanceState state)
    {
        IReadOnlyList<WitValue> args = call.Arguments;
        switch (component.Name, call.Function.Name)
        {
            case ("calc-js", "add"):
                {
                    // componentize-qjs (jco 1.35, QuickJS backend) converts the JS number a u32 result holds as if into
                    // an s32, saturating: sums of 2^31 and more come back as 2^31 - 1. The oracle describes the binary as
                    // built (an upstream defect, found by this test), which both runtimes must then agree on.
                    uint sum = (uint)(args[0].Bits + args[1].Bits);
                    return WitValue.Unsigned(Math.Min(sum, (uint)int.MaxValue));
                }
            case ("calc" or "nested", "add"):
                return WitValue.Unsigned((uint)(args[0].Bits + args[1].Bits));
            case ("calc" or "calc-js", "greet"):
                {
                    WitValue greeting = WitValue.String("Hello, " + args[0].Text + "!");
                    CorpusHost.Call(trace, Import(world, "log"), new[] { greeting });
                    return greeting;
                }
            case ("nested", "apply-twice"):
                return WitValue.Unsigned((uint)(args[0].Bits + 2 * args[1].Bits));
            case ("versions", "scale"):
                {
                    bool second = call.Function.Interface!.EndsWith("@2.0.0", StringComparison.Ordinal);
                    WitValue noted = CorpusHost.Call(trace, Import(world, "note"), new[] { WitValue.String(second ? "v2" : "v1"), args[0] })!;
                    return second
                        ? WitValue.Unsigned((ulong)(uint)noted.Bits * (uint)args[1].Bits)
                        : WitValue.Unsigned((uint)(noted.Bits + 1));
                }
            case ("guest-resources", "churn"):
                {
                    uint n = (uint)args[0].Bits;
                    state.Dropped += n;
                    return WitValue.Unsigned((uint)((ulong)n * (n - 1) / 2));
                }
            case ("guest-resources", "dropped"):
                return WitValue.Unsigned(state.Dropped);
            case ("host-resources", "blob-demo"):
                {
                    // The guest makes blob 0..n-1, appends 255, concatenates it with itself, then drops both; the
                    // host hands out reps in order, so this instance's blobs are numbered from where the last call left off.
                    uint n = (uint)args[0].Bits, first = state.NextBlob++, both = state.NextBlob++;
                    var bytes = Enumerable.Range(0, (int)n).Select(i => WitValue.Unsigned((ulong)i)).ToArray();
                    var blob = Import(world, "[constructor]blob");
                    trace.Host(blob, new[] { WitValue.Sequence(bytes) }, WitValue.Handle(first));
                    trace.Host(Import(world, "[method]blob.append"), new[] { WitValue.Handle(first), WitValue.Unsigned(255) }, null);
                    trace.Host(Import(world, "concat"), new[] { WitValue.Handle(first), WitValue.Handle(first) }, WitValue.Handle(both));
                    trace.Host(Import(world, "[method]blob.size"), new[] { WitValue.Handle(both) }, WitValue.Unsigned(2 * (n + 1)));
                    trace.Note($"  host drop blob {first}");
                    trace.Note($"  host drop blob {both}");
                    return WitValue.Unsigned(2 * (n + 1));
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

    private static WorldFunction Import(CorpusWorld world, string name) =>
        world.Imports.FirstOrDefault(f => f.Name == name) ?? throw new InvalidOperationException($"the world imports no '{name}'");
}
