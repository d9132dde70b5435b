using System.Collections.Generic;
using WitSharp.Tooling.Reporting;
using WitSharp.WitParser.Syntax;

namespace WitSharp.Tooling.Lint.Rules
{
    /// <summary>WITL013: a resource with no constructor that nothing in the package returns or stores.</summary>
    public sealed class ResourceNeverCreatedRule : LintRule
    {
        /// <inheritdoc />
        public override RuleDescriptor Descriptor { get; } = Describe("WITL013", "ResourceNeverCreated", FindingSeverity.Note,
            "Resources need a way to be created",
            "A resource without a `constructor` that the package only ever mentions as `borrow<…>` (or not at " +
            "all outside its own methods) can never reach a caller: nothing returns it, holds it or hands it " +
            "over, so its methods are unreachable. Add a constructor or a function that returns it.");

        /// <inheritdoc />
        public override void Analyze(LintContext context)
        {
            foreach (var scope in context.Scopes)
            {
                foreach (var item in scope.Items)
                {
                    if (item is not ResourceSyntax resource || HasConstructor(resource)) continue;
                    if (!IsProduced(context, scope, resource.Name.ValueText))
                        context.Report(this, scope.File, resource.Name, $"resource `{resource.Name.ValueText}` has no constructor and nothing in the package returns, holds or passes it owned");
                }
            }
        }

        private static bool HasConstructor(ResourceSyntax resource)
        {
            foreach (var member in resource.Members) if (member is ConstructorSyntax) return true;
            return false;
        }

        private static bool IsProduced(LintContext context, LintScope home, string name)
        {
            foreach (var scope in context.Scopes)
            {
                var names = LocalNames(scope, home, name);
                if (names.Count == 0) continue;
                // Any owned mention counts: a result or field hands one out, and an owned parameter means the
                // other side of that call creates it (a host passing a request to an export, say).
                foreach (var reference in SyntaxQueries.Descendants<TypeReferenceSyntax>(scope.Node))
                {
                    if (names.Contains(reference.Name.ValueText)) return true;
                }
                foreach (var handle in SyntaxQueries.Descendants<HandleTypeSyntax>(scope.Node))
                {
                    if (!handle.IsBorrow && names.Contains(handle.Name.ValueText)) return true;
                }
            }
            return false;
        }

        // The names the resource goes by in a scope: its own name at home, the names `use home.{…}` gives it elsewhere.
        private static HashSet<string> LocalNames(LintScope scope, LintScope home, string name)
        {
            var names = new HashSet<string>();
            if (ReferenceEquals(scope, home)) names.Add(name);
            foreach (var use in SyntaxQueries.Descendants<UseSyntax>(scope.Node))
            {
                if (use.Path.Name.ValueText != home.Name.ValueText) continue;
                foreach (var n in use.Names)
                {
                    if (n.Name.ValueText == name) names.Add((n.Alias ?? n.Name).ValueText);
                }
            }
            return names;
        }
    }
}
