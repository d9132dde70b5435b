using System.Text;
using WitSharp.WitParser.Diagnostics;

namespace WitSharp.Tooling.Reporting
{
    /// <summary>
    /// The MSBuild canonical format, <c>path(line,col,endLine,endCol): warning WITL001: message</c>, one line per
    /// finding, which IDEs and most CI log parsers turn into clickable errors. Notes are written as <c>info</c>.
    /// </summary>
    public static class MsBuildReportRenderer
    {
        /// <summary>Renders every finding, one line each.</summary>
        public static string Render(Report report)
        {
            var sb = new StringBuilder();
            foreach (var finding in report.Findings) sb.Append(RenderOne(finding)).Append('\n');
            return sb.ToString();
        }

        /// <summary>One finding as one line (no trailing newline); related locations are appended to the message.</summary>
        public static string RenderOne(Finding finding)
        {
            string category = finding.Severity switch
            {
                FindingSeverity.Error => "error",
                FindingSeverity.Warning => "warning",
                _ => "info",
            };
            var message = new StringBuilder(OneLine(finding.Message));
            foreach (var related in finding.RelatedLocations)
            {
                var l = related.Location;
                message.Append(" [").Append(OneLine(related.Message)).Append(": ")
                       .Append(ControlCharacters.Escape(l.Path)).Append('(').Append(l.StartLine).Append(',').Append(l.StartColumn).Append(")]");
            }
            if (finding.Location is not { } at) return $"witsharp : {category} {finding.RuleId}: {message}";
            return $"{ControlCharacters.Escape(at.Path)}({at.StartLine},{at.StartColumn},{at.EndLine},{at.EndColumn}): {category} {finding.RuleId}: {message}";
        }

        // One line, and no control character from a file reaches the terminal (see ControlCharacters).
        private static string OneLine(string text) => ControlCharacters.Escape(text.Replace("\r", "").Replace('\n', ' '));
    }
}
