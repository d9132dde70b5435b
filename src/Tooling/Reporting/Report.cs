using System;
using System.Collections.Generic;
using System.IO;

namespace WitSharp.Tooling.Reporting
{
    /// <summary>
    /// Everything a renderer needs: the findings, the rules that may have raised them (SARIF lists them), and the
    /// folder paths are reported relative to (SARIF's <c>%SRCROOT%</c>, GitHub's repository root).
    /// </summary>
    public sealed record Report(IReadOnlyList<Finding> Findings, IReadOnlyList<RuleDescriptor> Rules)
    {
        /// <summary>The folder file paths are made relative to; the current directory when not set.</summary>
        public string SourceRoot { get; init; } = Directory.GetCurrentDirectory();

        /// <summary>The tool version reports carry; the tooling assembly's version when not set.</summary>
        public string ToolVersion { get; init; } = ToolingInfo.Version;

        /// <summary>The rule with <paramref name="id"/>, or null when the report has no descriptor for it.</summary>
        public RuleDescriptor? FindRule(string id)
        {
            foreach (var rule in Rules) if (string.Equals(rule.Id, id, StringComparison.Ordinal)) return rule;
            return null;
        }
    }
}
