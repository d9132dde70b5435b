namespace WitSharp.Generator.Roslyn
{
    /// <summary>The tracking names of <see cref="WitBindingsGenerator"/>'s pipeline steps, for tests and diagnostics.</summary>
    public static class WitTrackingNames
    {
        /// <summary>One <see cref="WitFileInput"/> per <c>.wit</c> additional file.</summary>
        public const string Files = "WitFiles";

        /// <summary>One <see cref="WitProjectInput"/> per WIT directory (root package plus its <c>deps/</c>).</summary>
        public const string Projects = "WitProjects";

        /// <summary>Whether the compilation references WitSharp's component runtime (a bool: C# edits leave it unchanged).</summary>
        public const string ComponentRuntime = "WitComponentRuntime";

        /// <summary>One <see cref="WitGenerationResult"/> per project.</summary>
        public const string Bindings = "WitBindings";
    }
}
