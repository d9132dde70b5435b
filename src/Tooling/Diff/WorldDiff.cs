using System;
using System.Collections.Generic;
using System.Linq;
using WitSharp.Tooling.Subtyping;
using WitSharp.WitParser.Resolution;
using WitSharp.WitParser.Text;

namespace WitSharp.Tooling.Diff
{
    /// <summary>
    /// Compares two versions of a world as component types: a component may import less and export more, so
    /// an added import or a removed export breaks, a removed import or an added export does not.
    /// </summary>
    internal sealed class WorldDiff
    {
        private readonly ComparisonScope _scope;
        private readonly HashSet<(int, int)> _comparedInterfaces = new HashSet<(int, int)>();

        public WorldDiff(ComparisonScope scope) => _scope = scope;

        public void Compare(string subject, int oldWorld, int newWorld)
        {
            var ow = _scope.Required.Resolve.Worlds[oldWorld];
            var nw = _scope.Provided.Resolve.Worlds[newWorld];
            _scope.GateChange(subject, ow.Stability, nw.Stability, _scope.Required.WorldLocation(oldWorld), _scope.Provided.WorldLocation(newWorld));
            CompareItems(subject, oldWorld, ow.Imports, newWorld, nw.Imports, import: true);
            CompareItems(subject, oldWorld, ow.Exports, newWorld, nw.Exports, import: false);
        }

        private void CompareItems(string subject, int oldWorld, OrderedMap<WitWorldKey, WitWorldItem> oldItems, int newWorld, OrderedMap<WitWorldKey, WitWorldItem> newItems, bool import)
        {
            string aspect = import ? "import" : "export";
            var oldByName = ByName(_scope.Required.Resolve, oldItems);
            var newByName = ByName(_scope.Provided.Resolve, newItems);
            // A component may import less and export more: an added import or a removed export breaks.
            NameMatcher.Match(oldByName, newByName,
                (name, item) => _scope.Missing(aspect, subject + " " + aspect + " " + name, null,
                    _scope.Required.WorldItemLocation(oldWorld, import, name), item.Stability, breaks: !import),
                (name, oldItem, newItem) => CompareItem(subject + "." + name, oldItem, _scope.Required.WorldItemLocation(oldWorld, import, name),
                    newItem, _scope.Provided.WorldItemLocation(newWorld, import, name)),
                (name, item) => _scope.Extra(aspect, subject + " " + aspect + " " + name, null,
                    _scope.Provided.WorldItemLocation(newWorld, import, name), item.Stability, breaks: import));
        }

        private void CompareItem(string subject, WitWorldItem old, SourceLocation? oldAt, WitWorldItem @new, SourceLocation? newAt)
        {
            if (old.Kind != @new.Kind)
            {
                _scope.Changed("item-kind", subject, old.Kind.ToString().ToLowerInvariant(), @new.Kind.ToString().ToLowerInvariant(), oldAt, newAt, old.Stability, @new.Stability);
                return;
            }
            switch (old.Kind)
            {
                case WitWorldItemKind.Function:
                    FunctionComparer.Compare(_scope, subject, old.Function!, oldAt, @new.Function!, newAt);
                    break;
                case WitWorldItemKind.Type:
                    DefinitionComparer.Compare(_scope, subject, old.Id, @new.Id);
                    break;
                case WitWorldItemKind.Interface:
                    _scope.GateChange(subject, old.Stability, @new.Stability, oldAt, newAt);
                    _scope.ExternalIdChange(subject, old.ExternalId, @new.ExternalId, oldAt, newAt, old.Stability, @new.Stability);
                    // Named interfaces are diffed with the package defining them (a dependency's changes belong to
                    // the dependency's own diff); inline ones are part of this world.
                    bool inline = _scope.Required.Resolve.Interfaces[old.Id].Name is null || _scope.Provided.Resolve.Interfaces[@new.Id].Name is null;
                    if (inline && _comparedInterfaces.Add((old.Id, @new.Id))) InterfaceComparer.Compare(_scope, subject, old.Id, @new.Id);
                    else if (!inline && !IsOwn(_scope.Required, old.Id)) CompareVersions(subject, old.Id, oldAt, @new.Id, newAt);
                    break;
            }
        }

        /// <summary>
        /// The same interface at another version: within one canonical track (0.2.x, 1.x) the names link and it is a
        /// note; across tracks the world now names a different interface, which breaks.
        /// </summary>
        private void CompareVersions(string subject, int oldInterface, SourceLocation? oldAt, int newInterface, SourceLocation? newAt)
        {
            var ov = VersionOf(_scope.Required.Resolve, oldInterface);
            var nv = VersionOf(_scope.Provided.Resolve, newInterface);
            if (ov is null ? nv is null : ov.Equals(nv)) return;
            _scope.Add(new Mismatch(MismatchKind.Changed, "interface-version", subject, ov?.ToString() ?? "no version", nv?.ToString() ?? "no version",
                oldAt, newAt, WitStability.Unknown, WitStability.Unknown, !WorldItemNames.VersionsLink(ov, nv)));
        }

        // The compared packages' own interfaces change version with the package; the verdict judges that bump.
        private static bool IsOwn(WitSide side, int interfaceId) =>
            side.Resolve.Interfaces[interfaceId].Package is int p && side.RootPackages.Contains(p);

        private static SemanticVersion? VersionOf(WitResolve resolve, int interfaceId) =>
            resolve.Interfaces[interfaceId].Package is int p ? resolve.Packages[p].Name.Version : null;

        /// <summary>
        /// Items keyed by plain name, or by interface name without version so that versions of one interface match.
        /// A world that imports or exports several versions of one interface side by side keys those by their full,
        /// versioned names, so each version is compared with the same version (not all of them with the first).
        /// </summary>
        private static List<KeyValuePair<string, WitWorldItem>> ByName(WitResolve resolve, OrderedMap<WitWorldKey, WitWorldItem> items)
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var entry in items)
            {
                string name = WorldItemNames.Of(resolve, entry.Key);
                counts[name] = counts.TryGetValue(name, out int n) ? n + 1 : 1;
            }
            var result = new List<KeyValuePair<string, WitWorldItem>>();
            foreach (var entry in items)
            {
                string name = WorldItemNames.Of(resolve, entry.Key);
                if (counts[name] > 1) name = resolve.NameOfWorldKey(entry.Key);
                result.Add(new KeyValuePair<string, WitWorldItem>(name, entry.Value));
            }
            return result;
        }

    }
}
