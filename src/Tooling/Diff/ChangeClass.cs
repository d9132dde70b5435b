namespace WitSharp.Tooling.Diff
{
    /// <summary>How a change affects clients of the old package.</summary>
    public enum ChangeClass
    {
        /// <summary>Clients built against the old package can fail against the new one: needs a major bump (minor for 0.x).</summary>
        Breaking,
        /// <summary>An addition old clients do not notice: needs a minor bump (patch for 0.x).</summary>
        Compatible,
        /// <summary>Worth knowing, no compatibility effect (changes to <c>@unstable</c> items, deprecations, gate oddities).</summary>
        Note,
    }
}
