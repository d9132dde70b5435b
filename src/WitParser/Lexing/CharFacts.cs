using System.Globalization;
using System.Text;

namespace WitSharp.WitParser.Lexing
{
    /// <summary>Character classes the WIT lexer needs, with ASCII fast paths.</summary>
    internal static class CharFacts
    {
        /// <summary>Can start an identifier-like token: a Unicode XID start, <c>_</c> or <c>-</c>.</summary>
        public static bool IsKeylikeStart(string text, int index)
        {
            char c = text[index];
            if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '-';
            return IsXidStart(CharUnicodeInfo.GetUnicodeCategory(text, index));
        }

        /// <summary>Can continue an identifier-like token: a Unicode XID continue or <c>-</c>.</summary>
        public static bool IsKeylikeContinue(string text, int index)
        {
            char c = text[index];
            if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
            var cat = CharUnicodeInfo.GetUnicodeCategory(text, index);
            return IsXidStart(cat)
                || cat == UnicodeCategory.NonSpacingMark
                || cat == UnicodeCategory.SpacingCombiningMark
                || cat == UnicodeCategory.DecimalDigitNumber
                || cat == UnicodeCategory.ConnectorPunctuation;
        }

        /// <summary>The length in UTF-16 units of the code point at <paramref name="index"/> (2 for a surrogate pair).</summary>
        public static int CodePointLength(string text, int index) =>
            char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]) ? 2 : 1;

        /// <summary>The code point at <paramref name="index"/> (a lone surrogate is returned as itself).</summary>
        public static int CodePointAt(string text, int index) =>
            CodePointLength(text, index) == 2 ? char.ConvertToUtf32(text[index], text[index + 1]) : text[index];

        /// <summary>A code point as Rust's <c>{:?}</c> prints a <c>char</c>: quoted, escaping what is not printable.</summary>
        public static string RustDebug(int codePoint)
        {
            var sb = new StringBuilder("'");
            switch (codePoint)
            {
                case '\t': sb.Append("\\t"); break;
                case '\r': sb.Append("\\r"); break;
                case '\n': sb.Append("\\n"); break;
                case '\\': sb.Append("\\\\"); break;
                case '\'': sb.Append("\\'"); break;
                case 0: sb.Append("\\0"); break;
                default:
                    if (IsPrintable(codePoint)) sb.Append(char.ConvertFromUtf32(codePoint));
                    else sb.Append(RustEscapeUnicode(codePoint));
                    break;
            }
            return sb.Append('\'').ToString();
        }

        /// <summary>A code point as Rust's <c>char::escape_unicode</c> writes it: <c>\u{1f}</c>.</summary>
        public static string RustEscapeUnicode(int codePoint) => "\\u{" + codePoint.ToString("x") + "}";

        private static bool IsPrintable(int codePoint)
        {
            if (codePoint < 0x20 || codePoint == 0x7f) return false;
            if (codePoint >= 0xD800 && codePoint <= 0xDFFF) return false;
            var cat = CharUnicodeInfo.GetUnicodeCategory(char.ConvertFromUtf32(codePoint), 0);
            switch (cat)
            {
                case UnicodeCategory.Control:
                case UnicodeCategory.Format:
                case UnicodeCategory.OtherNotAssigned:
                case UnicodeCategory.PrivateUse:
                case UnicodeCategory.LineSeparator:
                case UnicodeCategory.ParagraphSeparator:
                case UnicodeCategory.NonSpacingMark:
                case UnicodeCategory.EnclosingMark:
                    return false;
                case UnicodeCategory.SpaceSeparator:
                    return codePoint == ' ';
                default:
                    return true;
            }
        }

        private static bool IsXidStart(UnicodeCategory cat) =>
            cat == UnicodeCategory.UppercaseLetter
            || cat == UnicodeCategory.LowercaseLetter
            || cat == UnicodeCategory.TitlecaseLetter
            || cat == UnicodeCategory.ModifierLetter
            || cat == UnicodeCategory.OtherLetter
            || cat == UnicodeCategory.LetterNumber;
    }
}
