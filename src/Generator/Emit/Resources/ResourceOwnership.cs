using System.Collections.Generic;
using WitSharp.WitParser.Resolution;

namespace WitSharp.Generator.Emit.Resources
{
    /// <summary>
    /// Which side implements each resource a world reaches, and the core names that follow from it. A resource
    /// declared in an interface the world exports (and does not also import) is implemented by the guest; every
    /// other resource (imported interfaces, the interfaces they use, the world's own) by the host. A resource's
    /// type id in the handle tables is its type definition index, which is stable for a given WIT input.
    /// </summary>
    internal sealed class ResourceOwnership
    {
        private readonly WitResolve _resolve;
        private readonly Dictionary<int, string> _exported = new Dictionary<int, string>();
        private readonly Dictionary<int, string> _imported = new Dictionary<int, string>();

        public ResourceOwnership(WitResolve resolve, int worldId)
        {
            _resolve = resolve;
            if (worldId < 0 || worldId >= resolve.Worlds.Count) return;
            var world = resolve.Worlds[worldId];
            foreach (var entry in world.Imports) Add(_imported, entry.Key, entry.Value);
            foreach (var entry in world.Exports) Add(_exported, entry.Key, entry.Value);
        }

        private void Add(Dictionary<int, string> names, WitWorldKey key, WitWorldItem item)
        {
            if (item.Kind == WitWorldItemKind.Interface && !names.ContainsKey(item.Id)) names.Add(item.Id, _resolve.NameOfWorldKey(key));
        }

        /// <summary>The resource definition <paramref name="typeId"/> names (through <c>use</c> aliases), or -1.</summary>
        public int ResourceOf(int typeId)
        {
            // Alias chains are bounded by the number of type definitions.
            for (int hops = 0; typeId >= 0 && typeId < _resolve.Types.Count && hops <= _resolve.Types.Count; hops++)
            {
                switch (_resolve.Types[typeId].Kind)
                {
                    case WitResourceKind: return typeId;
                    case WitAliasKind alias when alias.Target.IsId: typeId = alias.Target.TypeId; continue;
                    default: return -1;
                }
            }
            return -1;
        }

        /// <summary>True when the guest implements resource <paramref name="resourceId"/> (a resource definition index).</summary>
        public bool IsGuestImplemented(int resourceId) => ExportName(resourceId) is not null;

        /// <summary>The world's name for the exported interface declaring guest-implemented <paramref name="resourceId"/>; else null.</summary>
        public string? ExportName(int resourceId)
        {
            var owner = _resolve.Types[resourceId].Owner;
            if (owner.Kind != WitTypeOwnerKind.Interface || _imported.ContainsKey(owner.Id)) return null;
            return _exported.TryGetValue(owner.Id, out var name) ? name : null;
        }

        /// <summary>The core module a host-implemented resource's imports come from (the world's name for its interface).</summary>
        public string ImportModule(int resourceId)
        {
            var owner = _resolve.Types[resourceId].Owner;
            if (owner.Kind != WitTypeOwnerKind.Interface) return "$root";
            return _imported.TryGetValue(owner.Id, out var name) ? name : _resolve.QualifiedInterfaceName(owner.Id) ?? "$root";
        }

        /// <summary>The WIT name of the resource (as core names spell it).</summary>
        public string WitName(int resourceId) => _resolve.Types[resourceId].Name ?? "resource";

        /// <summary>The guest's destructor export of guest-implemented <paramref name="resourceId"/>: <c>iface#[dtor]r</c>.</summary>
        public string Destructor(int resourceId) => ExportName(resourceId) + "#[dtor]" + WitName(resourceId);
    }
}
