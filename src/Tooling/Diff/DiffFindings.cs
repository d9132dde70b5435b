using System.Collections.Generic;
using System.Linq;
using WitSharp.Tooling.Reporting;

namespace WitSharp.Tooling.Diff
{
    /// <summary>A <see cref="DiffReport"/> as report findings, so every <c>--format</c> renders it.</summary>
    public static class DiffFindings
    {
        /// <summary>The rule id of the semver verdict.</summary>
        public const string VerdictRule = "diff/semver";

        /// <summary>
        /// The findings: breaking changes are errors when their package's version bump does not cover them and
        /// warnings when it does; compatible additions and notes are notes; each package's verdict comes last.
        /// </summary>
        public static Report ToReport(DiffReport diff)
        {
            bool fails = diff.Fails;
            // A removed package has no version pair to judge; its removal fails the diff on its own.
            var findings = new List<Finding>();
            foreach (var change in diff.Changes)
            {
                var severity = change.Class switch
                {
                    ChangeClass.Breaking => fails ? FindingSeverity.Error : FindingSeverity.Warning,
                    _ => FindingSeverity.Note,
                };
                var finding = new Finding("diff/" + change.RuleId, severity, change.Message,
                    change.PrimaryLocation is { } at ? FindingLocation.From(at) : null);
                if (change.RelatedLocation is { } old)
                    finding = finding with { RelatedLocations = new[] { new RelatedLocation(FindingLocation.From(old), "the old declaration") } };
                findings.Add(finding);
            }
            foreach (var verdict in diff.Verdicts)
            {
                var severity = verdict.BreakingWithoutMajor ? FindingSeverity.Error : verdict.AdditionsWithoutMinor ? FindingSeverity.Warning : FindingSeverity.Note;
                findings.Add(new Finding(VerdictRule, severity, verdict.Message, verdict.NewLocation is { } at ? FindingLocation.From(at) : null));
            }
            var rules = findings.Select(f => f.RuleId).Distinct().Select(Describe).ToList();
            return new Report(findings, rules);
        }

        private static RuleDescriptor Describe(string id)
        {
            if (id == VerdictRule)
            {
                return new RuleDescriptor(id, "SemverVerdict", "The version bump must cover the changes",
                    "Breaking changes need a major version bump (a minor one below 1.0.0); additions need a minor one (a patch one below 1.0.0).",
                    FindingSeverity.Error, ToolingInfo.InformationUri);
            }
            string rule = id.Substring("diff/".Length);
            string name = string.Concat(rule.Split('-').Select(p => p.Length == 0 ? p : char.ToUpperInvariant(p[0]) + p.Substring(1)));
            return new RuleDescriptor(id, name, rule.Replace('-', ' '),
                "A difference between two versions of a WIT package, classified by the Component Model's subtyping rules: value types are invariant, " +
                "instances may gain exports, components may import less and export more.",
                FindingSeverity.Warning, ToolingInfo.InformationUri);
        }
    }
}
