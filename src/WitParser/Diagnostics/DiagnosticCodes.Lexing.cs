namespace WitSharp.WitParser.Diagnostics
{
    public static partial class DiagnosticCodes
    {
        /// <summary>A character that starts no WIT token (reference: "unexpected character").</summary>
        public const string UnexpectedCharacter = "WIT0002";

        /// <summary>A <c>/*</c> comment without its closing <c>*/</c>.</summary>
        public const string UnterminatedComment = "WIT0003";

        /// <summary>An identifier that is not kebab-case (bad character, empty part between dashes).</summary>
        public const string InvalidIdentifier = "WIT0004";

        /// <summary>A control code, bidirectional override or deprecated code point in the source.</summary>
        public const string ForbiddenCodepoint = "WIT0005";

        /// <summary>A malformed string literal: bad escape, control character or missing closing quote.</summary>
        public const string InvalidStringLiteral = "WIT0006";
    }
}
