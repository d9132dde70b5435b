using System.Collections.Generic;
using WitSharp.Tooling.Reporting;

namespace WitSharp.Tooling.Config
{
    /// <summary>One rule's entry in the configuration: its severity (or off) and its integer options.</summary>
    public sealed record RuleSetting(bool Off, FindingSeverity? Severity, IReadOnlyDictionary<string, int> Options);
}
