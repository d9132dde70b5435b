using System;

namespace WitSharp.Engine.Model;

/// <summary>A custom section: a name and uninterpreted bytes.</summary>
/// <param name="Name">The section name (e.g. <c>name</c>).</param>
/// <param name="Content">The bytes after the name (a slice of the module binary).</param>
/// <param name="Offset">The byte offset of <paramref name="Content"/> in the module binary.</param>
public sealed record CustomSection(string Name, ReadOnlyMemory<byte> Content, int Offset);
