using System.Text;
using WitSharp.WitParser.Diagnostics;
using WitSharp.WitParser.Text;

namespace WitSharp.Tooling.Reporting
{
    /// <summary>
    /// The human format: <c>warning[WITL001]: message</c> followed by the reference wit-parser snippet (path, source
    /// line, caret underline) when the source is known, then one <c>= note:</c> line per related location.
    /// </summary>
    public static class TextReportRenderer
    {
        /// <summary>Renders every finding, each followed by a blank line.</summary>
        public static string Render(Report report)
        {
            var sb = new StringBuilder();
            foreach (var finding in report.Findings) sb.Append(RenderOne(finding)).Append('\n').Append('\n');
            return sb.ToString();
        }

        /// <summary>One finding with its snippet and related locations (no trailing newline).</summary>
        public static string RenderOne(Finding finding)
        {
            string header = $"{SeverityNames.Level(finding.Severity)}[{finding.RuleId}]: {finding.Message}";
            var sb = new StringBuilder(Snippet(header, finding.Location));
            foreach (var related in finding.RelatedLocations)
            {
                sb.Append('\n').Append("      = note: ").Append(ControlCharacters.Escape(related.Message))
                  .Append(" (").Append(Position(related.Location)).Append(')');
            }
            return sb.ToString();
        }

        private static string Snippet(string header, FindingLocation? location)
        {
            if (location is null) return header;
            if (location.Source is { } source && location.Span is { } span)
            {
                // The front end's formatter owns the reference layout; the header goes in as its message.
                var diagnostic = new Diagnostic("", DiagnosticSeverity.Info, header, new SourceLocation(source, span));
                return DiagnosticFormatter.FormatSnippet(diagnostic, includeCode: false);
            }
            return $"{ControlCharacters.Escape(header, keepLineFeeds: true)}\n     --> {Position(location)}";
        }

        private static string Position(FindingLocation location) =>
            $"{ControlCharacters.Escape(location.Path)}:{location.StartLine}:{location.StartColumn}";
    }
}
