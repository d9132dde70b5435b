using WitSharp.Tooling.Reporting;

namespace WitSharp.Tooling.Lint.Rules
{
    /// <summary>WITL012: an interface with no items.</summary>
    public sealed class EmptyInterfaceRule : LintRule
    {
        /// <inheritdoc />
        public override RuleDescriptor Descriptor { get; } = Describe("WITL012", "EmptyInterface", FindingSeverity.Warning,
            "Interfaces should not be empty",
            "An interface with no functions, types or uses gives importers nothing and exporters nothing to " +
            "implement. It is usually a placeholder that was never filled in: fill it or remove it.");

        /// <inheritdoc />
        public override void Analyze(LintContext context)
        {
            foreach (var scope in context.Scopes)
            {
                if (scope.Kind != LintScopeKind.World && scope.Items.Count == 0)
                    context.Report(this, scope.File, scope.Name, $"interface `{scope.Name.ValueText}` is empty");
            }
        }
    }
}
