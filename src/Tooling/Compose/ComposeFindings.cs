using System.Collections.Generic;
using System.Linq;
using WitSharp.Tooling.Reporting;

namespace WitSharp.Tooling.Compose
{
    /// <summary>A composition's issues as report findings, so every <c>--format</c> renders them.</summary>
    public static class ComposeFindings
    {
        /// <summary>Errors for incompatibilities, notes for the rest; the socket's side is the primary location, the plug's the related one.</summary>
        public static Report ToReport(CompositionResult result)
        {
            var findings = new List<Finding>();
            foreach (var issue in result.Issues)
            {
                var primary = issue.SocketAt ?? issue.PlugAt;
                var finding = new Finding(issue.RuleId, issue.IsError ? FindingSeverity.Error : FindingSeverity.Note, issue.Message,
                    primary is { } p ? FindingLocation.From(p) : null);
                if (issue.SocketAt is not null && issue.PlugAt is { } plug)
                    finding = finding with { RelatedLocations = new[] { new RelatedLocation(FindingLocation.From(plug), "the plug's side") } };
                findings.Add(finding);
            }
            var rules = findings.Select(f => f.RuleId).Distinct().Select(id => new RuleDescriptor(id, id.Substring("compose/".Length),
                "A plug's export does not match the socket's import",
                "A plug's export satisfies a socket's import of the same name only when it is a subtype: it may offer more functions and types, " +
                "but every function and type the import names must be present and identical (value types are invariant).",
                FindingSeverity.Error, ToolingInfo.InformationUri)).ToList();
            return new Report(findings, rules);
        }
    }
}
