using System;
using System.Collections.Generic;
using System.Linq;
using WitSharp.WitParser.Diagnostics;
using WitSharp.WitParser.Formatting;
using WitSharp.WitParser.Text;

namespace WitSharp.WitParser.Tests.Robustness;

/// <summary>The whole front end on raw bytes: strict decoding, parse and resolve (WitLoader), and formatting.</summary>
public static class FuzzPipeline
{
    private static readonly WitLoadOptions s_allFeatures = new() { AllFeatures = true };

    /// <summary>How far an input got, to show that the mutations reach every stage.</summary>
    public enum Outcome { Clean, EncodingError, SyntaxError, ResolveError, Threw }

    /// <summary>Every diagnostic the front end reports for <paramref name="bytes"/>.</summary>
    public static IReadOnlyList<Diagnostic> Load(string path, byte[] bytes)
    {
        if (!SourceDecoder.TryDecode(path, bytes, out var source, out var diagnostic)) return new[] { diagnostic! };
        // All features on, so gated items are resolved too rather than dropped early.
        var diagnostics = WitLoader.LoadText(path, source!.Text, s_allFeatures).Diagnostics;
        var formatted = WitFormatter.Format(source);
        // Formatting is idempotent: a second pass over formatted text must not change it.
        if (formatted.Succeeded && WitFormatter.Format(formatted.Text, path).Text != formatted.Text)
        {
            throw new InvalidOperationException("formatting is not idempotent for this input");
        }
        return diagnostics;
    }

    /// <summary>Runs the pipeline and returns the exception that escaped it, if any.</summary>
    public static Exception? Run(string path, byte[] bytes) => Run(path, bytes, out _);

    /// <summary>Runs the pipeline, says how far the input got, and returns the exception that escaped, if any.</summary>
    public static Exception? Run(string path, byte[] bytes, out Outcome outcome)
    {
        try
        {
            outcome = Classify(Load(path, bytes));
            return null;
        }
        catch (Exception e)
        {
            outcome = Outcome.Threw;
            return e;
        }
    }

    // Codes are ranged by stage (DiagnosticCodes): WIT00xx text and lexing, WIT01xx parsing, the rest later stages.
    private static Outcome Classify(IReadOnlyList<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Where(d => d.IsError).ToList();
        if (errors.Count == 0) return Outcome.Clean;
        if (errors.Any(d => d.Code == DiagnosticCodes.InvalidEncoding)) return Outcome.EncodingError;
        if (errors.Any(d => d.Code.StartsWith("WIT00", StringComparison.Ordinal) || d.Code.StartsWith("WIT01", StringComparison.Ordinal))) return Outcome.SyntaxError;
        return Outcome.ResolveError;
    }
}
