using System.Globalization;
using System.Text;

namespace WitSharp.WitParser.Lexing
{
    /// <summary>
    /// Writes a string as a WIT string literal (the argument of <c>@external-id("…")</c>) that the lexer reads back
    /// to the same string, for tools that print WIT from the resolved model.
    /// </summary>
    public static class WitStringLiteral
    {
        /// <summary>
        /// <paramref name="value"/> in double quotes. <c>"</c> and <c>\</c> are escaped, tab, line feed and carriage
        /// return become <c>\t \n \r</c>, and every character the lexer refuses in a file (other control codes,
        /// bidirectional overrides, deprecated code points) and the line and paragraph separators (so that the literal
        /// stays on one line wherever it is printed) become <c>\u{…}</c> escapes; the rest is written as is.
        /// </summary>
        public static string Quote(string value)
        {
            var sb = new StringBuilder(value.Length + 2).Append('"');
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                switch (c)
                {
                    case '"': sb.Append("\\\""); break;
                    case '\\': sb.Append("\\\\"); break;
                    case '\t': sb.Append("\\t"); break;
                    case '\n': sb.Append("\\n"); break;
                    case '\r': sb.Append("\\r"); break;
                    default:
                        if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                        {
                            sb.Append(c).Append(value[++i]);
                        }
                        else if (char.IsControl(c) || char.IsSurrogate(c) || ForbiddenCodepoints.IsForbidden(c) || c == '\u2028' || c == '\u2029')
                        {
                            // A lone surrogate cannot be spelled in UTF-8 either; its escape is at least visible.
                            sb.Append("\\u{").Append(((int)c).ToString("x", CultureInfo.InvariantCulture)).Append('}');
                        }
                        else
                        {
                            sb.Append(c);
                        }
                        break;
                }
            }
            return sb.Append('"').ToString();
        }
    }
}
