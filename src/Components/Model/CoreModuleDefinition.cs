using System;

namespace WitSharp.Components.Model;

/// <summary>
/// A <c>core module</c> section: the module's bytes kept as a slice of the input (preamble included) for the engine to
/// decode and validate later.
/// </summary>
/// <param name="Offset">The absolute offset of the module's first byte (its magic number).</param>
/// <param name="Bytes">The whole core module binary, a slice of the decoded buffer (no copy).</param>
public sealed record CoreModuleDefinition(int Offset, ReadOnlyMemory<byte> Bytes) : Definition(Offset)
{
    /// <summary>The absolute offset just past the module's last byte.</summary>
    public int End => Offset + Bytes.Length;
}
