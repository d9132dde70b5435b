using System.Collections.Generic;
using WitSharp.WitParser.Collections;
using System.Text;
using WitSharp.WitParser.Diagnostics;
using WitSharp.WitParser.Text;

namespace WitSharp.WitParser.Resolution
{
    /// <summary>
    /// Adds an <see cref="UnresolvedPackage"/> to a <see cref="WitResolve"/>: binds its references to packages
    /// already present, drops items whose feature is inactive, renumbers everything into the shared arenas,
    /// expands world includes and elaborates worlds. This file holds the overall order and foreign binding;
    /// renumbering is in the other part.
    /// </summary>
    internal sealed partial class PackageMerger
    {
        private readonly WitResolve _resolve;
        private readonly FeatureGate _gate;
        // Old (package-local) index to new index; null when the item was gated out.
        private readonly ChunkedList<int?> _types = new ChunkedList<int?>();
        private readonly ChunkedList<int?> _interfaces = new ChunkedList<int?>();
        private readonly ChunkedList<int?> _worlds = new ChunkedList<int?>();
        private readonly Dictionary<int, int> _ownHandles = new Dictionary<int, int>();
        private readonly TypeFactCache _hasBorrow = new TypeFactCache();
        private readonly TypeFactCache _isResource = new TypeFactCache();
        private int _packageId;

        private PackageMerger(WitResolve resolve, FeatureGate gate)
        {
            _resolve = resolve;
            _gate = gate;
        }

        private WitPackage Package => _resolve.PackageList[_packageId];

        /// <summary>Appends <paramref name="unresolved"/>; returns its package index. Throws at the first error.</summary>
        public static int Append(WitResolve resolve, UnresolvedPackage unresolved, FeatureGate gate) =>
            new PackageMerger(resolve, gate).Run(unresolved);

        private int Run(UnresolvedPackage u)
        {
            _packageId = _resolve.PackageList.Count;
            _resolve.PackageList.Add(new WitPackage(u.Name, u.Docs));
            _resolve.PackageNames.Set(u.Name.ToString(), _packageId);

            BindForeignInterfaces(u);
            BindForeignWorlds(u);
            BindForeignTypes(u);
            CheckRequiredResources(u);
            int foreignTypes = _types.Count, foreignInterfaces = _interfaces.Count, foreignWorlds = _worlds.Count;

            for (int i = foreignTypes; i < u.Types.Count; i++)
            {
                var ty = u.Types[i];
                if (!_gate.Includes(ty.Stability, Package, u.TypeLocations[i]))
                {
                    _types.Add(null);
                    continue;
                }
                UpdateTypeDef(ty, u.TypeLocations[i]);
                _types.Add(Add(_resolve.TypeList, ty));
            }

            for (int i = foreignInterfaces; i < u.Interfaces.Count; i++)
            {
                var iface = u.Interfaces[i];
                if (!_gate.Includes(iface.Stability, Package, u.InterfaceLocations[i].Location))
                {
                    _interfaces.Add(null);
                    continue;
                }
                iface.Package = _packageId;
                UpdateInterface(iface, u.InterfaceLocations[i]);
                _interfaces.Add(Add(_resolve.InterfaceList, iface));
            }

            for (int i = foreignTypes; i < _types.Count; i++)
            {
                if (_types[i] is not int id) continue;
                var ty = _resolve.TypeList[id];
                if (ty.Owner.Kind == WitTypeOwnerKind.Interface)
                {
                    ty.Owner = WitTypeOwner.Interface(Map(_interfaces, ty.Owner.Id, "interface", u.TypeLocations[i],
                        "; this type is not gated by a feature but its interface is"));
                }
            }

            for (int i = foreignWorlds; i < u.Worlds.Count; i++)
            {
                var world = u.Worlds[i];
                if (!_gate.Includes(world.Stability, Package, u.WorldLocations[i].Location))
                {
                    _worlds.Add(null);
                    continue;
                }
                UpdateWorld(world, u.WorldLocations[i]);
                _worlds.Add(Add(_resolve.WorldList, world));
            }

            for (int i = foreignTypes; i < _types.Count; i++)
            {
                if (_types[i] is not int id) continue;
                var ty = _resolve.TypeList[id];
                if (ty.Owner.Kind == WitTypeOwnerKind.World)
                {
                    ty.Owner = WitTypeOwner.World(Map(_worlds, ty.Owner.Id, "world", u.TypeLocations[i],
                        "; this type is not gated by a feature but its interface is"));
                }
            }

            for (int i = foreignWorlds; i < _worlds.Count; i++)
            {
                if (_worlds[i] is not int id) continue;
                _resolve.WorldList[id].Package = _packageId;
                var includer = new WorldIncluder(_resolve, _gate, Package, _packageId);
                foreach (var include in u.WorldLocations[i].Includes)
                {
                    if (!_gate.Includes(include.Stability, Package, include.Location)) continue;
                    includer.Include(id, Map(_worlds, include.World, "world", include.Location), include.Renames, include.Location);
                }
                WorldIncluder.CheckCaseInsensitiveNames(_resolve.WorldList[id]);
                WorldElaborator.Elaborate(_resolve, id, u.WorldLocations[i].Location);
            }

            foreach (int? id in Skip(_interfaces, foreignInterfaces))
            {
                if (id is not int v) continue;
                var iface = _resolve.InterfaceList[v];
                iface.Package = _packageId;
                if (iface.Name is { } name) Package.Interfaces.Set(name, v);
            }
            foreach (int? id in Skip(_worlds, foreignWorlds))
            {
                if (id is not int v) continue;
                Package.Worlds.Set(_resolve.WorldList[v].Name, v);
            }
            return _packageId;
        }

