using System;

namespace WitSharp.Components.Model;

/// <summary>A custom section: its name and payload (a slice of the input).</summary>
/// <param name="Offset">Absolute offset of the section's id byte.</param>
/// <param name="Name">The section name (<c>name</c>, <c>producers</c>, <c>component-type:…</c>, …).</param>
/// <param name="Payload">The bytes after the name.</param>
/// <param name="PayloadOffset">Absolute offset of the payload's first byte.</param>
public sealed record CustomSection(int Offset, string Name, ReadOnlyMemory<byte> Payload, int PayloadOffset)
{
    /// <summary>
    /// True for the <c>component-type:*</c> sections that <c>wit-component</c> embeds: the payload is itself a component
    /// binary encoding a WIT package (decode it with <see cref="Binary.ComponentDecoder.DecodeComponentType"/>).
    /// </summary>
    public bool IsComponentType => Name.StartsWith("component-type", StringComparison.Ordinal);
}
