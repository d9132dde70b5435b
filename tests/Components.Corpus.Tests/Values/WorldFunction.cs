using System.Collections.Generic;
using WitSharp.Runtime;

namespace WitSharp.Components.Corpus.Tests.Values;

/// <summary>A function of a corpus world with its parameter and result types as <see cref="CanonicalType"/>s.</summary>
/// <param name="Interface">The qualified interface name (<c>ns:pkg/iface@1.0.0</c>), or null for a root function.</param>
/// <param name="Name">The function's name.</param>
/// <param name="ParameterNames">Parameter names, in order.</param>
/// <param name="Parameters">Parameter types, in order.</param>
/// <param name="Result">The result type, or null.</param>
public sealed record WorldFunction(
    string? Interface,
    string Name,
    IReadOnlyList<string> ParameterNames,
    IReadOnlyList<CanonicalType> Parameters,
    CanonicalType? Result)
{
    /// <summary>The name the manifest uses: <c>name</c> or <c>interface#name</c>.</summary>
    public string Key => Interface is null ? Name : Interface + "#" + Name;
}
