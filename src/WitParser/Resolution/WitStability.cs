namespace WitSharp.WitParser.Resolution
{
    /// <summary>How an item is gated: <c>@since</c> (stable), <c>@unstable(feature = …)</c>, or not annotated.</summary>
    public enum WitStabilityKind
    {
        /// <summary>No gate annotation.</summary>
        Unknown,
        /// <summary><c>@since(version = …)</c>.</summary>
        Stable,
        /// <summary><c>@unstable(feature = …)</c>.</summary>
        Unstable,
    }

    /// <summary>The gate annotation of an item, with an optional <c>@deprecated</c> version.</summary>
    public sealed class WitStability
    {
        /// <summary>The shared "no annotation" value.</summary>
        public static readonly WitStability Unknown = new WitStability(WitStabilityKind.Unknown, null, null, null);

        private WitStability(WitStabilityKind kind, SemanticVersion? since, string? feature, SemanticVersion? deprecated)
        {
            Kind = kind;
            Since = since;
            Feature = feature;
            Deprecated = deprecated;
        }

        /// <summary>Stable since <paramref name="since"/>.</summary>
        public static WitStability Stable(SemanticVersion since, SemanticVersion? deprecated) =>
            new WitStability(WitStabilityKind.Stable, since, null, deprecated);

        /// <summary>Unstable behind <paramref name="feature"/>.</summary>
        public static WitStability Unstable(string feature, SemanticVersion? deprecated) =>
            new WitStability(WitStabilityKind.Unstable, null, feature, deprecated);

        /// <summary>Which kind of gate.</summary>
        public WitStabilityKind Kind { get; }

        /// <summary>The <c>@since</c> version of a stable item.</summary>
        public SemanticVersion? Since { get; }

        /// <summary>The feature name of an unstable item.</summary>
        public string? Feature { get; }

        /// <summary>The <c>@deprecated</c> version, if any.</summary>
        public SemanticVersion? Deprecated { get; }

        /// <summary>True when the item carries no annotation.</summary>
        public bool IsUnknown => Kind == WitStabilityKind.Unknown;
    }
}
