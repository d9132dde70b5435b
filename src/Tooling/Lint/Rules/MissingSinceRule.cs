using System.Linq;
using WitSharp.Tooling.Reporting;
using WitSharp.WitParser.Syntax;

namespace WitSharp.Tooling.Lint.Rules
{
    /// <summary>WITL004: in a package that versions its items with <c>@since</c>, an item without a stability gate.</summary>
    public sealed class MissingSinceRule : LintRule
    {
        /// <inheritdoc />
        public override RuleDescriptor Descriptor { get; } = Describe("WITL004", "MissingSince", FindingSeverity.Warning,
            "Items need @since in a package that uses @since",
            "Once a package marks items with `@since(version = …)`, an item without `@since` or `@unstable` has no " +
            "recorded stability: consumers cannot tell which release added it. Items inside an `@unstable` block " +
            "inherit its gate and are not reported.");

        /// <inheritdoc />
        public override void Analyze(LintContext context)
        {
            bool usesSince = context.Files.Any(f => SyntaxQueries.Descendants<AttributeSyntax>(f.Tree.Root).Any(a => a.Kind == AttributeKind.Since));
            if (!usesSince) return;
            foreach (var scope in context.Scopes)
            {
                if (scope.Kind == LintScopeKind.InlineInterface) continue;
                var block = (ItemSyntax)scope.Node;
                if (!SyntaxQueries.IsGated(block))
                    context.Report(this, scope.File, scope.Name, $"`{scope.Name.ValueText}` has no @since or @unstable");
                if (SyntaxQueries.Has(block, AttributeKind.Unstable)) continue;
                foreach (var item in scope.Items)
                {
                    if (item is UseSyntax || SyntaxQueries.IsGated(item)) continue;
                    if (SyntaxQueries.DeclaredName(item) is not { } name) continue;
                    context.Report(this, scope.File, name, $"`{name.ValueText}` in `{scope.Name.ValueText}` has no @since or @unstable");
                }
            }
        }
    }
}
