using System.Collections.Generic;

namespace WitSharp.Components.Model;

/// <summary>
/// The decoded <c>name</c> custom section (<c>component-name</c>): the component's own name and, per sort, names of
/// indices. It is advisory: a malformed one is ignored (<see cref="ComponentDefinition.Names"/> is null), never rejected.
/// </summary>
/// <param name="ComponentName">The component's name, if given.</param>
/// <param name="SortNames">Per sort, index → name.</param>
public sealed record ComponentNames(string? ComponentName, IReadOnlyDictionary<Sort, IReadOnlyDictionary<uint, string>> SortNames)
{
    /// <summary>The name of index <paramref name="index"/> in <paramref name="sort"/>'s space, if the section names it.</summary>
    public string? NameOf(Sort sort, uint index) =>
        SortNames.TryGetValue(sort, out IReadOnlyDictionary<uint, string>? map) && map.TryGetValue(index, out string? name) ? name : null;
}
