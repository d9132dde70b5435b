namespace WitSharp.Generator
{
    /// <summary>Options of <see cref="CSharpBindingsGenerator"/>.</summary>
    public sealed class BindingsOptions
    {
        /// <summary>The default options.</summary>
        public static readonly BindingsOptions Default = new BindingsOptions();

        /// <summary>
        /// A namespace put in front of every generated namespace (<c>MyApp.Wit</c> gives
        /// <c>MyApp.Wit.Wasi.Http.V0_2_0.Types</c>); null or empty for none.
        /// </summary>
        public string? RootNamespace { get; init; }

        /// <summary>
        /// The most characters all generated files may hold together (default 64 Mi, about 128 MB of text). Output is
        /// linear in the WIT, but an IDE runs the generator inside its compiler server: past the limit, nothing is
        /// generated and error <c>WIT1004</c> is reported at the WIT type being written.
        /// </summary>
        public long MaxOutputCharacters { get; init; } = DefaultMaxOutputCharacters;

        /// <summary>
        /// Also write the world's component class for WitSharp's component runtime (package
        /// <c>WitSharp.Engine.Components</c>): <c>AddToLinker(linker, host)</c>, <c>Instantiate(linker, component)</c> and the
        /// exports as typed methods. Off by default, because that code needs the package; the source generator turns it on
        /// when the compilation references the package, and <c>witsharp generate --component-bindings</c> by hand.
        /// </summary>
        public bool ComponentBindings { get; init; }

        /// <summary>The default of <see cref="MaxOutputCharacters"/>.</summary>
        public const long DefaultMaxOutputCharacters = 64L * 1024 * 1024;
    }
}
