using System;
using System.Collections.Generic;

namespace WitSharp.Runtime.Tests.Conformance;

/// <summary>The harness's memory and bump allocator (FORMAT.md §4.1): always moves, never frees, never traps itself.</summary>
internal sealed class BumpAllocatorMemory : ICanonicalMemory
{
    private readonly byte[] _memory;

    public BumpAllocatorMemory(int size, byte fill, ulong heapBase)
    {
        _memory = new byte[size];
        _memory.AsSpan().Fill(fill);
        Fill = fill;
        HeapBase = heapBase;
        Next = heapBase;
    }

    public byte Fill { get; }

    public ulong HeapBase { get; }

    public ulong Next { get; private set; }

    public List<(ulong OldPtr, ulong OldSize, uint Align, ulong NewSize, ulong Ret)> Log { get; } = new();

    public Span<byte> Memory => _memory;

    public byte[] Bytes => _memory;

    public ulong Realloc(ulong oldPtr, ulong oldSize, uint alignment, ulong newSize)
    {
        ulong ret = (Next + alignment - 1) / alignment * alignment;
        Log.Add((oldPtr, oldSize, alignment, newSize, ret));
        if (ret + newSize <= (ulong)_memory.Length)
        {
            if (oldPtr != 0)
            {
                _memory.AsSpan((int)oldPtr, (int)Math.Min(oldSize, newSize)).CopyTo(_memory.AsSpan((int)ret));
            }
            Next = ret + newSize;
        }
        return ret;
    }
}
