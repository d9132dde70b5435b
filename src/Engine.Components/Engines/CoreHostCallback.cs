using System;

namespace WitSharp.Engine.Components.Engines;

/// <summary>A host function over flat slots: one per parameter, one per result to write (see <see cref="CoreFunction.Invoke"/>).</summary>
public delegate void CoreHostCallback(ReadOnlySpan<ulong> arguments, Span<ulong> results);
