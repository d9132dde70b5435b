using System;
using WitSharp.Runtime;
using WitSharp.Runtime.Resources;

namespace WitSharp.Generator.Tests.Differential;

/// <summary>A guest memory over a byte array with a bump <c>cabi_realloc</c>, so two runs that allocate alike get the same bytes.</summary>
public sealed class TestMemory : ICanonicalMemory
{
    private ulong _next;

    /// <summary>A zeroed memory of <paramref name="size"/> bytes whose first block starts at <paramref name="start"/>.</summary>
    public TestMemory(int size, ulong start = 8)
    {
        Bytes = new byte[size];
        _next = start;
    }

    /// <summary>The memory.</summary>
    public byte[] Bytes { get; }

    /// <summary>The bump pointer: everything below it has been handed out.</summary>
    public ulong Next => _next;

    /// <summary>Calls to <see cref="Realloc"/>.</summary>
    public int Reallocs { get; private set; }

    /// <inheritdoc />
    public Span<byte> Memory => Bytes;

    /// <inheritdoc />
    public ulong Realloc(ulong oldPtr, ulong oldSize, uint alignment, ulong newSize)
    {
        Reallocs++;
        _next = (_next + alignment - 1) / alignment * alignment;
        ulong p = _next;
        _next += newSize;
        // Like a real allocator, a reallocation keeps the old contents.
        Array.Copy(Bytes, (long)oldPtr, Bytes, (long)p, (long)Math.Min(oldSize, newSize));
        return p;
    }

    /// <summary>A 32-bit call context over this memory with guest strings in <paramref name="encoding"/>.</summary>
    public CallContext Context(StringEncoding encoding = StringEncoding.Utf8) =>
        new CallContext(this, new CanonicalOptions(encoding), new ComponentInstanceState(), new BorrowScope());
}
