using System.Collections.Generic;
using WitSharp.WitParser;
using WitSharp.WitParser.Resolution;
using WitSharp.WitParser.Text;

namespace WitSharp.Tooling.Subtyping
{
    /// <summary>
    /// One side of a comparison: a resolved set of WIT packages plus the source locations of its named items
    /// (the resolved model carries no locations, so they are read back from the syntax).
    /// </summary>
    public sealed class WitSide
    {
        /// <summary>Creates a side from a successful load.</summary>
        public WitSide(WitResolve resolve, IReadOnlyList<int> rootPackages, IReadOnlyList<SourceText> sources)
        {
            Resolve = resolve;
            RootPackages = rootPackages;
            Locations = ItemLocations.Build(sources);
        }

        /// <summary>The resolved packages.</summary>
        public WitResolve Resolve { get; }

        /// <summary>The packages the input defines itself (the last is the main package).</summary>
        public IReadOnlyList<int> RootPackages { get; }

        /// <summary>Where named items are declared.</summary>
        public ItemLocations Locations { get; }

        /// <summary>The main package (the last root package).</summary>
        public WitPackage MainPackage => Resolve.Packages[RootPackages[RootPackages.Count - 1]];

        /// <summary>Builds a side from a load result, or returns null when loading failed.</summary>
        public static WitSide? FromLoad(WitLoadResult load) =>
            load.Success && load.Resolve is { } r && load.RootPackages.Count > 0 ? new WitSide(r, load.RootPackages, load.Sources) : null;

        /// <summary>The package name (without version) owning interface <paramref name="interfaceId"/>, or empty.</summary>
        public string PackageOf(int interfaceId) =>
            Resolve.Interfaces[interfaceId].Package is int p ? Resolve.Packages[p].Name.WithoutVersion : "";

        /// <summary>Where package <paramref name="package"/> (<c>ns:name</c>) is declared.</summary>
        public SourceLocation? PackageLocation(string package) => Locations.Find(ItemLocations.PackageKey(package));

        /// <summary>The location of interface <paramref name="interfaceId"/>.</summary>
        public SourceLocation? InterfaceLocation(int interfaceId)
        {
            var iface = Resolve.Interfaces[interfaceId];
            return iface.Name is null ? null : Locations.Find(ItemLocations.InterfaceKey(PackageOf(interfaceId), iface.Name));
        }

        /// <summary>The location of the named type <paramref name="typeId"/> inside its interface or world.</summary>
        public SourceLocation? TypeLocation(int typeId)
        {
            var def = Resolve.Types[typeId];
            if (def.Name is null) return null;
            return Locations.Find(ItemLocations.MemberKey(ContainerKey(def.Owner), def.Name));
        }

        /// <summary>The location of member <paramref name="member"/> (field, case, flag) of named type <paramref name="typeId"/>.</summary>
        public SourceLocation? TypeMemberLocation(int typeId, string member)
        {
            var def = Resolve.Types[typeId];
            if (def.Name is null) return null;
            return Locations.Find(ItemLocations.MemberKey(ItemLocations.MemberKey(ContainerKey(def.Owner), def.Name), member))
                ?? TypeLocation(typeId);
        }

        /// <summary>The location of function <paramref name="functionName"/> (resolved name) in the given owner.</summary>
        public SourceLocation? FunctionLocation(WitTypeOwner owner, string functionName) =>
            Locations.Find(ItemLocations.MemberKey(ContainerKey(owner), functionName));

        /// <summary>The location of a world.</summary>
        public SourceLocation? WorldLocation(int worldId) => Locations.Find(WorldKey(worldId));

        /// <summary>The source text of world <paramref name="worldId"/>'s declaration as written, if it was read from source.</summary>
        public string? WorldSource(int worldId) =>
            Locations.FindDeclaration(WorldKey(worldId)) is { } l ? l.Source.GetText(l.Span) : null;

        /// <summary>The location of a world's import or export named <paramref name="itemName"/> (plain name or interface name, with or without package).</summary>
        public SourceLocation? WorldItemLocation(int worldId, bool import, string itemName) =>
            Locations.Find(ItemLocations.WorldItemKey(WorldKey(worldId), import, WorldItemNames.ShortName(itemName))) ?? WorldLocation(worldId);

        private string WorldKey(int worldId)
        {
            var world = Resolve.Worlds[worldId];
            string pkg = world.Package is int p ? Resolve.Packages[p].Name.WithoutVersion : "";
            return ItemLocations.WorldKey(pkg, world.Name);
        }

        private string ContainerKey(WitTypeOwner owner)
        {
            if (owner.Kind == WitTypeOwnerKind.Interface)
            {
                var iface = Resolve.Interfaces[owner.Id];
                return ItemLocations.InterfaceKey(PackageOf(owner.Id), iface.Name ?? "");
            }
            return owner.Kind == WitTypeOwnerKind.World ? WorldKey(owner.Id) : "";
        }
    }
}
