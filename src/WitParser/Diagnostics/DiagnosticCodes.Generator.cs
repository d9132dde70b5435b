namespace WitSharp.WitParser.Diagnostics
{
    public static partial class DiagnosticCodes
    {
        // WIT10xx: the C# bindings generator (WitSharp.Generator). Warnings: the bindings still compile.

        /// <summary>
        /// A <c>stream</c>, <c>future</c> or <c>error-context</c> is not supported by the C# bindings yet; the
        /// generator emits a placeholder type so the rest of the world still compiles.
        /// </summary>
        public const string GeneratorUnsupportedType = "WIT1001";

        /// <summary>An <c>async</c> function is emitted with a synchronous signature (async lifting is not supported yet).</summary>
        public const string GeneratorAsyncFunction = "WIT1002";

        /// <summary>The world to generate bindings for does not exist in the resolved model.</summary>
        public const string GeneratorNoSuchWorld = "WIT1003";

        /// <summary>
        /// The bindings would be larger than the generator's output limit (an error, located at the WIT type being
        /// written when the limit was reached); nothing is generated.
        /// </summary>
        public const string GeneratorOutputTooLarge = "WIT1004";
    }
}
