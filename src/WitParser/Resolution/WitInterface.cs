namespace WitSharp.WitParser.Resolution
{
    /// <summary>An interface: named types and functions. Inline interfaces of worlds have no name.</summary>
    public sealed class WitInterface
    {
        /// <summary>Creates an interface.</summary>
        public WitInterface(string? name) => Name = name;

        /// <summary>The name, or null for an inline interface in a world.</summary>
        public string? Name { get; internal set; }

        /// <summary>The types by name (values index <see cref="WitResolve.Types"/>).</summary>
        public OrderedMap<string, int> Types { get; } = new OrderedMap<string, int>();

        /// <summary>The functions by name.</summary>
        public OrderedMap<string, WitFunction> Functions { get; } = new OrderedMap<string, WitFunction>();

        /// <summary>Documentation.</summary>
        public WitDocs Docs { get; internal set; } = WitDocs.None;

        /// <summary>Gate annotation.</summary>
        public WitStability Stability { get; internal set; } = WitStability.Unknown;

        /// <summary>The owning package index, if known.</summary>
        public int? Package { get; internal set; }
    }
}
