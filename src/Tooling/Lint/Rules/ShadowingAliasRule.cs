using WitSharp.Tooling.Reporting;
using WitSharp.WitParser.Syntax;

namespace WitSharp.Tooling.Lint.Rules
{
    /// <summary>WITL009: <c>use iface.{a as b}</c> where <c>b</c> is another type of <c>iface</c>, or <c>a as a</c>.</summary>
    public sealed class ShadowingAliasRule : LintRule
    {
        /// <inheritdoc />
        public override RuleDescriptor Descriptor { get; } = Describe("WITL009", "ShadowingAlias", FindingSeverity.Warning,
            "use … as should not reuse a name of the source interface",
            "`use iface.{a as b}` where `iface` also defines a type `b` makes `b` mean `iface.a` here and `iface.b` " +
            "everywhere else: readers and generated code get confused. `a as a` is a no-op. Pick a distinct alias.");

        /// <inheritdoc />
        public override void Analyze(LintContext context)
        {
            foreach (var file in context.Files)
            {
                foreach (var use in SyntaxQueries.Descendants<UseSyntax>(file.Tree.Root))
                {
                    int? source = InterfaceLookup.Find(context, use.Path);
                    foreach (var name in use.Names)
                    {
                        if (name.Alias is not { } alias) continue;
                        string original = name.Name.ValueText, renamed = alias.ValueText;
                        if (renamed == original)
                            context.Report(this, file, alias, $"`{original} as {renamed}` renames a type to its own name");
                        else if (source is int id && context.Resolve.Interfaces[id].Types.ContainsKey(renamed))
                            context.Report(this, file, alias, $"alias `{renamed}` shadows the type `{renamed}` of `{use.Path.Name.ValueText}` (it means `{original}` here)");
                    }
                }
            }
        }
    }
}
