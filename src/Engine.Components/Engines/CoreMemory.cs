using System;

namespace WitSharp.Engine.Components.Engines;

/// <summary>A linear memory of one store, read and written in place by the Canonical ABI.</summary>
public abstract class CoreMemory : CoreExtern
{
    /// <inheritdoc/>
    public sealed override CoreExternKind Kind => CoreExternKind.Memory;

    /// <summary>
    /// The memory's bytes as they are now. Growing the memory (a guest's <c>memory.grow</c>, or a <c>cabi_realloc</c>
    /// that grows) may move them, so callers fetch the span again after any call into the guest.
    /// </summary>
    public abstract Span<byte> Span { get; }
}
