using System;
using System.Collections.Generic;
using WitSharp.WitParser.Diagnostics;
using WitSharp.WitParser.Formatting;
using WitSharp.WitParser.Text;

namespace WitSharp.WitParser.Tests.Robustness;

/// <summary>The whole front end on raw bytes: strict decoding, parse and resolve (WitLoader), and formatting.</summary>
public static class FuzzPipeline
{
    private static readonly WitLoadOptions s_allFeatures = new() { AllFeatures = true };

    /// <summary>Every diagnostic the front end reports for <paramref name="bytes"/>.</summary>
    public static IReadOnlyList<Diagnostic> Load(string path, byte[] bytes)
    {
        if (!SourceDecoder.TryDecode(path, bytes, out var source, out var diagnostic)) return new[] { diagnostic! };
        var diagnostics = new List<Diagnostic>();
        // All features on, so gated items are resolved too rather than dropped early.
        diagnostics.AddRange(WitLoader.LoadText(path, source!.Text, s_allFeatures).Diagnostics);
        var formatted = WitFormatter.Format(source);
        // Formatting is idempotent: a second pass over formatted text must not change it.
        if (formatted.Succeeded && WitFormatter.Format(formatted.Text, path).Text != formatted.Text)
        {
            throw new InvalidOperationException("formatting is not idempotent for this input");
        }
        return diagnostics;
    }

    /// <summary>Runs the pipeline and returns the exception that escaped it, if any.</summary>
    public static Exception? Run(string path, byte[] bytes)
    {
        try
        {
            Load(path, bytes);
            return null;
        }
        catch (Exception e)
        {
            return e;
        }
    }
}
