using System.Collections.Generic;
using WitSharp.Tooling.Config;
using WitSharp.Tooling.Reporting;
using WitSharp.WitParser.Resolution;
using WitSharp.WitParser.Syntax;
using WitSharp.WitParser.Text;

namespace WitSharp.Tooling.Lint
{
    /// <summary>
    /// What a rule sees of one package: its own files (not <c>deps/</c>) as syntax trees, the blocks in them, the
    /// resolved model of the whole load (dependencies included), and the rule options of the configuration.
    /// </summary>
    public sealed class LintContext
    {
        private readonly List<Finding> _findings = new List<Finding>();
        private readonly LintConfig _config;
        private List<LintScope>? _scopes;

        /// <summary>Creates a context; <see cref="WitLinter"/> does this once per package.</summary>
        public LintContext(IReadOnlyList<LintFile> files, WitResolve resolve, IReadOnlyList<int> rootPackages, LintConfig config)
        {
            Files = files;
            Resolve = resolve;
            RootPackages = rootPackages;
            _config = config;
        }

        /// <summary>The package's own files.</summary>
        public IReadOnlyList<LintFile> Files { get; }

        /// <summary>The resolved model of everything loaded.</summary>
        public WitResolve Resolve { get; }

        /// <summary>Indices into <see cref="WitResolve.Packages"/> of the packages the input defines.</summary>
        public IReadOnlyList<int> RootPackages { get; }

        /// <summary>What rules reported so far (with default severities; the linter applies the configuration).</summary>
        public IReadOnlyList<Finding> Findings => _findings;

        /// <summary>Every interface, world and inline interface of the package's files, in source order.</summary>
        public IReadOnlyList<LintScope> Scopes => _scopes ??= CollectScopes();

        /// <summary>An integer option of a rule from the configuration, or <paramref name="defaultValue"/>.</summary>
        public int IntOption(string ruleId, string name, int defaultValue) => _config.IntOption(ruleId, name, defaultValue);

        /// <summary>Reports a finding of <paramref name="rule"/> at <paramref name="span"/> of <paramref name="file"/>.</summary>
        public void Report(LintRule rule, LintFile file, TextSpan span, string message, params RelatedLocation[] related)
        {
            _findings.Add(new Finding(rule.Descriptor.Id, rule.Descriptor.DefaultSeverity, message, FindingLocation.From(file.Source, span))
            {
                RelatedLocations = related,
            });
        }

        /// <summary>Reports a finding at a token.</summary>
        public void Report(LintRule rule, LintFile file, SyntaxToken token, string message, params RelatedLocation[] related) =>
            Report(rule, file, token.Span, message, related);

        private List<LintScope> CollectScopes()
        {
            var scopes = new List<LintScope>();
            foreach (var file in Files) AddScopes(file, file.Tree.Root.Items, scopes);
            return scopes;
        }

        private static void AddScopes(LintFile file, IReadOnlyList<ItemSyntax> items, List<LintScope> scopes)
        {
            foreach (var item in items)
            {
                switch (item)
                {
                    case InterfaceSyntax i:
                        scopes.Add(new LintScope(file, LintScopeKind.Interface, i.Name, i, i.Items));
                        break;
                    case WorldSyntax w:
                        scopes.Add(new LintScope(file, LintScopeKind.World, w.Name, w, w.Items));
                        foreach (var member in w.Items)
                        {
                            if (member is ImportExportSyntax { Interface: { } inline, Name: { } name } io)
                                scopes.Add(new LintScope(file, LintScopeKind.InlineInterface, name, io, inline.Items));
                        }
                        break;
                    case NestedPackageSyntax nested:
                        AddScopes(file, nested.Items, scopes);
                        break;
                }
            }
        }
    }
}
