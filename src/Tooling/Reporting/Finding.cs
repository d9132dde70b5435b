using System;
using System.Collections.Generic;

namespace WitSharp.Tooling.Reporting
{
    /// <summary>
    /// One result of a check, lint or diff, as plain data every report format renders: the rule that raised it, how
    /// serious it is, a message, where it is, and any related places (each with its own message).
    /// </summary>
    public sealed record Finding(string RuleId, FindingSeverity Severity, string Message, FindingLocation? Location)
    {
        /// <summary>Other places the finding refers to; empty when there are none.</summary>
        public IReadOnlyList<RelatedLocation> RelatedLocations { get; init; } = Array.Empty<RelatedLocation>();

        /// <summary>True for <see cref="FindingSeverity.Error"/>.</summary>
        public bool IsError => Severity == FindingSeverity.Error;
    }
}
