using System.IO;
using System.Linq;
using WitSharp.Tooling.Reporting;

namespace WitSharp.Cli.Commands;

/// <summary>Writes a findings report the way the report commands (diff, compose) share: text to stderr with a summary on stdout, machine formats to stdout.</summary>
internal static class ReportOutput
{
    /// <summary>Renders <paramref name="report"/> in <paramref name="format"/>; <paramref name="summary"/> is printed on stdout for the text format.</summary>
    public static void Write(Report report, ReportFormat format, string summary, TextWriter stdout, TextWriter stderr)
    {
        string rendered = ReportRenderer.Render(report, format);
        if (ReportRenderer.WritesToStandardError(format))
        {
            stderr.Write(rendered);
            stdout.WriteLine(summary);
        }
        else
        {
            stdout.Write(rendered);
        }
    }

    /// <summary>The front end's diagnostics of a failed load as a report.</summary>
    public static Report FromDiagnostics(System.Collections.Generic.IEnumerable<WitSharp.WitParser.Diagnostics.Diagnostic> diagnostics)
    {
        var findings = DiagnosticFindings.From(diagnostics);
        var rules = findings.Select(f => f.RuleId).Distinct().Select(id => DiagnosticFindings.Describe(id, FindingSeverity.Error)).ToList();
        return new Report(findings, rules);
    }
}
