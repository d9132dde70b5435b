using System.Collections.Generic;
using WitSharp.WitParser.Diagnostics;
using WitSharp.WitParser.Text;

namespace WitSharp.WitParser.Resolution
{
    /// <summary>A dependency edge: the name depended on and where the dependency is written.</summary>
    internal readonly struct DependencyEdge
    {
        public DependencyEdge(string name, SourceLocation location)
        {
            Name = name;
            Location = location;
        }

        public string Name { get; }

        public SourceLocation Location { get; }
    }

    /// <summary>
    /// Orders named nodes so each comes after what it depends on. Among ready nodes the earliest-declared goes
    /// first, so the order is stable and matches the reference's (it decides arena indices).
    /// </summary>
    internal static class TopologicalSort
    {
        /// <param name="kind">The noun for messages: <c>type</c>, <c>interface or world</c>.</param>
        /// <param name="deps">Nodes in declaration order with their outgoing edges.</param>
        public static List<string> Sort(string kind, OrderedMap<string, List<DependencyEdge>> deps)
        {
            int n = deps.Count;
            var remaining = new int[n];
            var reverse = new List<int>[n];
            var index = new Dictionary<string, int>();
            for (int i = 0; i < n; i++)
            {
                index[deps[i].Key] = i;
                reverse[i] = new List<int>();
            }
            for (int i = 0; i < n; i++)
            {
                var edges = deps[i].Value;
                remaining[i] = edges.Count;
                foreach (var edge in edges)
                {
                    if (!index.TryGetValue(edge.Name, out int j))
                    {
                        string message = $"{kind} `{edge.Name}` does not exist";
                        if (kind == "type" && RenamedFloat(edge.Name) is { } newName)
                        {
                            message += $"\nthe `{edge.Name}` type has been renamed to `{newName}` and is no longer accepted, but the `WIT_REQUIRE_F32_F64=0` environment variable can be used to temporarily disable this error";
                        }
                        throw ResolutionException.At(DiagnosticCodes.UndefinedName, message, edge.Location);
                    }
                    reverse[j].Add(i);
                }
            }

            var ready = new SortedSet<int>();
            for (int i = 0; i < n; i++) if (remaining[i] == 0) ready.Add(i);
            var order = new List<string>(n);
            while (ready.Count > 0)
            {
                int i = ready.Min;
                ready.Remove(i);
                order.Add(deps[i].Key);
                foreach (int j in reverse[i])
                {
                    if (--remaining[j] == 0) ready.Add(j);
                }
            }
            if (order.Count == n) return order;

            // Report the first unsorted node's first edge that is itself stuck: it lies on (or leads into) a cycle.
            for (int i = 0; i < n; i++)
            {
                if (remaining[i] == 0) continue;
                foreach (var edge in deps[i].Value)
                {
                    if (remaining[index[edge.Name]] == 0) continue;
                    throw ResolutionException.At(DiagnosticCodes.DependencyCycle, $"{kind} `{edge.Name}` depends on itself", edge.Location);
                }
            }
            throw ResolutionException.At(DiagnosticCodes.DependencyCycle, $"{kind} dependency cycle", null);
        }

        private static string? RenamedFloat(string name) => name switch
        {
            "float32" => "f32",
            "float64" => "f64",
            _ => null,
        };
    }
}
