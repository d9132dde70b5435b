using System;

namespace WitSharp.Runtime.Benchmarks;

/// <summary>
/// A guest memory whose <c>cabi_realloc</c> bump-allocates, shrinks the last block in place and is emptied by
/// <see cref="Reset"/> before every measured operation, so each run starts from the same heap.
/// </summary>
public sealed class BumpMemory : ICanonicalMemory
{
    private const ulong HeapBase = 64;
    private readonly byte[] _bytes;
    private ulong _next = HeapBase;
    private ulong _last;

    /// <summary>A memory of <paramref name="size"/> bytes.</summary>
    public BumpMemory(int size) => _bytes = new byte[size];

    /// <inheritdoc />
    public Span<byte> Memory => _bytes;

    /// <summary>Frees every block.</summary>
    public void Reset()
    {
        _next = HeapBase;
        _last = 0;
    }

    /// <inheritdoc />
    public ulong Realloc(ulong oldPtr, ulong oldSize, uint alignment, ulong newSize)
    {
        // Shrinking or growing the newest block happens in place, like a real allocator's top-of-heap case.
        if (oldPtr != 0 && oldPtr == _last)
        {
            _next = oldPtr + newSize;
            return oldPtr;
        }
        ulong ptr = (_next + alignment - 1) / alignment * alignment;
        if (ptr + newSize > (ulong)_bytes.Length) throw new InvalidOperationException("benchmark memory exhausted");
        if (oldPtr != 0) _bytes.AsSpan((int)oldPtr, (int)Math.Min(oldSize, newSize)).CopyTo(_bytes.AsSpan((int)ptr));
        _next = ptr + newSize;
        _last = ptr;
        return ptr;
    }
}
