using WitSharp.Tooling.Reporting;
using WitSharp.WitParser.Resolution;
using WitSharp.WitParser.Syntax;

namespace WitSharp.Tooling.Lint.Rules
{
    /// <summary>WITL011: a world that both imports and exports the same interface (after includes are applied).</summary>
    public sealed class ImportAndExportRule : LintRule
    {
        /// <inheritdoc />
        public override RuleDescriptor Descriptor { get; } = Describe("WITL011", "ImportAndExport", FindingSeverity.Warning,
            "A world should not import and export the same interface",
            "When a world imports and exports one interface, the component both consumes and provides it: calls to " +
            "the import do not reach the export, and composition tools cannot tell which side to wire. Usually one " +
            "of the two is a mistake (or the interface should be split). Includes are taken into account.");

        /// <inheritdoc />
        public override void Analyze(LintContext context)
        {
            foreach (var scope in context.Scopes)
            {
                if (scope.Kind != LintScopeKind.World) continue;
                if (FindWorld(context, scope.Name.ValueText) is not { } world) continue;
                foreach (var export in world.Exports)
                {
                    if (export.Key.IsName || !world.Imports.ContainsKey(export.Key)) continue;
                    int id = export.Key.InterfaceId;
                    string name = context.Resolve.Interfaces[id].Name ?? "";
                    var at = ExportToken(scope, name) ?? scope.Name;
                    context.Report(this, scope.File, at, $"world `{world.Name}` both imports and exports `{InterfaceLookup.Describe(context, id)}`");
                }
            }
        }

        private static WitWorld? FindWorld(LintContext context, string name)
        {
            foreach (int p in context.RootPackages)
            {
                if (context.Resolve.Packages[p].Worlds.TryGetValue(name, out int id)) return context.Resolve.Worlds[id];
            }
            return null;
        }

        private static SyntaxToken? ExportToken(LintScope scope, string interfaceName)
        {
            foreach (var item in scope.Items)
            {
                if (item is ImportExportSyntax { IsImport: false, Path: { } path } && path.Name.ValueText == interfaceName) return path.Name;
            }
            return null;
        }
    }
}
