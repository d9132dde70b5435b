using System;
using System.Collections.Generic;
using WitSharp.Tooling.Lint.Rules;

namespace WitSharp.Tooling.Lint
{
    /// <summary>Every lint rule, in id order.</summary>
    public static class LintRules
    {
        /// <summary>The rules <c>witsharp lint</c> runs.</summary>
        public static IReadOnlyList<LintRule> All { get; } = new LintRule[]
        {
            new MissingDocsRule(),
            new UnusedUseRule(),
            new UnusedTypeRule(),
            new MissingSinceRule(),
            new DeprecatedUseRule(),
            new FallibleWithoutResultRule(),
            new StringlyTypedRule(),
            new LargeInterfaceRule(),
            new ShadowingAliasRule(),
            new InconsistentNamingRule(),
            new ImportAndExportRule(),
            new EmptyInterfaceRule(),
            new ResourceNeverCreatedRule(),
            new StringErrorRule(),
            new DeepNestingRule(),
            new BorrowOutsideParametersRule(),
        };

        /// <summary>The rule with <paramref name="id"/> (any case), or null.</summary>
        public static LintRule? Find(string id)
        {
            foreach (var rule in All) if (string.Equals(rule.Descriptor.Id, id, StringComparison.OrdinalIgnoreCase)) return rule;
            return null;
        }

        /// <summary>Every rule's option names by rule id (any case), for configuration validation.</summary>
        public static IReadOnlyDictionary<string, IReadOnlyList<string>> OptionNames()
        {
            var options = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
            foreach (var rule in All) options[rule.Descriptor.Id] = rule.OptionNames;
            return options;
        }

        /// <summary>The ids of every rule, for configuration validation.</summary>
        public static HashSet<string> Ids()
        {
            var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var rule in All) ids.Add(rule.Descriptor.Id);
            return ids;
        }
    }
}
