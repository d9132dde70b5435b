using System.Collections.Generic;
using WitSharp.Tooling.Reporting;
using WitSharp.WitParser.Syntax;

namespace WitSharp.Tooling.Lint.Rules
{
    /// <summary>WITL002: a name brought in by <c>use</c> that nothing in its interface, world or file refers to.</summary>
    public sealed class UnusedUseRule : LintRule
    {
        /// <inheritdoc />
        public override RuleDescriptor Descriptor { get; } = Describe("WITL002", "UnusedUse", FindingSeverity.Warning,
            "Imported names should be used",
            "A `use iface.{name}` whose name is never referenced in the interface or world, or a top-level " +
            "`use ns:pkg/iface` never referred to in the file, adds a dependency for nothing. Remove it.");

        /// <inheritdoc />
        public override void Analyze(LintContext context)
        {
            foreach (var scope in context.Scopes)
            {
                var referenced = ReferencedTypeNames(scope.Node);
                foreach (var item in scope.Items)
                {
                    if (item is not UseSyntax use) continue;
                    foreach (var imported in use.Names)
                    {
                        var local = imported.Alias ?? imported.Name;
                        if (!referenced.Contains(local.ValueText))
                            context.Report(this, scope.File, local, $"`{local.ValueText}` is imported from `{use.Path.Name.ValueText}` but never used");
                    }
                }
            }
            foreach (var file in context.Files) CheckTopLevelUses(context, file);
        }

        /// <summary>The type names referred to (by name or handle) anywhere below <paramref name="node"/>.</summary>
        public static HashSet<string> ReferencedTypeNames(SyntaxNode node)
        {
            var names = new HashSet<string>();
            foreach (var reference in SyntaxQueries.Descendants<TypeReferenceSyntax>(node)) names.Add(reference.Name.ValueText);
            foreach (var handle in SyntaxQueries.Descendants<HandleTypeSyntax>(node)) names.Add(handle.Name.ValueText);
            return names;
        }

        private void CheckTopLevelUses(LintContext context, LintFile file)
        {
            var paths = new HashSet<string>();
            foreach (var path in SyntaxQueries.Descendants<UsePathSyntax>(file.Tree.Root))
            {
                if (!path.IsQualified) paths.Add(path.Name.ValueText);
            }
            foreach (var item in file.Tree.Root.Items)
            {
                if (item is not TopLevelUseSyntax use) continue;
                var local = use.Alias ?? use.Path.Name;
                if (!paths.Contains(local.ValueText))
                    context.Report(this, file, local, $"`{local.ValueText}` is imported by a top-level use but never referred to in this file");
            }
        }
    }
}
