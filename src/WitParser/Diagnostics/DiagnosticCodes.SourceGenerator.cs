namespace WitSharp.WitParser.Diagnostics
{
    public static partial class DiagnosticCodes
    {
        // WIT109x: the Roslyn source generator around the bindings emitter (WitSharp.Generator.Roslyn).

        /// <summary>The world named by <c>WitWorld</c> metadata (or the only world, when none is named) cannot be selected.</summary>
        public const string SourceGeneratorWorldNotSelected = "WIT1090";

        /// <summary>Two WIT packages of one compilation generate a file with the same hint name; the second is skipped.</summary>
        public const string SourceGeneratorDuplicateFile = "WIT1091";

        /// <summary>An additional <c>.wit</c> file has no readable text.</summary>
        public const string SourceGeneratorUnreadableFile = "WIT1092";

        /// <summary>A defect in the generator itself; reported instead of letting the exception reach the compiler.</summary>
        public const string SourceGeneratorInternalError = "WIT1099";
    }
}
