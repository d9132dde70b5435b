using System.Text;
using WitSharp.WitParser.Diagnostics;

namespace WitSharp.Tooling.Reporting
{
    /// <summary>
    /// GitHub Actions workflow commands, one per finding:
    /// <c>::warning file=wit/a.wit,line=3,col=5,endLine=3,endColumn=9,title=WITL001 (UndocumentedExport)::message</c>.
    /// Paths are relative to the source root (the repository checkout). Notes become <c>::notice</c>.
    /// </summary>
    public static class GitHubReportRenderer
    {
        /// <summary>Renders every finding, one command line each.</summary>
        public static string Render(Report report)
        {
            var sb = new StringBuilder();
            foreach (var finding in report.Findings) sb.Append(RenderOne(finding, report)).Append('\n');
            return sb.ToString();
        }

        /// <summary>One finding as one workflow command (no trailing newline).</summary>
        public static string RenderOne(Finding finding, Report report)
        {
            string command = finding.Severity switch
            {
                FindingSeverity.Error => "error",
                FindingSeverity.Warning => "warning",
                _ => "notice",
            };
            var properties = new StringBuilder();
            if (finding.Location is { } at)
            {
                properties.Append("file=").Append(EscapeProperty(ControlCharacters.Escape(ReportPaths.Relative(at.Path, report.SourceRoot))))
                    .Append(",line=").Append(at.StartLine)
                    .Append(",col=").Append(at.StartColumn)
                    .Append(",endLine=").Append(at.EndLine)
                    .Append(",endColumn=").Append(at.EndColumn)
                    .Append(',');
            }
            string title = report.FindRule(finding.RuleId) is { } rule && rule.Name != rule.Id ? $"{finding.RuleId} ({rule.Name})" : finding.RuleId;
            properties.Append("title=").Append(EscapeProperty(title));

            var message = new StringBuilder(finding.Message);
            foreach (var related in finding.RelatedLocations)
            {
                var l = related.Location;
                message.Append('\n').Append(related.Message).Append(" (")
                    .Append(ReportPaths.Relative(l.Path, report.SourceRoot)).Append(':').Append(l.StartLine).Append(':').Append(l.StartColumn).Append(')');
            }
            // Control characters from a file would reach the log's terminal rendering: escaped before the command's own escaping.
            return $"::{command} {properties}::{EscapeData(ControlCharacters.Escape(message.ToString(), keepLineFeeds: true))}";
        }

        /// <summary>Escapes a command's message: <c>%</c>, CR and LF, as the Actions runner decodes them.</summary>
        public static string EscapeData(string value) =>
            value.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

        /// <summary>Escapes a property value: as <see cref="EscapeData"/> plus <c>:</c> and <c>,</c>.</summary>
        public static string EscapeProperty(string value) =>
            EscapeData(value).Replace(":", "%3A").Replace(",", "%2C");
    }
}
