using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace WitSharp.Engine;

/// <summary>
/// A linear memory: pages of 64 KiB in one managed buffer. The buffer may be larger than the memory (its capacity
/// grows geometrically, up to the memory's limit), so growing a page at a time copies the memory a logarithmic
/// number of times, not once per page; bytes past <see cref="PageCount"/> pages are zero and out of bounds for
/// WebAssembly and the host alike.
/// </summary>
public sealed class WasmMemory
{
    /// <summary>Bytes per page.</summary>
    public const int PageSize = 65536;

    /// <summary>The most pages one buffer can hold (a .NET array is limited to about 2 GiB).</summary>
    public const uint MaxSupportedPages = 32767;

    private uint _growLimit;

    /// <summary>Creates a memory of <paramref name="minimumPages"/> zeroed pages.</summary>
    /// <param name="minimumPages">Initial size in pages.</param>
    /// <param name="maximumPages">The declared maximum, or null.</param>
    /// <param name="limitPages">An embedder limit below the declared maximum (growth beyond it fails).</param>
    public WasmMemory(uint minimumPages, uint? maximumPages = null, uint limitPages = MaxSupportedPages)
    {
        uint limit = Math.Min(Math.Min(maximumPages ?? 65536, limitPages), MaxSupportedPages);
        if (minimumPages > limit) throw new ArgumentOutOfRangeException(nameof(minimumPages), $"{minimumPages} pages exceed the limit of {limit}");
        Minimum = minimumPages;
        Maximum = maximumPages;
        _growLimit = limit;
        int length = (int)minimumPages * PageSize;
        Buffer = minimumPages == 0 ? Array.Empty<byte>() : LinearMemoryPool.Rent(length) ?? new byte[length];
        _length = Buffer.Length;
    }

    /// <summary>The buffer: the memory's bytes, then spare capacity (zero).</summary>
    internal byte[] Buffer;

    private int _length;

    /// <summary>The visible size in bytes (never more than <see cref="Buffer"/> holds).</summary>
    internal int Length => _length;

    /// <summary>The declared minimum in pages.</summary>
    public uint Minimum { get; }

    /// <summary>The declared maximum in pages, or null.</summary>
    public uint? Maximum { get; }

    /// <summary>The current size in pages.</summary>
    public uint PageCount => (uint)(_length / PageSize);

    /// <summary>The memory's bytes. Invalidated by <see cref="Grow"/> (the span covers the old size; the buffer may be replaced).</summary>
    public Span<byte> Span
    {
        get
        {
            byte[] buffer = Buffer;
            // In bounds: the length is clamped to this very array's, so not even a Grow racing on another thread (a
            // host misusing the single-threaded store) can make the span outrun the array. Cheaper than AsSpan's
            // range check on the host→wasm call path, which builds this span on every entry.
            return MemoryMarshal.CreateSpan(ref MemoryMarshal.GetArrayDataReference(buffer), Math.Min(_length, buffer.Length));
        }
    }

    /// <summary>Grows by <paramref name="deltaPages"/>; returns the old size in pages, or -1 if the limit forbids it.</summary>
    public int Grow(uint deltaPages)
    {
        uint old = PageCount;
        if (deltaPages == 0) return (int)old;
        if ((ulong)old + deltaPages > _growLimit) return -1;
        int length = (int)((old + deltaPages) * PageSize);
        if (length > Buffer.Length && !Reallocate(length)) return -1;
        _length = length;
        return (int)old;
    }

    /// <summary>Moves to a buffer of at least <paramref name="length"/> bytes: double the old, within the limit, if the heap allows.</summary>
    private bool Reallocate(int length)
    {
        long limit = (long)_growLimit * PageSize;
        long doubled = Math.Min(Math.Max((long)Buffer.Length * 2, length), limit);
        byte[] grown;
        try
        {
            // A disposed store's buffer of this size if the pool has one (zeroed): a component whose start function
            // grows its memory would otherwise put a new large-object-heap array, and sooner or later a full
            // collection, on every run. The old buffer is not pooled here: a host frame below may still hold a span
            // of it, so only Release, with no frame running, gives buffers back.
            grown = LinearMemoryPool.Rent((int)doubled) ?? new byte[doubled];
        }
        catch (OutOfMemoryException)
        {
            try
            {
                grown = new byte[length];
            }
            catch (OutOfMemoryException)
            {
                // The spec lets growth fail for any reason; running out of memory is one.
                return false;
            }
        }
        Buffer.AsSpan(0, _length).CopyTo(grown);
        Buffer = grown;
        return true;
    }

    /// <summary>True once <see cref="Release"/> emptied the memory.</summary>
    internal bool IsReleased { get; private set; }

    /// <summary>
    /// Empties the memory for good, as its store is disposed: afterwards it has no pages (every access traps, the
    /// host's reads and writes throw) and cannot grow. With <paramref name="reuse"/> its buffer goes to
    /// <see cref="LinearMemoryPool"/> for the next memory of the same size; the caller passes it only when no
    /// WebAssembly frame of the store runs, since a running frame may hold a span of the buffer until it returns.
    /// </summary>
    internal void Release(bool reuse)
    {
        if (IsReleased) return;
        IsReleased = true;
        byte[] buffer = Buffer;
        int dirty = _length;
        // Length first, then the buffer: a reader of the pair sees a length no larger than either buffer.
        _length = 0;
        _growLimit = 0;
        Buffer = Array.Empty<byte>();
        if (reuse) LinearMemoryPool.Return(buffer, dirty);
    }

    /// <summary>Reads an unmanaged value at <paramref name="address"/> (little-endian).</summary>
    public T Read<T>(long address) where T : unmanaged
    {
        Check(address, Unsafe.SizeOf<T>());
        // In bounds: Check threw unless address + size <= Buffer.Length.
        return Unsafe.ReadUnaligned<T>(ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(Buffer), (nint)address));
    }

    /// <summary>Writes an unmanaged value at <paramref name="address"/> (little-endian).</summary>
    public void Write<T>(long address, T value) where T : unmanaged
    {
        Check(address, Unsafe.SizeOf<T>());
        // In bounds: Check threw unless address + size <= Buffer.Length.
        Unsafe.WriteUnaligned(ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(Buffer), (nint)address), value);
    }

    private void Check(long address, int size)
    {
        if (address < 0 || address + size > _length)
            throw new ArgumentOutOfRangeException(nameof(address), $"{size} bytes at {address} are outside the memory ({_length} bytes)");
    }
}
