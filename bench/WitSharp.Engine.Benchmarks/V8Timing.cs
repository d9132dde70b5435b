using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace WitSharp.Engine.Benchmarks;

/// <summary>One line of <c>bench/engine/bench-v8.mjs</c>'s output: the median time of a kernel in V8 and its result text.</summary>
public sealed record V8Timing(string Name, double MedianMs, string Result)
{
    private static readonly JsonSerializerOptions s_json = new() { PropertyNameCaseInsensitive = true };

    /// <summary>Reads the JSON array bench-v8.mjs printed, keyed by benchmark name.</summary>
    public static IReadOnlyDictionary<string, V8Timing> ReadAll(string path) =>
        (JsonSerializer.Deserialize<V8Timing[]>(File.ReadAllText(path), s_json) ?? new V8Timing[0]).ToDictionary(t => t.Name);
}
