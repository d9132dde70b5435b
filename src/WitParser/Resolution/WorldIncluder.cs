using System;
using System.Collections.Generic;
using WitSharp.WitParser.Diagnostics;
using WitSharp.WitParser.Text;

namespace WitSharp.WitParser.Resolution
{
    /// <summary>
    /// Expands <c>include</c>: copies another world's imports and exports into a world, applying
    /// <c>with { a as b }</c> renames. Types defined in the included world (and anonymous types and inline
    /// interfaces that mention them) are copied so that the including world owns its own.
    /// </summary>
    internal sealed class WorldIncluder
    {
        private readonly WitResolve _resolve;
        private readonly FeatureGate _gate;
        private readonly WitPackage _package;
        private readonly int _packageId;

        public WorldIncluder(WitResolve resolve, FeatureGate gate, WitPackage package, int packageId)
        {
            _resolve = resolve;
            _gate = gate;
            _package = package;
            _packageId = packageId;
        }

        public void Include(int worldId, int includedId, IReadOnlyList<KeyValuePair<string, string>> renames, SourceLocation location)
        {
            var world = _resolve.WorldList[worldId];
            var included = _resolve.WorldList[includedId];
            var unmatched = new List<KeyValuePair<string, string>>(renames);
            foreach (var key in AllKeys(included))
            {
                if (key.IsName) unmatched.RemoveAll(r => Rename(key.Name!, r) is not null);
            }
            if (unmatched.Count > 0)
            {
                throw ResolutionException.At(DiagnosticCodes.InvalidIncludeName,
                    $"no import or export kebab-name `{unmatched[0].Key}`. Note that an ID does not support renaming", location);
            }

            // `@since` versions name releases of the package that declares them, so they do not carry over
            // into a world of another package.
            bool external = world.Package != included.Package;
            var cloner = new TypeCloner(_resolve, WitTypeOwner.World(includedId), WitTypeOwner.World(worldId), _packageId);
            foreach (var entry in new List<KeyValuePair<WitWorldKey, WitWorldItem>>(included.Imports))
            {
                IncludeItem(cloner, renames, world.Imports, entry, location, "import", external);
            }
            foreach (var entry in new List<KeyValuePair<WitWorldKey, WitWorldItem>>(included.Exports))
            {
                IncludeItem(cloner, renames, world.Exports, entry, location, "export", external);
            }
        }

        private static IEnumerable<WitWorldKey> AllKeys(WitWorld w)
        {
            foreach (var k in w.Imports.Keys) yield return k;
            foreach (var k in w.Exports.Keys) yield return k;
        }

        private void IncludeItem(TypeCloner cloner, IReadOnlyList<KeyValuePair<string, string>> renames, OrderedMap<WitWorldKey, WitWorldItem> target,
            KeyValuePair<WitWorldKey, WitWorldItem> entry, SourceLocation location, string what, bool external)
        {
            if (!entry.Key.IsName)
            {
                // Interfaces by path are shared; an unannotated earlier inclusion takes the gate of a later one.
                var value = entry.Value;
                if (external && value.Stability.Kind == WitStabilityKind.Stable) value = value.WithInterface(value.Id, WitStability.Unknown);
                if (!target.TryGetValue(entry.Key, out var existing) || (existing.Stability.IsUnknown && !value.Stability.IsUnknown))
                {
                    target.Set(entry.Key, value);
                }
                return;
            }
            string name = entry.Key.Name!;
            foreach (var r in renames)
            {
                if (Rename(name, r) is { } renamed)
                {
                    name = renamed;
                    break;
                }
            }
            WitWorldItem item;
            switch (entry.Value.Kind)
            {
                case WitWorldItemKind.Function:
                    var f = entry.Value.Function!.Clone();
                    cloner.Function(f);
                    f.Name = name;
                    item = WitWorldItem.ForFunction(f);
                    break;
                case WitWorldItemKind.Type:
                    int id = cloner.Type(entry.Value.Id);
                    _resolve.TypeList[id].Name = name;
                    item = WitWorldItem.ForType(id);
                    break;
                default:
                    item = entry.Value.WithInterface(cloner.Interface(entry.Value.Id), entry.Value.Stability);
                    break;
            }
            if (!target.TryAdd(WitWorldKey.FromName(name), item))
            {
                throw ResolutionException.At(DiagnosticCodes.WorldItemConflict, $"{what} of `{name}` shadows previously {what}ed items", location);
            }
        }

        /// <summary>The new name of <paramref name="original"/> under a rename, also inside <c>[method]r.f</c> forms.</summary>
        private static string? Rename(string original, KeyValuePair<string, string> rename)
        {
            if (original == rename.Key) return rename.Value;
            int close = original.IndexOf(']');
            if (close < 0) return null;
            string kind = original.Substring(0, close + 1);
            string rest = original.Substring(close + 1);
            int dot = rest.IndexOf('.');
            if (dot >= 0 && rest.Substring(0, dot) == rename.Key) return kind + rename.Value + rest.Substring(dot);
            if (rest == rename.Key) return kind + rename.Value;
            return null;
        }

        /// <summary>Rejects import (or export) names of a world that differ only in letter case.</summary>
        public static void CheckCaseInsensitiveNames(WitWorld world)
        {
            Check(world.Imports, "import");
            Check(world.Exports, "export");
        }

        private static void Check(OrderedMap<WitWorldKey, WitWorldItem> items, string what)
        {
            var seen = new Dictionary<string, string>();
            foreach (var key in items.Keys)
            {
                if (!key.IsName) continue;
                string lower = key.Name!.ToLowerInvariant();
                if (seen.TryGetValue(lower, out var existing) && existing != key.Name)
                {
                    throw ResolutionException.At(DiagnosticCodes.WorldItemConflict,
                        $"{what} `{key.Name}` conflicts with {what} `{existing}` (kebab-case identifiers are case-insensitive)", null);
                }
                seen[lower] = key.Name!;
            }
        }
    }
}
