using System.Collections.Generic;

namespace WitSharp.Components.Model;

/// <summary>
/// The decoded <c>producers</c> custom section (a tool convention): fields such as <c>language</c>,
/// <c>processed-by</c> and <c>sdk</c>, each a list of (name, version).
/// </summary>
/// <param name="Fields">The fields in order.</param>
public sealed record ProducersSection(IReadOnlyList<ProducersField> Fields);

/// <summary>One field of the producers section.</summary>
/// <param name="Name">The field name, e.g. <c>processed-by</c>.</param>
/// <param name="Values">The (name, version) pairs.</param>
public sealed record ProducersField(string Name, IReadOnlyList<ProducerValue> Values);

/// <summary>A producer's name and version.</summary>
/// <param name="Name">The tool or language, e.g. <c>wit-component</c>.</param>
/// <param name="Version">Its version string.</param>
public readonly record struct ProducerValue(string Name, string Version);
