using WitSharp.Tooling.Reporting;
using WitSharp.WitParser.Resolution;
using WitSharp.WitParser.Syntax;

namespace WitSharp.Tooling.Lint.Rules
{
    /// <summary>WITL005: a <c>use</c>, import, export or include of an interface or type marked <c>@deprecated</c>.</summary>
    public sealed class DeprecatedUseRule : LintRule
    {
        /// <inheritdoc />
        public override RuleDescriptor Descriptor { get; } = Describe("WITL005", "DeprecatedUse", FindingSeverity.Warning,
            "Deprecated items should not be used",
            "The interface or type referred to carries `@deprecated(version = …)`: it is going away. Move to its " +
            "replacement (its docs usually name it).");

        /// <inheritdoc />
        public override void Analyze(LintContext context)
        {
            foreach (var file in context.Files)
            {
                foreach (var path in SyntaxQueries.Descendants<UsePathSyntax>(file.Tree.Root))
                {
                    if (InterfaceLookup.Find(context, path) is not int id) continue;
                    var iface = context.Resolve.Interfaces[id];
                    if (iface.Stability.Deprecated is { } version)
                        context.Report(this, file, path.Name, $"interface `{InterfaceLookup.Describe(context, id)}` is deprecated since {version}");
                }
                foreach (var use in SyntaxQueries.Descendants<UseSyntax>(file.Tree.Root))
                {
                    if (InterfaceLookup.Find(context, use.Path) is not int id) continue;
                    var iface = context.Resolve.Interfaces[id];
                    foreach (var name in use.Names)
                    {
                        if (!iface.Types.TryGetValue(name.Name.ValueText, out int typeId)) continue;
                        if (context.Resolve.Types[typeId].Stability.Deprecated is { } version)
                            context.Report(this, file, name.Name, $"type `{name.Name.ValueText}` of `{InterfaceLookup.Describe(context, id)}` is deprecated since {version}");
                    }
                }
            }
        }
    }
}
