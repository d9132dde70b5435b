using System.Collections.Generic;
using WitSharp.WitParser.Diagnostics;

namespace WitSharp.WitParser.Parsing
{
    /// <summary>
    /// Orders lexing and parsing diagnostics the way the reference would meet them: forbidden code points first
    /// (the reference checks the whole file before lexing), then everything else by position.
    /// </summary>
    internal static class DiagnosticOrder
    {
        public static IReadOnlyList<Diagnostic> Merge(IReadOnlyList<Diagnostic> lexing, IReadOnlyList<Diagnostic> parsing)
        {
            var first = new List<Diagnostic>();
            var rest = new List<Diagnostic>();
            foreach (var d in lexing)
            {
                if (d.Code == DiagnosticCodes.ForbiddenCodepoint) first.Add(d);
                else rest.Add(d);
            }
            rest.AddRange(parsing);
            // A stable sort: List.Sort is not stable, so sort indices with the original order as tie-break.
            var indexed = new List<KeyValuePair<int, Diagnostic>>(rest.Count);
            for (int i = 0; i < rest.Count; i++) indexed.Add(new KeyValuePair<int, Diagnostic>(i, rest[i]));
            indexed.Sort((a, b) =>
            {
                int c = Position(a.Value).CompareTo(Position(b.Value));
                return c != 0 ? c : a.Key.CompareTo(b.Key);
            });
            foreach (var pair in indexed) first.Add(pair.Value);
            return first;
        }

        private static int Position(Diagnostic d) => d.Location?.Span.Start ?? int.MaxValue;
    }
}
