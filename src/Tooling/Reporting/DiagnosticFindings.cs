using System.Collections.Generic;
using WitSharp.WitParser.Diagnostics;

namespace WitSharp.Tooling.Reporting
{
    /// <summary>Front-end <see cref="Diagnostic"/>s as findings, so <c>check</c> can render SARIF and GitHub output.</summary>
    public static class DiagnosticFindings
    {
        /// <summary>The finding for one diagnostic (same code, severity, message and place).</summary>
        public static Finding From(Diagnostic diagnostic) =>
            new Finding(
                diagnostic.Code,
                SeverityNames.From(diagnostic.Severity),
                diagnostic.Message,
                diagnostic.Location is { } location ? FindingLocation.From(location) : null);

        /// <summary>The findings for <paramref name="diagnostics"/>, in order.</summary>
        public static List<Finding> From(IEnumerable<Diagnostic> diagnostics)
        {
            var findings = new List<Finding>();
            foreach (var d in diagnostics) findings.Add(From(d));
            return findings;
        }

        /// <summary>
        /// A descriptor for a front-end diagnostic code (the front end has no per-code docs, so the description is
        /// generic; it lets SARIF viewers group results by code).
        /// </summary>
        public static RuleDescriptor Describe(string code, FindingSeverity severity) =>
            new RuleDescriptor(code, code, $"WIT front-end diagnostic {code}", "A WIT parse or resolution diagnostic; the message says what is wrong.", severity, ToolingInfo.InformationUri);
    }
}
