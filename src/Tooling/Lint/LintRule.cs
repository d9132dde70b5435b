using System.Collections.Generic;
using WitSharp.Tooling.Reporting;

namespace WitSharp.Tooling.Lint
{
    /// <summary>
    /// One lint rule: what it is (<see cref="Descriptor"/>, shown by <c>--explain</c> and in SARIF) and a check that
    /// reports findings for one package through the <c>Report</c> overloads of <see cref="LintContext"/>.
    /// </summary>
    public abstract class LintRule
    {
        /// <summary>The rule's id, name, docs and default severity.</summary>
        public abstract RuleDescriptor Descriptor { get; }

        /// <summary>The names of the integer options the rule reads (<c>max-depth</c>…); a configuration naming another is an error.</summary>
        public virtual IReadOnlyList<string> OptionNames => System.Array.Empty<string>();

        /// <summary>Checks one package (its own files, resolved successfully) and reports what it finds.</summary>
        public abstract void Analyze(LintContext context);

        /// <summary>A descriptor whose help link points at the rule's section of the docs.</summary>
        protected static RuleDescriptor Describe(string id, string name, FindingSeverity severity, string shortDescription, string help) =>
            new RuleDescriptor(id, name, shortDescription, help, severity, ToolingInfo.InformationUri + "/blob/main/README.md#" + id.ToLowerInvariant());
    }
}
