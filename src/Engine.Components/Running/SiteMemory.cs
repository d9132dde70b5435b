using System;
using WitSharp.Engine.Components.Engines;
using WitSharp.Engine.Components.Planning;
using WitSharp.WitParser.Abi;
using WitSharp.Runtime;

namespace WitSharp.Engine.Components.Running;

/// <summary>
/// The memory and <c>cabi_realloc</c> a <c>canon lift</c> or <c>canon lower</c> names, for the Canonical ABI. Realloc
/// runs with the instance's <c>may_leave</c> cleared, so an import it calls traps, as the spec's
/// <c>LiftLowerContext.reallocate</c> requires.
/// </summary>
internal sealed class SiteMemory : ICanonicalMemory
{
    private readonly CoreMemory? _memory;
    private readonly CoreFunction? _realloc;
    private readonly NodeState _node;
    private bool _reallocChecked;

    public SiteMemory(CoreMemory? memory, CoreFunction? realloc, NodeState node)
    {
        _memory = memory;
        _realloc = realloc;
        _node = node;
    }

    private static readonly CoreValueType[] ReallocParameters = [CoreValueType.I32, CoreValueType.I32, CoreValueType.I32, CoreValueType.I32];
    private static readonly CoreValueType[] ReallocResults = [CoreValueType.I32];

    /// <inheritdoc/>
    public Span<byte> Memory => _memory is null ? Span<byte>.Empty : _memory.Span;

    /// <inheritdoc/>
    public ulong Realloc(ulong oldPtr, ulong oldSize, uint alignment, ulong newSize)
    {
        if (_realloc is null) throw new CanonicalAbiTrapException("the canonical options name no realloc, but the call needs to allocate guest memory");
        if (!_reallocChecked)
        {
            if (!_realloc.HasType(ReallocParameters, ReallocResults)) throw new CanonicalAbiTrapException("realloc has type " + _realloc + ", expected (i32, i32, i32, i32) -> i32");
            _reallocChecked = true;
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
