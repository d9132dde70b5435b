using WitSharp.WitParser.Diagnostics;
using WitSharp.WitParser.Text;

namespace WitSharp.WitParser.Lexing
{
    /// <summary>
    /// The reference rejects, anywhere in a file (comments included), control codes other than tab and line breaks,
    /// bidirectional overrides (CVE-2021-42574) and a few deprecated code points. Like the reference, only the first
    /// is reported: one is enough to reject the file.
    /// </summary>
    internal static class ForbiddenCodepoints
    {
        public static void Check(SourceText source, DiagnosticBag diagnostics)
        {
            string text = source.Text;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                // Fast path: printable ASCII and common whitespace.
                if (c >= 0x20 && c < 0x7f) continue;
                if (c == '\n' || c == '\r' || c == '\t') continue;
                string? message = Classify(c);
                if (message != null)
                {
                    diagnostics.Error(DiagnosticCodes.ForbiddenCodepoint, message, source, new TextSpan(i, 0));
                    return;
                }
            }
        }

        /// <summary>True for a character no WIT file may hold (a printer escapes it instead).</summary>
        public static bool IsForbidden(char c) => c != '\n' && c != '\r' && c != '\t' && Classify(c) != null;

        private static string? Classify(char c)
        {
            if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) return $"Control code '{CharFacts.RustEscapeUnicode(c)}'";
            switch (c)
            {
                case '\u202a':
                case '\u202b':
                case '\u202c':
                case '\u202d':
                case '\u202e':
                case '\u2066':
                case '\u2067':
                case '\u2068':
                case '\u2069':
                    return $"Input contains bidirectional override codepoint \"{CharFacts.RustEscapeUnicode(c)}\"";
                case '\u0149':
                case '\u0673':
                case '\u0f77':
                case '\u0f79':
                case '\u17a3':
                case '\u17a4':
                case '\u17b4':
                case '\u17b5':
                    return $"Codepoint \"{CharFacts.RustEscapeUnicode(c)}\" is discouraged by Unicode";
                default:
                    return null;
            }
        }
    }
}
