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
            // Most nodes have no dependents: their lists are only created when needed.
            var reverse = new List<int>?[n];
            for (int i = 0; i < n; i++)
            {
                var edges = deps[i].Value;
                remaining[i] = edges.Count;
                foreach (var edge in edges)
                {
                    int j = deps.IndexOfKey(edge.Name);
                    if (j < 0)
                    {
                        string message = $"{kind} `{edge.Name}` does not exist";
                        if (kind == "type" && RenamedFloat(edge.Name) is { } newName)
                        {
                            message += $"\nthe `{edge.Name}` type has been renamed to `{newName}` and is no longer accepted, but the `WIT_REQUIRE_F32_F64=0` environment variable can be used to temporarily disable this error";
                        }
                        throw ResolutionException.At(DiagnosticCodes.UndefinedName, message, edge.Location);
                    }
                    (reverse[j] ??= new List<int>()).Add(i);
                }
            }

            var ready = new MinHeap(n);
            for (int i = 0; i < n; i++) if (remaining[i] == 0) ready.Push(i);
            var order = new List<string>(n);
            while (ready.Count > 0)
            {
                int i = ready.Pop();
                order.Add(deps[i].Key);
                if (reverse[i] is not { } dependents) continue;
                foreach (int j in dependents)
                {
                    if (--remaining[j] == 0) ready.Push(j);
                }
            }
            if (order.Count == n) return order;

            // Report the first unsorted node's first edge that is itself stuck: it lies on (or leads into) a cycle.
            for (int i = 0; i < n; i++)
            {
                if (remaining[i] == 0) continue;
                foreach (var edge in deps[i].Value)
                {
                    if (remaining[deps.IndexOfKey(edge.Name)] == 0) continue;
                    throw ResolutionException.At(DiagnosticCodes.DependencyCycle, $"{kind} `{edge.Name}` depends on itself", edge.Location);
                }
            }
            throw ResolutionException.At(DiagnosticCodes.DependencyCycle, $"{kind} dependency cycle", null);
        }

        /// <summary>A binary min-heap of node indices (each pushed at most once, so capacity n suffices).</summary>
        private struct MinHeap
        {
            private readonly int[] _items;

            public MinHeap(int capacity)
            {
                _items = new int[capacity];
                Count = 0;
            }

            public int Count { get; private set; }

            public void Push(int value)
            {
                int i = Count++;
                while (i > 0)
                {
                    int parent = (i - 1) / 2;
                    if (_items[parent] <= value) break;
                    _items[i] = _items[parent];
                    i = parent;
                }
                _items[i] = value;
            }

            public int Pop()
            {
                int top = _items[0];
                int last = _items[--Count];
                int i = 0;
                while (true)
                {
                    int child = 2 * i + 1;
                    if (child >= Count) break;
                    if (child + 1 < Count && _items[child + 1] < _items[child]) child++;
                    if (_items[child] >= last) break;
                    _items[i] = _items[child];
                    i = child;
                }
                if (Count > 0) _items[i] = last;
                return top;
            }
        }

        private static string? RenamedFloat(string name) => name switch
        {
            "float32" => "f32",
            "float64" => "f64",
            _ => null,
        };
    }
}
