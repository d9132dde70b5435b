using System;
using WitSharp.Runtime;

namespace WitSharp.Generator.Tests.Differential;

/// <summary>
/// A guest whose core exports are the dynamic Canonical ABI: it lifts the flat arguments the generated export
/// binding passes (recording them and the memory at the call) and lowers <see cref="Reply"/> as the result, the
/// way compiled guest code would (a pointer to a return area past one flat value).
/// </summary>
public sealed class DifferentialGuest : ICoreFunctionInvoker
{
    private readonly CanonicalType[] _params;
    private readonly CanonicalType[] _results;

    /// <summary>
    /// A guest over <paramref name="memory"/> (strings in <paramref name="encoding"/>) whose export <c>i</c> takes
    /// <c>params[i]</c> and returns <c>results[i]</c> (tuples).
    /// </summary>
    public DifferentialGuest(TestMemory memory, CanonicalType[] parameters, CanonicalType[] results, StringEncoding encoding)
    {
        Memory = memory;
        Context = memory.Context(encoding);
        _params = parameters;
        _results = results;
    }

    /// <summary>The guest's memory.</summary>
    public TestMemory Memory { get; }

    /// <summary>The context the guest lifts and lowers with.</summary>
    public CallContext Context { get; }

    /// <summary>The value the next call returns (ignored by functions without a result).</summary>
    public WitValue? Reply { get; set; }

    /// <summary>The flat arguments of the last call.</summary>
    public CoreValue[] Arguments { get; private set; } = Array.Empty<CoreValue>();

    /// <summary>The memory as the last call found it.</summary>
    public byte[] MemoryAtCall { get; private set; } = Array.Empty<byte>();

    /// <summary>The bump pointer as the last call found it.</summary>
    public ulong NextAtCall { get; private set; }

    /// <summary>The arguments of the last call, lifted by the dynamic path.</summary>
    public WitValue[] Lifted { get; private set; } = Array.Empty<WitValue>();

    /// <summary>post-return calls so far.</summary>
    public int PostReturns { get; private set; }

    /// <inheritdoc />
    public void Invoke(int export, ReadOnlySpan<CoreValue> arguments, Span<CoreValue> results)
    {
        Arguments = arguments.ToArray();
        MemoryAtCall = (byte[])Memory.Bytes.Clone();
        NextAtCall = Memory.Next;
        var reader = new FlatReader(arguments);
        Lifted = CanonicalAbi.LiftFlatValues(Context, 16, ref reader, _params[export]);
        if (_results[export].Fields.Count == 0) return;
        var flat = CanonicalAbi.LowerFlatValues(Context, 1, new[] { Reply! }, _results[export]);
        flat.CopyTo(results);
    }

    /// <inheritdoc />
    public void PostReturn(int export, ReadOnlySpan<CoreValue> results) => PostReturns++;
}
