namespace WitSharp.WitParser.Diagnostics
{
    /// <summary>
    /// The stable diagnostic codes of the WIT front end. Ranges by stage, each stage in its own partial file:
    /// WIT00xx text and lexing, WIT01xx parsing, WIT02xx resolution, WIT03xx features and gates,
    /// WIT09xx input and files.
    /// </summary>
    public static partial class DiagnosticCodes
    {
        /// <summary>A file could not be read or is not valid UTF-8.</summary>
        public const string InvalidEncoding = "WIT0001";

        /// <summary>A path given to the front end does not exist or cannot be read.</summary>
        public const string FileNotFound = "WIT0901";

        /// <summary>A file could not be written (by <c>witsharp fmt</c>); it is left as it was.</summary>
        public const string FileNotWritten = "WIT0902";
    }
}
