using System.Collections.Generic;
using WitSharp.WitParser.Collections;

namespace WitSharp.WitParser.Resolution
{
    /// <summary>
    /// A fully resolved set of WIT packages: arenas of worlds, interfaces, types and packages that refer to
    /// each other by index. Packages appear in dependency order; types are topologically sorted.
    /// </summary>
    public sealed class WitResolve
    {
        internal readonly List<WitWorld> WorldList = new List<WitWorld>();
        internal readonly List<WitInterface> InterfaceList = new List<WitInterface>();
        internal readonly ChunkedList<WitTypeDef> TypeList = new ChunkedList<WitTypeDef>();
        internal readonly List<WitPackage> PackageList = new List<WitPackage>();

        /// <summary>All worlds.</summary>
        public IReadOnlyList<WitWorld> Worlds => WorldList;

        /// <summary>All interfaces.</summary>
        public IReadOnlyList<WitInterface> Interfaces => InterfaceList;

        /// <summary>All type definitions.</summary>
        public IReadOnlyList<WitTypeDef> Types => TypeList;

        /// <summary>All packages.</summary>
        public IReadOnlyList<WitPackage> Packages => PackageList;

        /// <summary>Package indices by full name (<c>ns:name@version</c>).</summary>
        public OrderedMap<string, int> PackageNames { get; } = new OrderedMap<string, int>();

        /// <summary>The name a world key is known by: its name, or <c>ns:pkg/iface@version</c> for interfaces.</summary>
        public string NameOfWorldKey(WitWorldKey key)
        {
            if (key.IsName) return key.Name!;
            return QualifiedInterfaceName(key.InterfaceId) ?? "<anonymous>";
        }

        /// <summary><c>ns:pkg/iface@version</c> for a named interface in a package, else null.</summary>
        public string? QualifiedInterfaceName(int interfaceId)
        {
            var iface = InterfaceList[interfaceId];
            if (iface.Name is null || iface.Package is not int p) return iface.Name;
            var name = PackageList[p].Name;
            string s = name.WithoutVersion + "/" + iface.Name;
            return name.Version is null ? s : s + "@" + name.Version;
        }

        /// <summary>
        /// When type <paramref name="typeId"/> is a <c>use</c> of a type owned by another interface, that
        /// interface's index; otherwise null.
        /// </summary>
        public int? TypeInterfaceDependency(int typeId)
        {
            var ty = TypeList[typeId];
            if (ty.Kind is not WitAliasKind { Target: { IsId: true } target }) return null;
            var other = TypeList[target.TypeId];
            if (ty.Owner.Equals(other.Owner)) return null;
            return other.Owner.Kind == WitTypeOwnerKind.Interface ? other.Owner.Id : (int?)null;
        }

        /// <summary>The interfaces that interface <paramref name="interfaceId"/> uses types from, in order.</summary>
        public IEnumerable<int> InterfaceDirectDependencies(int interfaceId) => DirectDependencies(interfaceId);

        // Per interface, what InterfaceDirectDependencies returns: world elaboration asks for every imported
        // interface, often more than once, and walking its types again would touch memory long out of cache.
        private readonly ChunkedList<int[]?> _directDependencies = new ChunkedList<int[]?>();

        /// <summary>
        /// The interfaces that interface <paramref name="interfaceId"/> uses types from, in order, computed once.
        /// The merger asks as soon as an interface is complete, while its types are still in cache.
        /// </summary>
        internal int[] DirectDependencies(int interfaceId)
        {
            while (_directDependencies.Count <= interfaceId) _directDependencies.Add(null);
            return _directDependencies[interfaceId] ??= ComputeDirectDependencies(interfaceId);
        }

        private int[] ComputeDirectDependencies(int interfaceId)
        {
            List<int>? deps = null;
            foreach (var entry in InterfaceList[interfaceId].Types)
            {
                if (TypeInterfaceDependency(entry.Value) is int dep) (deps ??= new List<int>()).Add(dep);
            }
            return deps?.ToArray() ?? System.Array.Empty<int>();
        }
    }
}
