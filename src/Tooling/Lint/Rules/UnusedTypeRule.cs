using System.Collections.Generic;
using WitSharp.Tooling.Reporting;
using WitSharp.WitParser.Syntax;

namespace WitSharp.Tooling.Lint.Rules
{
    /// <summary>WITL003: a type no function, type or <c>use</c> of the package refers to.</summary>
    public sealed class UnusedTypeRule : LintRule
    {
        /// <inheritdoc />
        public override RuleDescriptor Descriptor { get; } = Describe("WITL003", "UnusedType", FindingSeverity.Note,
            "Types should be used by the package",
            "A record, variant, enum, flags or alias that no function or type of its interface uses and no other " +
            "interface of the package imports is usually left over from a refactoring. Resources are exempt (their " +
            "methods use them). If the type is meant for other packages, suppress the finding.");

        /// <inheritdoc />
        public override void Analyze(LintContext context)
        {
            var importedByName = new HashSet<(string Interface, string Type)>();
            foreach (var scope in context.Scopes)
            {
                foreach (var use in SyntaxQueries.Descendants<UseSyntax>(scope.Node))
                {
                    foreach (var n in use.Names) importedByName.Add((use.Path.Name.ValueText, n.Name.ValueText));
                }
            }
            foreach (var scope in context.Scopes)
            {
                var referenced = UnusedUseRule.ReferencedTypeNames(scope.Node);
                foreach (var item in scope.Items)
                {
                    if (item is not TypeDefinitionSyntax type || item is ResourceSyntax) continue;
                    string name = type.Name.ValueText;
                    if (referenced.Contains(name) || importedByName.Contains((scope.Name.ValueText, name))) continue;
                    context.Report(this, scope.File, type.Name, $"type `{name}` is not used by `{scope.Name.ValueText}` or imported elsewhere in the package");
                }
            }
        }
    }
}
