namespace WitSharp.Generator.Roslyn
{
    /// <summary>
    /// The MSBuild item metadata the generator reads from <c>AdditionalFiles</c> items. Each needs a
    /// <c>&lt;CompilerVisibleItemMetadata Include="AdditionalFiles" MetadataName="WitWorld" /&gt;</c> so the
    /// compiler passes it on as <c>build_metadata.AdditionalFiles.&lt;name&gt;</c>.
    /// </summary>
    public static class WitMetadataNames
    {
        /// <summary>The world to bind (<c>host</c> or <c>my:pkg/host</c>); optional when the package has one world.</summary>
        public const string World = "build_metadata.AdditionalFiles.WitWorld";

        /// <summary>The namespace put in front of every generated namespace; optional.</summary>
        public const string Namespace = "build_metadata.AdditionalFiles.WitNamespace";
    }
}
