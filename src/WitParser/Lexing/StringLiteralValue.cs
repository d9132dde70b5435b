using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace WitSharp.WitParser.Lexing
{
    /// <summary>
    /// The value of a string literal the lexer accepted (<c>@external-id("…")</c>): escapes \t \n \r \" \' \\,
    /// <c>\XX</c> bytes and <c>\u{…}</c> code points, read as UTF-8 as the reference does.
    /// </summary>
    internal static class StringLiteralValue
    {
        /// <summary>The decoded contents of <paramref name="literal"/>, quotes included in the input.</summary>
        public static string Decode(string literal)
        {
            if (literal.Length < 2) return "";
            var bytes = new List<byte>(literal.Length);
            var encoder = Encoding.UTF8;
            for (int i = 1; i < literal.Length - 1; i++)
            {
                char c = literal[i];
                if (c != '\\' || i + 1 >= literal.Length - 1)
                {
                    int width = char.IsHighSurrogate(c) && i + 1 < literal.Length - 1 ? 2 : 1;
                    bytes.AddRange(encoder.GetBytes(literal.Substring(i, width)));
                    i += width - 1;
                    continue;
                }
                char e = literal[++i];
                switch (e)
                {
                    case 't': bytes.Add((byte)'\t'); break;
                    case 'n': bytes.Add((byte)'\n'); break;
                    case 'r': bytes.Add((byte)'\r'); break;
                    case 'u':
                    {
                        // The lexer has reported any malformed escape; here such text is kept as written.
                        int close = literal.IndexOf('}', i);
                        if (close < i + 2
                            || !int.TryParse(literal.Substring(i + 2, close - i - 2).Replace("_", ""), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out int code)
                            || code < 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
                        {
                            bytes.Add((byte)'u');
                            break;
                        }
                        bytes.AddRange(encoder.GetBytes(char.ConvertFromUtf32(code)));
                        i = close;
                        break;
                    }
                    default:
                        if (IsHex(e) && i + 1 < literal.Length - 1 && IsHex(literal[i + 1]))
                        {
                            bytes.Add(byte.Parse(literal.Substring(i, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                            i++;
                        }
                        else
                        {
                            bytes.Add((byte)e); // \" \' \\
                        }
                        break;
                }
            }
            return encoder.GetString(bytes.ToArray());
        }

        private static bool IsHex(char c) => (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
