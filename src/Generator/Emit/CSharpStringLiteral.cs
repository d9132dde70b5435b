using System.Globalization;
using System.Text;

namespace WitSharp.Generator.Emit
{
    /// <summary>
    /// A string as a C# regular string literal that stays on one line whatever it holds: WIT text such as an
    /// <c>@external-id</c> may carry line breaks (including U+2028, which C# also ends a line at), controls and
    /// bidirectional overrides, which are written as <c>\uXXXX</c> escapes.
    /// </summary>
    internal static class CSharpStringLiteral
    {
        public static string Quote(string value)
        {
            var sb = new StringBuilder(value.Length + 2).Append('"');
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                if (c == '"' || c == '\\') sb.Append('\\').Append(c);
                else if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])) sb.Append(c).Append(value[++i]);
                else if (NeedsEscape(c)) sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                else sb.Append(c);
            }
            return sb.Append('"').ToString();
        }

        /// <summary>Controls, line and paragraph separators, bidirectional controls and lone surrogates.</summary>
        internal static bool NeedsEscape(char c) =>
            char.IsControl(c) || char.IsSurrogate(c) || c == '\u2028' || c == '\u2029'
            || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069') || c == '\u200e' || c == '\u200f';
    }
}
