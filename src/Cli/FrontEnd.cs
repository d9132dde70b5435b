using System.Collections.Generic;
using System.Linq;
using WitSharp.WitParser;
using WitSharp.WitParser.Formatting;
using WitSharp.WitParser.Json;
using WitSharp.WitParser.Diagnostics;
using WitSharp.WitParser.Text;

namespace WitSharp.Cli;

/// <summary>The one place the CLI calls the WIT front end (load and resolve, format, JSON).</summary>
internal static class FrontEnd
{
    /// <summary>Loads and resolves a file or directory; the JSON of the resolve when it succeeded and was asked for.</summary>
    public static (bool Success, string? Json, IReadOnlyList<Diagnostic> Diagnostics) Load(string path, IReadOnlyList<string> features, bool allFeatures, bool wantJson)
    {
        var result = LoadResolve(path, features, allFeatures);
        string? json = wantJson && result.Success && result.Resolve is { } resolve ? WitJsonWriter.Write(resolve) : null;
        return (result.Success, json, result.Diagnostics);
    }

    /// <summary>Loads and resolves a file or directory with the chosen features, keeping the resolved model (for <c>generate</c>).</summary>
    public static WitLoadResult LoadResolve(string path, IReadOnlyList<string> features, bool allFeatures) =>
        WitLoader.LoadPath(path, new WitLoadOptions { Features = features.ToArray(), AllFeatures = allFeatures });

    /// <summary>Formats one source; null text (and the parse diagnostics) when it does not parse.</summary>
    public static (string? Text, IReadOnlyList<Diagnostic> Diagnostics) Format(SourceText source)
    {
        var result = WitFormatter.Format(source);
        return (result.Succeeded ? result.Text : null, result.Diagnostics);
    }
}
