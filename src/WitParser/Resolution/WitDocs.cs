namespace WitSharp.WitParser.Resolution
{
    /// <summary>Documentation attached to an item (its <c>///</c> or <c>/** */</c> comments, normalised).</summary>
    public sealed class WitDocs
    {
        /// <summary>No documentation.</summary>
        public static readonly WitDocs None = new WitDocs(null);

        /// <summary>Creates docs from their normalised contents.</summary>
        public WitDocs(string? contents) => Contents = contents;

        /// <summary>The text, or null when there were no doc comments.</summary>
        public string? Contents { get; }
    }
}
