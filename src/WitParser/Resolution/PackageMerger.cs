using System.Collections.Generic;
using WitSharp.WitParser.Collections;
using System.Text;
using WitSharp.WitParser.Diagnostics;
using WitSharp.WitParser.Text;

namespace WitSharp.WitParser.Resolution
{
    /// <summary>
    /// Adds an <see cref="UnresolvedPackage"/> to a <see cref="WitResolve"/> while it is being resolved: binds its
    /// references to packages already present, drops items whose feature is inactive, renumbers each finished
    /// interface and world into the shared arenas, then expands world includes and elaborates worlds. This file
    /// holds the order of those steps and foreign binding; renumbering is in the other part.
    /// </summary>
    internal sealed partial class PackageMerger
    {
        private const string GatedOwnerSuffix = "; this type is not gated by a feature but its interface is";

        private readonly WitResolve _resolve;
        private readonly FeatureGate _gate;
        private readonly UnresolvedPackage _u;
        // Old (package-local) index to new index; null when the item was gated out.
        private readonly ChunkedList<int?> _types = new ChunkedList<int?>();
        private readonly ChunkedList<int?> _interfaces = new ChunkedList<int?>();
        private readonly ChunkedList<int?> _worlds = new ChunkedList<int?>();
        private readonly Dictionary<int, int> _ownHandles = new Dictionary<int, int>();
        private readonly TypeFactCache _hasBorrow = new TypeFactCache();
        private readonly TypeFactCache _isResource = new TypeFactCache();
        private readonly int _packageId;
        private readonly int _foreignInterfaces;
        private readonly int _foreignWorlds;
        // The world being resolved (-1 outside worlds) and its inline interfaces, renumbered when it is finished.
        private int _world = -1;
        private readonly List<int> _worldInterfaces = new List<int>();
        // The next local type and required-resource entry to merge: the resolver keeps adding both.
        private int _nextType;
        private int _nextRequired;

        private PackageMerger(WitResolve resolve, UnresolvedPackage unresolved, FeatureGate gate)
        {
            _resolve = resolve;
            _gate = gate;
            _u = unresolved;
            _packageId = _resolve.PackageList.Count;
            _resolve.PackageList.Add(new WitPackage(unresolved.Name, unresolved.Docs));
            _resolve.PackageNames.Set(unresolved.Name.ToString(), _packageId);

            BindForeignInterfaces(unresolved);
            BindForeignWorlds(unresolved);
            BindForeignTypes(unresolved);
            _nextType = _types.Count;
            _foreignInterfaces = _interfaces.Count;
            _foreignWorlds = _worlds.Count;
        }

        private WitPackage Package => _resolve.PackageList[_packageId];

        /// <summary>
        /// Starts appending <paramref name="unresolved"/>, whose foreign interfaces, worlds and types must all be
        /// allocated already (its dependencies appended before it). The resolver then reports each interface and
        /// world as it finishes it, so each is renumbered while its data is still in the processor's caches: a
        /// second walk over a large package's model afterwards costs more in cache misses than in work.
        /// Throws <see cref="ResolutionException"/> at the first error.
        /// </summary>
        public static PackageMerger Begin(WitResolve resolve, UnresolvedPackage unresolved, FeatureGate gate) =>
            new PackageMerger(resolve, unresolved, gate);

        /// <summary>
        /// Appends local interface <paramref name="localId"/>, which the resolver has finished, with the types made
        /// since the last call. Inside a world this waits for <see cref="WorldResolved"/>: the world's resolution
        /// still reads the kinds of its own types (a constructor's result), which must keep their local numbers.
        /// </summary>
        public void InterfaceResolved(int localId)
        {
            ExpectNext(localId, _interfaces.Count, "interface");
            AllocateInterface(localId);
            if (_world >= 0)
            {
                _worldInterfaces.Add(localId);
                return;
            }
            MergePendingTypes();
            UpdateInterface(localId);
        }

        /// <summary>Appends local world <paramref name="localId"/> as the resolver starts on it (after reading its gate).</summary>
        public void WorldStarted(int localId)
        {
            ExpectNext(localId, _worlds.Count, "world");
            var world = _u.Worlds[localId];
            _worlds.Add(_gate.Includes(world.Stability, Package, _u.WorldLocations[localId].Location) ? Add(_resolve.WorldList, world) : (int?)null);
            _world = localId;
        }

