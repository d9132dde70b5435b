using System;
using WitSharp.Engine.Components.Planning;
using WitSharp.Runtime;

namespace WitSharp.Engine.Components.Running;

/// <summary>
/// The memory and <c>cabi_realloc</c> a <c>canon lift</c> or <c>canon lower</c> names, for the Canonical ABI. Realloc
/// runs with the instance's <c>may_leave</c> cleared, so an import it calls traps, as the spec's
/// <c>LiftLowerContext.reallocate</c> requires.
/// </summary>
internal sealed class SiteMemory : ICanonicalMemory
{
    private readonly WasmMemory? _memory;
    private readonly WasmFunction? _realloc;
    private readonly NodeState _node;

    public SiteMemory(WasmMemory? memory, WasmFunction? realloc, NodeState node)
    {
        _memory = memory;
        _realloc = realloc;
        _node = node;
    }

    /// <inheritdoc/>
    public Span<byte> Memory => _memory is null ? Span<byte>.Empty : _memory.Span;

    /// <inheritdoc/>
    public ulong Realloc(ulong oldPtr, ulong oldSize, uint alignment, ulong newSize)
    {
        if (_realloc is null) throw new CanonicalAbiTrapException("the canonical options name no realloc, but the call needs to allocate guest memory");
        if (_realloc.Type.Parameters.Length != 4 || _realloc.Type.Results.Length != 1)
        {
            throw new CanonicalAbiTrapException("realloc has type " + _realloc.Type + ", expected (i32, i32, i32, i32) -> i32");
        }
        Span<ulong> args = stackalloc ulong[4];
        Span<ulong> results = stackalloc ulong[1];
        args[0] = oldPtr;
        args[1] = oldSize;
        args[2] = alignment;
        args[3] = newSize;
        _node.MayLeave = false;
        try
        {
            _realloc.Invoke(args, results);
        }
        finally
        {
            _node.MayLeave = true;
        }
        return results[0];
    }
}
