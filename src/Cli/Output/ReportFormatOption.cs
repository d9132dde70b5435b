using System.CommandLine;
using System.CommandLine.Parsing;
using WitSharp.Tooling.Reporting;

namespace WitSharp.Cli.Output;

/// <summary>The <c>--format text|msbuild|json|sarif|github</c> option of the commands that render findings (lint, diff).</summary>
public static class ReportFormatOption
{
    /// <summary>A new <c>--format</c> option (text by default).</summary>
    public static Option<ReportFormat> Create() => new("--format")
    {
        Description = "Output format: text (snippets with carets, on stderr), msbuild (file(line,col,endLine,endCol): warning ID: message), " +
                      "json (an array), sarif (SARIF 2.1.0 for code scanning), github (Actions workflow commands). Machine formats go to stdout. Default: text.",
        HelpName = ReportFormats.Names,
        CustomParser = Parse,
    };

    private static ReportFormat Parse(ArgumentResult result)
    {
        string text = result.Tokens.Count == 0 ? "text" : result.Tokens[0].Value;
        if (ReportFormats.TryParse(text, out var format)) return format;
        result.AddError($"--format must be one of {ReportFormats.Names.Replace("|", ", ")}, not '{text}'.");
        return ReportFormat.Text;
    }
}
