using System.Collections.Generic;

namespace WitSharp.Engine.Model;

/// <summary>Debug names from the <c>name</c> custom section.</summary>
public sealed record NameSection
{
    /// <summary>An empty name section.</summary>
    public static NameSection Empty { get; } = new();

    /// <summary>The module's name, if given.</summary>
    public string? ModuleName { get; init; }

    /// <summary>Function names by function index.</summary>
    public IReadOnlyDictionary<uint, string> FunctionNames { get; init; } = new Dictionary<uint, string>();

    /// <summary>Local names by function index, then local index.</summary>
    public IReadOnlyDictionary<uint, IReadOnlyDictionary<uint, string>> LocalNames { get; init; } = new Dictionary<uint, IReadOnlyDictionary<uint, string>>();
}
