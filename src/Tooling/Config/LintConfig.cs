using System;
using System.Collections.Generic;
using WitSharp.Tooling.Reporting;

namespace WitSharp.Tooling.Config
{
    /// <summary>
    /// Lint settings per rule id (severity overrides, <c>off</c>, options). Read from <c>.witlint.json</c> by
    /// <see cref="LintConfigLoader"/>; <see cref="Default"/> when there is no file.
    /// </summary>
    public sealed class LintConfig
    {
        private readonly IReadOnlyDictionary<string, RuleSetting> _rules;

        /// <summary>Creates a configuration from settings keyed by rule id.</summary>
        public LintConfig(IReadOnlyDictionary<string, RuleSetting> rules, string? path)
        {
            _rules = rules;
            Path = path;
        }

        /// <summary>No overrides: every rule at its default severity and options.</summary>
        public static LintConfig Default { get; } = new LintConfig(new Dictionary<string, RuleSetting>(), null);

        /// <summary>The file the configuration came from; null for <see cref="Default"/>.</summary>
        public string? Path { get; }

        /// <summary>The severity findings of <paramref name="rule"/> get, or null when the rule is off.</summary>
        public FindingSeverity? SeverityOf(RuleDescriptor rule)
        {
            if (!_rules.TryGetValue(rule.Id, out var setting)) return rule.DefaultSeverity;
            return setting.Off ? null : setting.Severity ?? rule.DefaultSeverity;
        }

        /// <summary>An integer option of a rule, or <paramref name="defaultValue"/> when not configured.</summary>
        public int IntOption(string ruleId, string name, int defaultValue) =>
            _rules.TryGetValue(ruleId, out var setting) && setting.Options.TryGetValue(name, out int value) ? value : defaultValue;

        /// <summary>The configured rule ids (for validation against the known rules).</summary>
        public IEnumerable<string> RuleIds => _rules.Keys;

        internal static StringComparer IdComparer => StringComparer.OrdinalIgnoreCase;
    }
}
