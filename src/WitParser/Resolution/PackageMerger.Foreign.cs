using System.Collections.Generic;
using System.Text;
using WitSharp.WitParser.Collections;
using WitSharp.WitParser.Diagnostics;
using WitSharp.WitParser.Text;

namespace WitSharp.WitParser.Resolution
{
    internal sealed partial class PackageMerger
    {
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

        private void BindForeignInterfaces(UnresolvedPackage u) =>
            BindForeignItems(u, isWorld: false, i => u.InterfaceLocations[i].Location, _interfaces);

        private void BindForeignWorlds(UnresolvedPackage u) =>
            BindForeignItems(u, isWorld: true, i => u.WorldLocations[i].Location, _worlds);

        /// <summary>
        /// Maps the placeholders at the start of the package's interfaces (or worlds) to the items of packages
        /// already merged; a placeholder whose every use is gated out maps to nothing.
        /// </summary>
        private void BindForeignItems(UnresolvedPackage u, bool isWorld, System.Func<int, SourceLocation> locationOf, ChunkedList<int?> map)
        {
            var byId = new Dictionary<int, KeyValuePair<ForeignPackage, string>>();
            foreach (var dep in u.ForeignDeps.Values)
            {
                foreach (var item in dep.Items)
                {
                    if (item.Value.IsWorld == isWorld) byId[item.Value.Id] = new KeyValuePair<ForeignPackage, string>(dep, item.Key);
                }
            }
            int count = isWorld ? u.Worlds.Count : u.Interfaces.Count;
            for (int i = 0; i < count && byId.TryGetValue(i, out var entry); i++)
            {
                var pkg = FindPackage(entry.Key);
                var foreign = entry.Key.Items.GetValue(entry.Value);
                var location = locationOf(i);
                if (!AnyIncluded(foreign.Stabilities, location))
                {
                    map.Add(null);
                    continue;
                }
                var items = isWorld ? pkg.Worlds : pkg.Interfaces;
                if (!items.TryGetValue(entry.Value, out int id))
                {
                    throw ResolutionException.At(DiagnosticCodes.ForeignItemNotFound, $"{(isWorld ? "world" : "interface")} '{entry.Value}' not found in package '{pkg.Name}'", location);
                }
                map.Add(id);
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
