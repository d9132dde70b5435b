using WitSharp.Tooling.Reporting;
using WitSharp.WitParser.Syntax;

namespace WitSharp.Tooling.Lint.Rules
{
    /// <summary>WITL001: interfaces, worlds, functions and types without documentation comments.</summary>
    public sealed class MissingDocsRule : LintRule
    {
        /// <inheritdoc />
        public override RuleDescriptor Descriptor { get; } = Describe("WITL001", "MissingDocs", FindingSeverity.Warning,
            "Exported items should be documented",
            "Every interface, world, function and type of a package is part of its public contract and shows up in " +
            "generated bindings. Write a `///` comment saying what it is for, what it returns and when it fails.");

        /// <inheritdoc />
        public override void Analyze(LintContext context)
        {
            foreach (var scope in context.Scopes)
            {
                if (scope.Kind != LintScopeKind.InlineInterface && !SyntaxQueries.HasDocs(scope.Node, scope.Name))
                    context.Report(this, scope.File, scope.Name, $"{Kind(scope.Kind)} `{scope.Name.ValueText}` has no documentation");
                if (scope.Kind == LintScopeKind.World) continue;
                foreach (var item in scope.Items) CheckItem(context, scope, item);
            }
        }

        private void CheckItem(LintContext context, LintScope scope, ItemSyntax item)
        {
            switch (item)
            {
                case FunctionSyntax f when !SyntaxQueries.HasDocs(f, f.Name):
                    context.Report(this, scope.File, f.Name, $"function `{f.Name.ValueText}` has no documentation");
                    break;
                case ResourceSyntax r:
                    if (!SyntaxQueries.HasDocs(r, r.Name)) context.Report(this, scope.File, r.Name, $"resource `{r.Name.ValueText}` has no documentation");
                    foreach (var member in r.Members)
                    {
                        if (member is FunctionSyntax m && !SyntaxQueries.HasDocs(m, m.Name))
                            context.Report(this, scope.File, m.Name, $"method `{r.Name.ValueText}.{m.Name.ValueText}` has no documentation");
                    }
                    break;
                case TypeDefinitionSyntax t when !SyntaxQueries.HasDocs(t, t.Name):
                    context.Report(this, scope.File, t.Name, $"type `{t.Name.ValueText}` has no documentation");
                    break;
            }
        }

        private static string Kind(LintScopeKind kind) => kind == LintScopeKind.World ? "world" : "interface";
    }
}
