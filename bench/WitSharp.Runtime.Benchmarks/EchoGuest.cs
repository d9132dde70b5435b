using System;
using System.Buffers.Binary;

namespace WitSharp.Runtime.Benchmarks;

/// <summary>
/// The guest side of <c>wit/echo.wit</c> without an engine: every core export takes a list as (pointer, length) and
/// returns it unchanged through a return area it allocates, as a compiled guest that echoes its argument would.
/// </summary>
public sealed class EchoGuest : ICoreFunctionInvoker
{
    private readonly ICanonicalMemory _memory;

    /// <summary>A guest over <paramref name="memory"/>.</summary>
    public EchoGuest(ICanonicalMemory memory) => _memory = memory;

    /// <summary>Every core export has the same flat shape, so names map to one index.</summary>
    public static int ResolveExport(string name) => 0;

    /// <inheritdoc />
    public void Invoke(int export, ReadOnlySpan<CoreValue> arguments, Span<CoreValue> results)
    {
        ulong area = _memory.Realloc(0, 0, 4, 8);
        Span<byte> pair = _memory.Memory.Slice((int)area, 8);
        BinaryPrimitives.WriteUInt32LittleEndian(pair, (uint)arguments[0].Bits);
        BinaryPrimitives.WriteUInt32LittleEndian(pair.Slice(4), (uint)arguments[1].Bits);
        results[0] = CoreValue.I32((uint)area);
    }

    /// <inheritdoc />
    public void PostReturn(int export, ReadOnlySpan<CoreValue> results)
    {
    }
}
