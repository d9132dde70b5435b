using System;
using System.Collections.Generic;

namespace WitSharp.Tooling.Subtyping
{
    /// <summary>Pairs the items of two name-keyed collections: those only on the required side, on both, and only on the provided side.</summary>
    public static class NameMatcher
    {
        /// <summary>Calls <paramref name="missing"/>, <paramref name="both"/> and <paramref name="extra"/> in the order of the required side, then the provided side.</summary>
        public static void Match<T>(IEnumerable<KeyValuePair<string, T>> required, IEnumerable<KeyValuePair<string, T>> provided,
            Action<string, T> missing, Action<string, T, T> both, Action<string, T> extra)
        {
            var providedByName = new Dictionary<string, T>();
            foreach (var entry in provided) providedByName[entry.Key] = entry.Value;
            var requiredNames = new HashSet<string>();
            foreach (var entry in required)
            {
                requiredNames.Add(entry.Key);
                if (providedByName.TryGetValue(entry.Key, out var other)) both(entry.Key, entry.Value, other);
                else missing(entry.Key, entry.Value);
            }
            foreach (var entry in provided)
            {
                if (!requiredNames.Contains(entry.Key)) extra(entry.Key, entry.Value);
            }
        }
    }
}
