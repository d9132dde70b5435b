using System.Collections.Immutable;

namespace WitSharp.Engine.Tests.Spec;

/// <summary>An action of a spec script: invoke an export, or get an exported global.</summary>
/// <param name="IsInvoke">True for <c>invoke</c>, false for <c>get</c>.</param>
/// <param name="Module">The named module acted on, or null for the most recent one.</param>
/// <param name="Field">The export name.</param>
/// <param name="Arguments">The arguments of <c>invoke</c>.</param>
public sealed record WastAction(bool IsInvoke, string? Module, string Field, ImmutableArray<WastValue> Arguments);
