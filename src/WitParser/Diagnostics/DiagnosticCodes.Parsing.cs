namespace WitSharp.WitParser.Diagnostics
{
    public static partial class DiagnosticCodes
    {
        /// <summary>A token other than the one the grammar requires ("expected X, found Y").</summary>
        public const string UnexpectedToken = "WIT0101";

        /// <summary>An attribute name other than <c>since</c>, <c>unstable</c> and <c>deprecated</c>.</summary>
        public const string UnknownAttribute = "WIT0102";

        /// <summary>A version that is not valid semver (leading zeros, empty identifiers, overflow).</summary>
        public const string InvalidVersion = "WIT0103";

        /// <summary>Types nested deeper than the parser allows (a guard against stack exhaustion).</summary>
        public const string TypeNestingTooDeep = "WIT0104";

        /// <summary>Nested <c>package a:b { ... }</c> blocks deeper than the reference allows.</summary>
        public const string PackageNestingTooDeep = "WIT0105";

        /// <summary>The length of a fixed-length list does not fit in a u32.</summary>
        public const string InvalidListLength = "WIT0106";

        /// <summary>
        /// A warning: <c>@external-id</c> on an interface, a world or an <c>include</c>, where WIT.md's grammar has
        /// no place for it and the reference wit-parser accepts and drops it.
        /// </summary>
        public const string IgnoredExternalId = "WIT0107";
    }
}