        private static IEnumerable<int?> Skip(ChunkedList<int?> list, int count)
        {
            for (int i = count; i < list.Count; i++) yield return list[i];
        }

        private static int Add<T>(List<T> list, T item)
        {
            list.Add(item);
            return list.Count - 1;
        }

        private static int Add<T>(ChunkedList<T> list, T item)
        {
            list.Add(item);
            return list.Count - 1;
        }

        private static int Map(ChunkedList<int?> map, int id, string what, SourceLocation? location, string suffix = "")
        {
            if (id >= 0 && id < map.Count && map[id] is int v) return v;
            throw ResolutionException.At(DiagnosticCodes.ReferenceToGatedItem,
                $"found a reference to a {what} which is excluded due to its feature not being activated{suffix}", location);
        }

        private int MapType(int id, SourceLocation? location) => Map(_types, id, "type", location);

        private int MapInterface(int id, SourceLocation? location) => Map(_interfaces, id, "interface", location);

        private WitPackage FindPackage(ForeignPackage dep)
        {
            if (_resolve.PackageNames.TryGetValue(dep.Name.ToString(), out int id)) return _resolve.PackageList[id];
            var known = new List<string>(_resolve.PackageNames.Keys);
            known.Sort(System.StringComparer.Ordinal);
            var sb = new StringBuilder($"package '{dep.Name}' not found. known packages:");
            foreach (var k in known) sb.Append("\n    ").Append(k);
            throw ResolutionException.At(DiagnosticCodes.PackageNotFound, sb.ToString(), dep.Location);
        }

        private bool AnyIncluded(List<WitStability> stabilities, SourceLocation location)
        {
            foreach (var s in stabilities)
            {
                if (_gate.Includes(s, Package, location)) return true;
            }
            return false;
        }

        private void BindForeignInterfaces(UnresolvedPackage u)
        {
            var byId = new Dictionary<int, KeyValuePair<ForeignPackage, string>>();
            foreach (var dep in u.ForeignDeps.Values)
            {
                foreach (var item in dep.Items)
                {
                    if (!item.Value.IsWorld) byId[item.Value.Id] = new KeyValuePair<ForeignPackage, string>(dep, item.Key);
                }
            }
            for (int i = 0; i < u.Interfaces.Count && byId.TryGetValue(i, out var entry); i++)
            {
                var pkg = FindPackage(entry.Key);
                var foreign = entry.Key.Items.GetValue(entry.Value);
                var location = u.InterfaceLocations[i].Location;
                if (!AnyIncluded(foreign.Stabilities, location))
                {
                    _interfaces.Add(null);
                    continue;
                }
                if (!pkg.Interfaces.TryGetValue(entry.Value, out int id))
                {
                    throw ResolutionException.At(DiagnosticCodes.ForeignItemNotFound, $"interface '{entry.Value}' not found in package '{pkg.Name}'", location);
                }
                _interfaces.Add(id);
            }
        }

        private void BindForeignWorlds(UnresolvedPackage u)
        {
            var byId = new Dictionary<int, KeyValuePair<ForeignPackage, string>>();
            foreach (var dep in u.ForeignDeps.Values)
            {
                foreach (var item in dep.Items)
                {
                    if (item.Value.IsWorld) byId[item.Value.Id] = new KeyValuePair<ForeignPackage, string>(dep, item.Key);
                }
            }
            for (int i = 0; i < u.Worlds.Count && byId.TryGetValue(i, out var entry); i++)
            {
                var pkg = FindPackage(entry.Key);
                var foreign = entry.Key.Items.GetValue(entry.Value);
                var location = u.WorldLocations[i].Location;
                if (!AnyIncluded(foreign.Stabilities, location))
                {
                    _worlds.Add(null);
                    continue;
                }
                if (!pkg.Worlds.TryGetValue(entry.Value, out int id))
                {
                    throw ResolutionException.At(DiagnosticCodes.ForeignItemNotFound, $"world '{entry.Value}' not found in package '{pkg.Name}'", location);
                }
                _worlds.Add(id);
            }
        }

        private void BindForeignTypes(UnresolvedPackage u)
        {
            for (int i = 0; i < u.Types.Count && u.Types[i].Kind is WitUnknownKind; i++)
            {
                var ty = u.Types[i];
                if (!_gate.Includes(ty.Stability, Package, u.TypeLocations[i]))
                {
                    _types.Add(null);
                    continue;
                }
                int iface = MapInterface(ty.Owner.Id, null);
                if (!_resolve.InterfaceList[iface].Types.TryGetValue(ty.Name!, out int id))
                {
                    throw ResolutionException.At(DiagnosticCodes.ForeignItemNotFound, $"type `{ty.Name}` not defined in interface", u.TypeLocations[i]);
                }
                _types.Add(id);
            }
        }

        private void CheckRequiredResources(UnresolvedPackage u)
        {
            foreach (var entry in u.RequiredResourceTypes)
            {
                // A gated-out type is reported where it is used, so it is skipped here.
                if (entry.Key >= _types.Count || _types[entry.Key] is not int id) continue;
                while (true)
                {
                    var kind = _resolve.TypeList[id].Kind;
                    if (kind is WitResourceKind) break;
                    if (kind is WitAliasKind { Target: { IsId: true } t })
                    {
                        id = t.TypeId;
                        continue;
                    }
                    throw ResolutionException.At(DiagnosticCodes.HandleNotResource, "type used in a handle must be a resource", entry.Value);
                }
            }
        }
    }
}
