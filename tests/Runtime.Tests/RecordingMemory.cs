using System;
using System.Collections.Generic;

namespace WitSharp.Runtime.Tests;

/// <summary>A <see cref="TestMemory"/> that logs every <c>cabi_realloc</c> call (arguments and result).</summary>
internal sealed class RecordingMemory : ICanonicalMemory
{
    private readonly TestMemory _inner;

    public RecordingMemory(int size = 4096) => _inner = new TestMemory(size);

    /// <summary>(old pointer, old size, alignment, new size) of each call, in order.</summary>
    public List<(ulong, ulong, uint, ulong)> Calls { get; } = new();

    public byte[] Bytes => _inner.Bytes;

    public Span<byte> Memory => _inner.Memory;

    public ulong Realloc(ulong oldPtr, ulong oldSize, uint alignment, ulong newSize)
    {
        Calls.Add((oldPtr, oldSize, alignment, newSize));
        return _inner.Realloc(oldPtr, oldSize, alignment, newSize);
    }
}
