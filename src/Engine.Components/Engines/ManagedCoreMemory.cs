using System;

namespace WitSharp.Engine.Components.Engines;

/// <summary>A memory of the managed engine behind the seam.</summary>
internal sealed class ManagedCoreMemory(WasmMemory memory) : CoreMemory
{
    public WasmMemory Memory { get; } = memory;

    public override Span<byte> Span => Memory.Span;
}
