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
        public static string Decode(string literal) => Encoding.UTF8.GetString(Bytes(literal));

        /// <summary>
        /// Why <paramref name="bytes"/> are not UTF-8, in the words of Rust's <c>Utf8Error</c> that the reference
        /// prints, or null when they are.
        /// </summary>
        public static string? Utf8Problem(byte[] bytes)
        {
            int i = 0;
            while (i < bytes.Length)
            {
                byte b = bytes[i];
                int width = b < 0x80 ? 1 : b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
                if (width == 0) return $"invalid utf-8 sequence of 1 bytes from index {i}";
                for (int k = 1; k < width; k++)
                {
                    if (i + k >= bytes.Length) return $"incomplete utf-8 byte sequence from index {i}";
                    byte c = bytes[i + k];
                    // The second byte's range depends on the first (no overlongs, surrogates or values past U+10FFFF).
                    byte low = k > 1 ? (byte)0x80 : b == 0xE0 ? (byte)0xA0 : b == 0xF0 ? (byte)0x90 : (byte)0x80;
                    byte high = k > 1 ? (byte)0xBF : b == 0xED ? (byte)0x9F : b == 0xF4 ? (byte)0x8F : (byte)0xBF;
                    if (c < low || c > high) return $"invalid utf-8 sequence of {k} bytes from index {i}";
                }
                i += width;
            }
            return null;
        }

        /// <summary>The bytes <paramref name="literal"/> stands for (quotes included in the input).</summary>
        public static byte[] Bytes(string literal)
        {
            if (literal.Length < 2) return new byte[0];
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
            return bytes.ToArray();
        }

        private static bool IsHex(char c) => (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
