using System.Collections.Generic;
using WitSharp.WitParser.Collections;
using WitSharp.WitParser.Diagnostics;
using WitSharp.WitParser.Text;

namespace WitSharp.WitParser.Resolution
{
    /// <summary>
    /// Adds an <see cref="UnresolvedPackage"/> to a <see cref="WitResolve"/> while it is being resolved: binds its
    /// references to packages already present, drops items whose feature is inactive, renumbers each finished
    /// interface and world into the shared arenas, then expands world includes and elaborates worlds. The result
    /// is the one a merge after resolution would give, type for type: the shared <c>own</c> handles that functions
    /// need are made at the end, after every type, and a merge error waits until resolution has found none of its
    /// own (the reference reports resolution errors first). This file holds the order of those steps; foreign
    /// binding and renumbering are in the other parts.
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
        // Function parameters and results that use a resource directly, given their own handles at the end: interface
        // functions first, then world functions, as a merge after resolution would meet them.
        private readonly List<PendingHandle> _interfaceHandles = new List<PendingHandle>();
        private readonly List<PendingHandle> _worldHandles = new List<PendingHandle>();
        // The first merge error; from then on the merger only lets the resolver finish.
        private ResolutionException? _failure;
        // A merger made after an earlier package failed to merge: it never touches the resolve.
        private readonly bool _skipping;

        private PackageMerger(WitResolve resolve, UnresolvedPackage unresolved, FeatureGate gate, bool active)
        {
            _resolve = resolve;
            _gate = gate;
            _u = unresolved;
            if (!active)
            {
                _skipping = true;
                return;
            }
            _packageId = _resolve.PackageList.Count;
            _resolve.PackageList.Add(new WitPackage(unresolved.Name, unresolved.Docs));
            _resolve.PackageNames.Set(unresolved.Name.ToString(), _packageId);
            try
            {
                BindForeignInterfaces(unresolved);
                BindForeignWorlds(unresolved);
                BindForeignTypes(unresolved);
            }
            catch (ResolutionException e)
            {
                _failure = e;
            }
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
        /// </summary>
        public static PackageMerger Begin(WitResolve resolve, UnresolvedPackage unresolved, FeatureGate gate) =>
            new PackageMerger(resolve, unresolved, gate, active: true);

        /// <summary>A merger that changes nothing, so a package can still be resolved (and its errors found) after an earlier package failed to merge.</summary>
        public static PackageMerger Skipping(UnresolvedPackage unresolved) =>
            new PackageMerger(null!, unresolved, null!, active: false);

        /// <summary>
        /// Appends local interface <paramref name="localId"/>, which the resolver has finished, with the types made
        /// since the last call. Inside a world this waits for <see cref="WorldResolved"/>: the world's resolution
        /// still reads the kinds of its own types (a constructor's result), which must keep their local numbers.
        /// </summary>
        public void InterfaceResolved(int localId) => Guarded(() =>
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
        });

        /// <summary>Appends local world <paramref name="localId"/> as the resolver starts on it (after reading its gate).</summary>
        public void WorldStarted(int localId) => Guarded(() =>
        {
            ExpectNext(localId, _worlds.Count, "world");
            var world = _u.Worlds[localId];
            _worlds.Add(_gate.Includes(world.Stability, Package, _u.WorldLocations[localId].Location) ? Add(_resolve.WorldList, world) : (int?)null);
            _world = localId;
        });

        /// <summary>Renumbers local world <paramref name="localId"/>, which the resolver has finished, with its inline interfaces.</summary>
        public void WorldResolved(int localId) => Guarded(() =>
        {
            MergePendingTypes();
            foreach (int id in _worldInterfaces) UpdateInterface(id);
            _worldInterfaces.Clear();
            _world = -1;
            if (_worlds[localId] is int) UpdateWorld(_u.Worlds[localId], _u.WorldLocations[localId], _worldHandles);
        });

        private void Guarded(System.Action step)
        {
            if (_skipping || _failure != null) return;
            try
            {
                step();
            }
            catch (ResolutionException e)
            {
                _failure = e;
            }
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
            UpdateInterface(_u.Interfaces[localId], _u.InterfaceLocations[localId], _interfaceHandles);
            _resolve.DirectDependencies(id);
        }

        /// <summary>
        /// Finishes the package once the resolver is done: own handles for functions, includes, world elaboration
        /// and names. Throws the first merge error, if any.
        /// </summary>
        public void Finish()
        {
            if (_skipping) return;
            if (_failure != null) throw _failure;
            MergePendingTypes();
            foreach (var pending in _interfaceHandles) GiveOwnHandle(pending);
            foreach (var pending in _worldHandles) GiveOwnHandle(pending);
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
    }
}
