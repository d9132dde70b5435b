using System.Collections.Generic;
using System.IO;
using System.Text;
using WitSharp.WitParser.Diagnostics;
using WitSharp.WitParser.Text;

namespace WitSharp.Cli.Input;

/// <summary>Reads one WIT file as strict UTF-8; invalid bytes are a diagnostic, never replaced silently.</summary>
public static class SourceReader
{
    private static readonly UTF8Encoding s_strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The source, or null and the diagnostics that say why it cannot be read.</summary>
    public static (SourceText? Source, IReadOnlyList<Diagnostic> Diagnostics) Read(string path)
    {
        byte[] bytes = File.ReadAllBytes(path);
        try
        {
            string text = s_strict.GetString(bytes);
            // A byte-order mark is not part of the text (and formatting must not move it into the middle).
            if (text.Length > 0 && text[0] == '\uFEFF') text = text.Substring(1);
            return (new SourceText(path, text), System.Array.Empty<Diagnostic>());
        }
        catch (DecoderFallbackException e)
        {
            string where = e.Index >= 0 ? $" at byte {e.Index}" : "";
            return (null, new[] { Diagnostic.Error(DiagnosticCodes.InvalidEncoding, $"{path}: invalid UTF-8{where}") });
        }
    }
}
