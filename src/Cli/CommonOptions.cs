using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using WitSharp.Cli.Output;

namespace WitSharp.Cli;

/// <summary>The options every command accepts: feature gates and the diagnostic format.</summary>
public sealed class CommonOptions
{
    /// <summary><c>--features a,b</c>: the <c>@unstable</c> features to enable (comma-separated, repeatable).</summary>
    public Option<string[]> Features { get; } = new("--features")
    {
        Description = "Enable these @unstable features (comma-separated; may be repeated).",
        AllowMultipleArgumentsPerToken = false,
        DefaultValueFactory = _ => Array.Empty<string>(),
    };

    /// <summary><c>--all-features</c>: enable every <c>@unstable</c> feature.</summary>
    public Option<bool> AllFeatures { get; } = new("--all-features")
    {
        Description = "Enable every @unstable feature.",
    };

    /// <summary><c>--format text|json|msbuild|sarif|github</c>: how diagnostics are printed.</summary>
    public Option<DiagnosticFormat> Format { get; } = new("--format")
    {
        Description = "Diagnostic format: text (reference layout with carets, to stderr), json (an array on stdout), msbuild (file(line,col): error CODE: message, on stdout), sarif (SARIF 2.1.0 on stdout), github (Actions annotations on stdout). Default: text.",
        HelpName = "text|json|msbuild|sarif|github",
        CustomParser = ParseFormat,
    };

    /// <summary>The one-or-more <c>path</c> argument of the commands that take several inputs.</summary>
    public static Argument<string[]> PathsArgument(string description) => new("path")
    {
        Description = description,
        Arity = ArgumentArity.OneOrMore,
    };

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(Features);
        command.Options.Add(AllFeatures);
        command.Options.Add(Format);
    }

    /// <summary>The feature names given, split on commas, trimmed, without empties or repeats.</summary>
    public IReadOnlyList<string> GetFeatures(ParseResult parse) =>
        (parse.GetValue(Features) ?? Array.Empty<string>())
            .SelectMany(f => f.Split(new[] { ',' }, StringSplitOptions.RemoveEmptyEntries))
            .Select(f => f.Trim())
            .Where(f => f.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToList();

    private static DiagnosticFormat ParseFormat(System.CommandLine.Parsing.ArgumentResult result)
    {
        string text = result.Tokens.Count == 0 ? "text" : result.Tokens[0].Value;
        switch (text.ToLowerInvariant())
        {
            case "text": return DiagnosticFormat.Text;
            case "json": return DiagnosticFormat.Json;
            case "msbuild": return DiagnosticFormat.MsBuild;
            case "sarif": return DiagnosticFormat.Sarif;
            case "github": return DiagnosticFormat.GitHub;
            default:
                result.AddError($"--format must be text, json, msbuild, sarif or github, not '{text}'.");
                return DiagnosticFormat.Text;
        }
    }
}
