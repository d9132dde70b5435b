using System.Collections.Generic;
using System.IO;
using WitSharp.WitParser.Diagnostics;
using WitSharp.WitParser.Text;

namespace WitSharp.Cli.Input;

/// <summary>Reads one WIT file as strict UTF-8 (the front end's <see cref="SourceDecoder"/>); bad bytes are a diagnostic.</summary>
public static class SourceReader
{
    /// <summary>The source, or null and the diagnostic that says why it cannot be decoded.</summary>
    public static (SourceText? Source, IReadOnlyList<Diagnostic> Diagnostics) Read(string path)
    {
        byte[] bytes = File.ReadAllBytes(path);
        return SourceDecoder.TryDecode(path, bytes, out var source, out var diagnostic)
            ? (source, System.Array.Empty<Diagnostic>())
            : (null, new[] { diagnostic! });
    }
}
