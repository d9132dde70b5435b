using System.Text;

namespace WitSharp.WitParser.Diagnostics
{
    /// <summary>
    /// Makes text from a file safe to print on a terminal. A source line, a path or a message may hold control
    /// characters (ESC starts a terminal escape sequence: a hostile file could recolour, retitle or rewrite the
    /// terminal that shows its diagnostics) or bidirectional controls (which reorder what is shown). Each such
    /// character is written as Rust writes an escaped code point, <c>\u{1b}</c>, which is also what the front end's
    /// messages say for them. A tab is kept: it is ordinary WIT whitespace and harmless.
    /// </summary>
    public static class ControlCharacters
    {
        /// <summary>Whether <paramref name="c"/> is written escaped: C0 controls but tab, DEL, C1 controls, bidirectional controls.</summary>
        public static bool NeedsEscape(char c) =>
            (c < 0x20 && c != '\t') || (c >= 0x7F && c <= 0x9F)
            || c == '\u061C' || c == '\u200E' || c == '\u200F'
            || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');

        /// <summary>
        /// <paramref name="text"/> with every character that <see cref="NeedsEscape"/> written as <c>\u{hex}</c>; with
        /// <paramref name="keepLineFeeds"/>, LF stays a line break (for messages of several lines).
        /// </summary>
        public static string Escape(string text, bool keepLineFeeds = false)
        {
            int first = 0;
            while (first < text.Length && !Escaped(text[first], keepLineFeeds)) first++;
            if (first == text.Length) return text;
            var sb = new StringBuilder(text.Length + 8).Append(text, 0, first);
            for (int i = first; i < text.Length; i++)
            {
                char c = text[i];
                if (Escaped(c, keepLineFeeds)) sb.Append(EscapeOne(c));
                else sb.Append(c);
            }
            return sb.ToString();
        }

        /// <summary>
        /// The columns <paramref name="c"/> takes once escaped, as the caret line counts them: its escape's length, 0
        /// for the second half of a surrogate pair (a pair is one character), else 1.
        /// </summary>
        public static int Width(char c) => NeedsEscape(c) ? EscapeOne(c).Length : char.IsLowSurrogate(c) ? 0 : 1;

        private static bool Escaped(char c, bool keepLineFeeds) => NeedsEscape(c) && !(keepLineFeeds && c == '\n');

        private static string EscapeOne(char c) => "\\u{" + ((int)c).ToString("x") + "}";
    }
}
