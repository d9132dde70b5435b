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
    }
}
