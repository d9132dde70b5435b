using System.Collections.Generic;
using WitSharp.WitParser.Diagnostics;
using WitSharp.WitParser.Text;

namespace WitSharp.Cli;

/// <summary>The one place the CLI calls the WIT front end (load and resolve, format, JSON).</summary>
internal static class FrontEnd
{
    /// <summary>Loads and resolves a file or directory; the JSON of the resolve when it succeeded.</summary>
    public static (bool Success, string? Json, IReadOnlyList<Diagnostic> Diagnostics) Load(string path, IReadOnlyList<string> features, bool allFeatures, bool wantJson)
    {
        // TEMPORARY until WitLoader lands (resolve engineer): report that the front end is missing.
        return (false, null, new[] { Diagnostic.Error(DiagnosticCodes.FileNotFound, "front end not available yet") });
    }

    /// <summary>Formats one source; null text when it does not parse.</summary>
    public static (string? Text, IReadOnlyList<Diagnostic> Diagnostics) Format(SourceText source)
    {
        return (null, new[] { Diagnostic.Error(DiagnosticCodes.FileNotFound, "formatter not available yet") });
    }
}
