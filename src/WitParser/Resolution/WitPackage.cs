namespace WitSharp.WitParser.Resolution
{
    /// <summary>A package: its name, docs and the interfaces and worlds it defines.</summary>
    public sealed class WitPackage
    {
        /// <summary>Creates a package.</summary>
        public WitPackage(PackageName name, WitDocs docs)
        {
            Name = name;
            Docs = docs;
        }

        /// <summary>The package name.</summary>
        public PackageName Name { get; }

        /// <summary>Package documentation.</summary>
        public WitDocs Docs { get; }

        /// <summary>Interfaces by name.</summary>
        public OrderedMap<string, int> Interfaces { get; } = new OrderedMap<string, int>();

        /// <summary>Worlds by name.</summary>
        public OrderedMap<string, int> Worlds { get; } = new OrderedMap<string, int>();
    }
}
