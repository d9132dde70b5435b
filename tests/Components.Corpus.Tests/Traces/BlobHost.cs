using System.Collections.Generic;
using System.Linq;
using WitSharp.Components.Corpus.Tests.Values;
using WitSharp.Runtime;

namespace WitSharp.Components.Corpus.Tests.Traces;

/// <summary>
/// The host's <c>blob</c> resource for the host-resources component (resources/host-resources.wit): byte lists kept by
/// rep, reps handed out from 1 in order, each destructor call recorded in the trace.
/// </summary>
public sealed class BlobHost
{
    private readonly Dictionary<uint, List<byte>> _blobs = new();
    private readonly CallTrace _trace;
    private uint _nextRep = 1;

    /// <summary>A host recording into <paramref name="trace"/>.</summary>
    public BlobHost(CallTrace trace) => _trace = trace;

    /// <summary>The reps of blobs the guest has not dropped.</summary>
    public IReadOnlyCollection<uint> Live => _blobs.Keys;

    /// <summary>True for the imports this host answers: the <c>blobs</c> interface's functions.</summary>
    public static bool Serves(WorldFunction import) => import.Interface?.StartsWith("witsharp:blobs/", System.StringComparison.Ordinal) == true;

    /// <summary>Answers a call of one of the <c>blobs</c> interface's functions and records it.</summary>
    public WitValue? Call(WorldFunction import, IReadOnlyList<WitValue> arguments)
    {
        WitValue? result = import.Name switch
        {
            "[constructor]blob" => New(arguments[0].Items.Select(b => (byte)b.Bits)),
            "[method]blob.size" => WitValue.Unsigned((uint)_blobs[(uint)arguments[0].Bits].Count),
            "[method]blob.append" => Append((uint)arguments[0].Bits, (byte)arguments[1].Bits),
            "concat" => New(_blobs[(uint)arguments[0].Bits].Concat(_blobs[(uint)arguments[1].Bits]).ToArray()),
            _ => throw new KeyNotFoundException($"the blob host has no function {import.Name}"),
        };
        _trace.Host(import, arguments, result);
        return result;
    }

    /// <summary>The destructor: the guest dropped its owning handle of <paramref name="rep"/>.</summary>
    public void Destroy(uint rep)
    {
        _blobs.Remove(rep);
        _trace.Note($"  host drop blob {rep}");
    }

    private WitValue New(IEnumerable<byte> bytes)
    {
        uint rep = _nextRep++;
        _blobs[rep] = bytes.ToList();
        return WitValue.Handle(rep);
    }

    private WitValue? Append(uint rep, byte value)
    {
        _blobs[rep].Add(value);
        return null;
    }
}
