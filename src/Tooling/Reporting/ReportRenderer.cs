using System;

namespace WitSharp.Tooling.Reporting
{
    /// <summary>Renders a <see cref="Report"/> in any <see cref="ReportFormat"/>: the one entry point commands use.</summary>
    public static class ReportRenderer
    {
        /// <summary>The whole report as text in <paramref name="format"/>.</summary>
        public static string Render(Report report, ReportFormat format) => format switch
        {
            ReportFormat.Text => TextReportRenderer.Render(report),
            ReportFormat.MsBuild => MsBuildReportRenderer.Render(report),
            ReportFormat.Json => JsonReportRenderer.Render(report),
            ReportFormat.Sarif => SarifReportRenderer.Render(report),
            ReportFormat.GitHub => GitHubReportRenderer.Render(report),
            _ => throw new ArgumentOutOfRangeException(nameof(format)),
        };

        /// <summary>
        /// True when the format is for people and belongs on stderr (text); the machine formats go to stdout, where
        /// tools read them.
        /// </summary>
        public static bool WritesToStandardError(ReportFormat format) => format == ReportFormat.Text;
    }
}
