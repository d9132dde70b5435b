using System.Collections.Generic;
using WitSharp.Tooling.Reporting;
using WitSharp.WitParser.Syntax;

namespace WitSharp.Tooling.Lint.Rules
{
    /// <summary>WITL008: an interface with more functions than the configured maximum (<c>max-functions</c>, default 30).</summary>
    public sealed class LargeInterfaceRule : LintRule
    {
        /// <summary>The option that sets the maximum.</summary>
        public const string MaxFunctionsOption = "max-functions";

        /// <summary>The maximum when not configured.</summary>
        public const int DefaultMaxFunctions = 30;

        /// <inheritdoc />
        public override RuleDescriptor Descriptor { get; } = Describe("WITL008", "LargeInterface", FindingSeverity.Note,
            "Interfaces should stay small",
            "An interface with more than `max-functions` functions (default 30; resource methods, constructors and " +
            "statics count) is hard to implement, to version and to import partially. Split it by concern. " +
            "Configure with { \"rules\": { \"WITL008\": { \"max-functions\": 50 } } }.");

        /// <inheritdoc />
        public override IReadOnlyList<string> OptionNames { get; } = new[] { MaxFunctionsOption };

        /// <inheritdoc />
        public override void Analyze(LintContext context)
        {
            int max = context.IntOption(Descriptor.Id, MaxFunctionsOption, DefaultMaxFunctions);
            foreach (var scope in context.Scopes)
            {
                if (scope.Kind == LintScopeKind.World) continue;
                int count = 0;
                foreach (var item in scope.Items)
                {
                    if (item is FunctionSyntax) count++;
                    else if (item is ResourceSyntax r) count += r.Members.Count;
                }
                if (count > max)
                    context.Report(this, scope.File, scope.Name, $"`{scope.Name.ValueText}` has {count} functions (more than {max}); consider splitting it");
            }
        }
    }
}
