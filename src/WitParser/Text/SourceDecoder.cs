using System;
using System.Text;
using WitSharp.WitParser.Diagnostics;

namespace WitSharp.WitParser.Text
{
    /// <summary>
    /// Strict UTF-8 decoding of WIT file bytes. A leading byte-order mark is allowed and dropped; anything that is
    /// not well-formed UTF-8 (overlong forms, surrogates, code points past U+10FFFF, truncated sequences) is
    /// rejected with a <see cref="DiagnosticCodes.InvalidEncoding"/> diagnostic naming the offset where the valid prefix ends.
    /// </summary>
    public static class SourceDecoder
    {
        private static readonly UTF8Encoding Utf8 = new UTF8Encoding(false, false);

        /// <summary>
        /// Decodes <paramref name="bytes"/>. On success returns true with the source; on failure returns false,
        /// a null source and the diagnostic.
        /// </summary>
        public static bool TryDecode(string path, byte[] bytes, out SourceText? source, out Diagnostic? diagnostic)
        {
            if (path == null) throw new ArgumentNullException(nameof(path));
            if (bytes == null) throw new ArgumentNullException(nameof(bytes));
            int start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
            int bad = FindInvalidByte(bytes, start);
            if (bad >= 0)
            {
                source = null;
                diagnostic = Diagnostic.Error(DiagnosticCodes.InvalidEncoding, $"input file {path} is not valid utf-8: invalid byte 0x{bytes[bad]:x2} at offset {bad}");
                return false;
            }
            source = new SourceText(path, Utf8.GetString(bytes, start, bytes.Length - start));
            diagnostic = null;
            return true;
        }

        /// <summary>
        /// The offset where well-formed UTF-8 stops (the first byte of the first bad sequence, like Rust's
        /// <c>valid_up_to</c>), or -1 when all bytes are well-formed.
        /// </summary>
        public static int FindInvalidByte(byte[] bytes, int start = 0)
        {
            int i = start;
            while (i < bytes.Length)
            {
                byte b = bytes[i];
                if (b < 0x80)
                {
                    i++;
                    continue;
                }
                int length;
                int min;
                int codePoint;
                if (b >= 0xC2 && b <= 0xDF)
                {
                    length = 2;
                    min = 0x80;
                    codePoint = b & 0x1F;
                }
                else if (b >= 0xE0 && b <= 0xEF)
                {
                    length = 3;
                    min = 0x800;
                    codePoint = b & 0x0F;
                }
                else if (b >= 0xF0 && b <= 0xF4)
                {
                    length = 4;
                    min = 0x10000;
                    codePoint = b & 0x07;
                }
                else
                {
                    return i;
                }
                for (int k = 1; k < length; k++)
                {
                    if (i + k >= bytes.Length || (bytes[i + k] & 0xC0) != 0x80) return i;
                    codePoint = (codePoint << 6) | (bytes[i + k] & 0x3F);
                }
                // Overlong forms, UTF-16 surrogates and values past U+10FFFF are invalid.
                if (codePoint < min || (codePoint >= 0xD800 && codePoint <= 0xDFFF) || codePoint > 0x10FFFF) return i;
                i += length;
            }
            return -1;
        }
    }
}
