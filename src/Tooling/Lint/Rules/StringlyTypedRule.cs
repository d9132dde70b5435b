using System;
using WitSharp.Tooling.Reporting;
using WitSharp.WitParser.Syntax;

namespace WitSharp.Tooling.Lint.Rules
{
    /// <summary>WITL007: a <c>string</c> parameter or field named like a closed set of values (mode, kind, level…).</summary>
    public sealed class StringlyTypedRule : LintRule
    {
        private static readonly string[] ClosedSetWords =
        {
            "mode", "kind", "level", "format", "type", "status", "state", "direction", "encoding", "category",
            "severity", "priority", "algorithm", "strategy", "policy", "variant", "style", "scheme",
        };

        /// <inheritdoc />
        public override RuleDescriptor Descriptor { get; } = Describe("WITL007", "StringlyTyped", FindingSeverity.Warning,
            "Closed sets of values should be enums",
            "A `string` parameter or record field named `mode`, `kind`, `level`, `format`, `status`, `encoding`… " +
            "(or ending in `-mode`, `-kind`…) usually takes one of a few known values. An `enum` documents them, " +
            "lets bindings generate a typed constant set, and rejects typos at the boundary.");

        /// <inheritdoc />
        public override void Analyze(LintContext context)
        {
            foreach (var scope in context.Scopes)
            {
                foreach (var named in SyntaxQueries.Descendants<NamedTypeSyntax>(scope.Node))
                {
                    if (named.Type is not PrimitiveTypeSyntax { Keyword: { Kind: SyntaxKind.StringKeyword } }) continue;
                    string name = named.Name.ValueText;
                    if (NamesClosedSet(name))
                        context.Report(this, scope.File, named.Name, $"`{name}` is a string but looks like a closed set of values; consider an enum");
                }
            }
        }

        /// <summary>True when the last word of <paramref name="name"/> is one of the closed-set words.</summary>
        public static bool NamesClosedSet(string name)
        {
            int dash = name.LastIndexOf('-');
            string last = dash < 0 ? name : name.Substring(dash + 1);
            return Array.IndexOf(ClosedSetWords, last) >= 0;
        }
    }
}
