namespace WitSharp.WitParser.Diagnostics
{
    public static partial class DiagnosticCodes
    {
        /// <summary>A reference to an item removed because its <c>@unstable</c> feature is not active.</summary>
        public const string ReferenceToGatedItem = "WIT0301";

        /// <summary>A <c>@since</c> version later than the package's own version.</summary>
        public const string UnreleasedVersion = "WIT0302";

        /// <summary>A version gate inside a package without a version.</summary>
        public const string GateWithoutPackageVersion = "WIT0303";

        /// <summary>A combination of gate attributes the language does not allow.</summary>
        public const string InvalidGateAttributes = "WIT0304";
    }
}
