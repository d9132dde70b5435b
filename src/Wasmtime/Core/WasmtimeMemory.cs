using System;
using WitSharp.Engine.Components.Engines;
using WitSharp.Wasmtime.Native;

namespace WitSharp.Wasmtime.Core;

/// <summary>
/// A Wasmtime linear memory behind the seam, read and written in place. The base and size are asked of Wasmtime only
/// when WebAssembly may have run since the last time (the store's generation moved), since only running code or a
/// host's grow can move or resize the memory.
/// </summary>
internal sealed unsafe class WasmtimeMemory : CoreMemory
{
    private readonly MemoryHandle _handle;
    private byte* _base;
    private int _length;
    private int _generation;

    public WasmtimeMemory(WasmtimeStore store, global::Wasmtime.Memory memory)
    {
        Store = store;
        Native = memory;
        _handle = WrapperHandles.Memory(memory);
        Refresh();
        // The handle was copied out of the package's private field: check it names this memory before trusting it.
        if ((long)(uint)_length != Math.Min(memory.GetLength(), int.MaxValue))
        {
            throw new NotSupportedException("the memory handle read from this Wasmtime package does not match its memory; WitSharp.Wasmtime needs Wasmtime 50.0.1");
        }
    }

    public WasmtimeStore Store { get; }

    public global::Wasmtime.Memory Native { get; }

    public override Span<byte> Span
    {
        get
        {
            if (_generation != Store.Generation) Refresh();
            // _base and _length were read from Wasmtime at the current generation: the memory has neither moved nor
            // shrunk since (memories never shrink), so the span covers live memory only.
            return new Span<byte>(_base, _length);
        }
    }

    private void Refresh()
    {
        Store.ThrowIfDisposed();
        MemoryHandle handle = _handle;
        _base = WasmtimeApi.wasmtime_memory_data(Store.Context, &handle);
        // Memories are capped at MaxSupportedPages (under 2 GiB) by the store's limiter, so the size fits an int.
        _length = (int)Math.Min((ulong)WasmtimeApi.wasmtime_memory_data_size(Store.Context, &handle), int.MaxValue);
        _generation = Store.Generation;
    }
}
