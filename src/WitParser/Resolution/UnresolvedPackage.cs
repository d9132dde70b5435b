using System.Collections.Generic;
using WitSharp.WitParser.Collections;
using WitSharp.WitParser.Text;

namespace WitSharp.WitParser.Resolution
{
    /// <summary>A world's <c>include</c>, kept until the package is merged (includes expand after gating).</summary>
    internal sealed class PendingInclude
    {
        public PendingInclude(WitStability stability, int world, IReadOnlyList<KeyValuePair<string, string>> renames, SourceLocation location)
        {
            Stability = stability;
            World = world;
            Renames = renames;
            Location = location;
        }

        public WitStability Stability { get; }

        public int World { get; }

        /// <summary>The <c>with { a as b }</c> pairs.</summary>
        public IReadOnlyList<KeyValuePair<string, string>> Renames { get; }

        public SourceLocation Location { get; }
    }

    /// <summary>Where each part of a world was written, for errors reported while merging.</summary>
    internal sealed class WorldLocations
    {
        public WorldLocations(SourceLocation location) => Location = location;

        public SourceLocation Location { get; }

        public List<SourceLocation> Imports { get; } = new List<SourceLocation>();

        public List<SourceLocation> Exports { get; } = new List<SourceLocation>();

        public List<PendingInclude> Includes { get; } = new List<PendingInclude>();
    }

    /// <summary>Where an interface and each of its functions were written.</summary>
    internal sealed class InterfaceLocations
    {
        public InterfaceLocations(SourceLocation location) => Location = location;

        public SourceLocation Location { get; }

        public List<SourceLocation> Functions { get; } = new List<SourceLocation>();
    }

    /// <summary>An interface or world of another package that this package refers to.</summary>
    internal sealed class ForeignItem
    {
        public ForeignItem(bool isWorld, int id)
        {
            IsWorld = isWorld;
            Id = id;
        }

        public bool IsWorld { get; }

        /// <summary>The placeholder index in the package's own arena.</summary>
        public int Id { get; }

        /// <summary>The gates of every reference; the item is needed when any of them is active.</summary>
        public List<WitStability> Stabilities { get; } = new List<WitStability>();
    }

    /// <summary>References to one foreign package.</summary>
    internal sealed class ForeignPackage
    {
        public ForeignPackage(PackageName name, SourceLocation location)
        {
            Name = name;
            Location = location;
        }

        public PackageName Name { get; }

        /// <summary>Where the package was first referred to.</summary>
        public SourceLocation Location { get; }

        public OrderedMap<string, ForeignItem> Items { get; } = new OrderedMap<string, ForeignItem>();
    }

    /// <summary>
    /// One package resolved on its own: names are bound, but references to other packages are placeholders
    /// (foreign interfaces and worlds come first in the arenas, foreign types are <see cref="WitUnknownKind"/>).
    /// <see cref="PackageMerger"/> binds them when the package joins a <see cref="WitResolve"/>.
    /// </summary>
    internal sealed class UnresolvedPackage
    {
        public UnresolvedPackage(PackageName name, SourceLocation nameLocation, WitDocs docs)
        {
            Name = name;
            NameLocation = nameLocation;
            Docs = docs;
        }

        public PackageName Name { get; }

        public SourceLocation NameLocation { get; }

        public WitDocs Docs { get; }

        public ChunkedList<WitTypeDef> Types { get; } = new ChunkedList<WitTypeDef>();

        public ChunkedList<SourceLocation> TypeLocations { get; } = new ChunkedList<SourceLocation>();

        public List<WitInterface> Interfaces { get; } = new List<WitInterface>();

        public List<InterfaceLocations> InterfaceLocations { get; } = new List<InterfaceLocations>();

        public List<WitWorld> Worlds { get; } = new List<WitWorld>();

        public List<WorldLocations> WorldLocations { get; } = new List<WorldLocations>();

        /// <summary>Foreign packages keyed by full name, in first-reference order.</summary>
        public OrderedMap<string, ForeignPackage> ForeignDeps { get; } = new OrderedMap<string, ForeignPackage>();

        /// <summary><c>own</c>/<c>borrow</c> of foreign types, checked to be resources once bound.</summary>
        public List<KeyValuePair<int, SourceLocation>> RequiredResourceTypes { get; } = new List<KeyValuePair<int, SourceLocation>>();
    }
}