        /// <summary>Renumbers local world <paramref name="localId"/>, which the resolver has finished, with its inline interfaces.</summary>
        public void WorldResolved(int localId)
        {
            MergePendingTypes();
            foreach (int id in _worldInterfaces) UpdateInterface(id);
            _worldInterfaces.Clear();
            _world = -1;
            if (_worlds[localId] is int) UpdateWorld(_u.Worlds[localId], _u.WorldLocations[localId]);
        }

        private void AllocateInterface(int localId)
        {
            var iface = _u.Interfaces[localId];
            if (!_gate.Includes(iface.Stability, Package, _u.InterfaceLocations[localId].Location))
            {
                _interfaces.Add(null);
                return;
            }
            iface.Package = _packageId;
            _interfaces.Add(Add(_resolve.InterfaceList, iface));
        }

        private void UpdateInterface(int localId)
        {
            if (_interfaces[localId] is not int id) return;
            UpdateInterface(_u.Interfaces[localId], _u.InterfaceLocations[localId]);
            _resolve.DirectDependencies(id);
        }

        /// <summary>Finishes the package once the resolver is done: includes, world elaboration and names. Returns its package index.</summary>
        public int Finish()
        {
            MergePendingTypes();
            for (int i = _foreignWorlds; i < _worlds.Count; i++)
            {
                if (_worlds[i] is not int id) continue;
                _resolve.WorldList[id].Package = _packageId;
                var includer = new WorldIncluder(_resolve, _gate, Package, _packageId);
                foreach (var include in _u.WorldLocations[i].Includes)
                {
                    if (!_gate.Includes(include.Stability, Package, include.Location)) continue;
                    includer.Include(id, Map(_worlds, include.World, "world", include.Location), include.Renames, include.Location);
                }
                WorldIncluder.CheckCaseInsensitiveNames(_resolve.WorldList[id]);
                WorldElaborator.Elaborate(_resolve, id, _u.WorldLocations[i].Location);
            }

            for (int i = _foreignInterfaces; i < _interfaces.Count; i++)
            {
                if (_interfaces[i] is not int v) continue;
                if (_resolve.InterfaceList[v].Name is { } name) Package.Interfaces.Set(name, v);
            }
            for (int i = _foreignWorlds; i < _worlds.Count; i++)
            {
                if (_worlds[i] is int v) Package.Worlds.Set(_resolve.WorldList[v].Name, v);
            }
            return _packageId;
        }

        private static void ExpectNext(int localId, int next, string what)
        {
            // The resolver reports items in allocation order; anything else would misnumber the arenas.
            if (localId != next) throw new System.InvalidOperationException($"{what} {localId} was reported out of order (expected {next})");
        }

        /// <summary>Renumbers and appends the types the resolver added since the last call, in their local order.</summary>
        private void MergePendingTypes()
        {
            CheckRequiredResources();
            var types = _u.Types;
            for (; _nextType < types.Count; _nextType++)
            {
                var ty = types[_nextType];
                var location = _u.TypeLocations[_nextType];
                if (!_gate.Includes(ty.Stability, Package, location))
                {
                    _types.Add(null);
                    continue;
                }
                UpdateTypeDef(ty, location);
                if (ty.Owner.Kind == WitTypeOwnerKind.Interface)
                {
                    ty.Owner = WitTypeOwner.Interface(Map(_interfaces, ty.Owner.Id, "interface", location, GatedOwnerSuffix));
                }
                else if (ty.Owner.Kind == WitTypeOwnerKind.World)
                {
                    ty.Owner = WitTypeOwner.World(Map(_worlds, ty.Owner.Id, "world", location, GatedOwnerSuffix));
                }
                _types.Add(Add(_resolve.TypeList, ty));
            }
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

        /// <summary>Checks that the foreign types used in handles since the last call are resources.</summary>
        private void CheckRequiredResources()
        {
            var required = _u.RequiredResourceTypes;
            for (; _nextRequired < required.Count; _nextRequired++)
            {
                var entry = required[_nextRequired];
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
