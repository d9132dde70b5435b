using System.Text;

namespace WitSharp.Cli.Input;

/// <summary>
/// How one file writes its text: with or without a UTF-8 byte-order mark, and with CRLF or LF line endings. The
/// formatter works in LF; <c>fmt</c> gives each file back its own conventions, so a Windows checkout (CRLF, or a
/// BOM from an editor) does not turn into a whole-file diff.
/// </summary>
/// <param name="ByteOrderMark">The file starts with EF BB BF.</param>
/// <param name="CrLf">Most of the file's line breaks are CRLF (a tie, or no line break at all, means LF).</param>
public readonly record struct TextConventions(bool ByteOrderMark, bool CrLf)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The conventions of a file's <paramref name="bytes"/>, detected per file.</summary>
    public static TextConventions Detect(byte[] bytes)
    {
        bool bom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
        int crlf = 0, lf = 0;
        for (int i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] != (byte)'\n') continue;
            if (i > 0 && bytes[i - 1] == (byte)'\r') crlf++;
            else lf++;
        }
        return new TextConventions(bom, crlf > lf);
    }

    /// <summary><paramref name="lfText"/> (LF line breaks, as the formatter writes) in these conventions, as text.</summary>
    public string Apply(string lfText) => CrLf ? lfText.Replace("\n", "\r\n") : lfText;

    /// <summary><paramref name="lfText"/> in these conventions, as the bytes of the file.</summary>
    public byte[] Encode(string lfText)
    {
        byte[] body = Utf8.GetBytes(Apply(lfText));
        if (!ByteOrderMark) return body;
        byte[] withMark = new byte[body.Length + 3];
        withMark[0] = 0xEF;
        withMark[1] = 0xBB;
        withMark[2] = 0xBF;
        body.CopyTo(withMark, 3);
        return withMark;
    }
}
