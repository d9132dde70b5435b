using WitSharp.WitParser.Resolution;
using WitSharp.WitParser.Syntax;

namespace WitSharp.Tooling.Lint
{
    /// <summary>Finds the resolved interface a <c>use</c>, import, export or include path names.</summary>
    public static class InterfaceLookup
    {
        /// <summary>The index of the interface in <see cref="LintContext.Resolve"/>, or null when it cannot be told.</summary>
        public static int? Find(LintContext context, UsePathSyntax path)
        {
            var resolve = context.Resolve;
            string name = path.Name.ValueText;
            if (!path.IsQualified)
            {
                // An unqualified path names an interface of the package being linted.
                foreach (int p in context.RootPackages)
                {
                    if (resolve.Packages[p].Interfaces.TryGetValue(name, out int id)) return id;
                }
                return null;
            }
            string package = path.Namespace!.Value.ValueText + ":" + path.PackageName!.Value.ValueText;
            string? version = path.Version?.Text;
            foreach (var candidate in resolve.Packages)
            {
                if (candidate.Name.WithoutVersion != package) continue;
                if (version is not null && candidate.Name.Version?.ToString() != version) continue;
                if (candidate.Interfaces.TryGetValue(name, out int id)) return id;
            }
            return null;
        }

        /// <summary>The interface as <c>ns:pkg/name</c> (or just its name when it has no package), for messages.</summary>
        public static string Describe(LintContext context, int interfaceId) =>
            context.Resolve.QualifiedInterfaceName(interfaceId) ?? "an anonymous interface";
    }
}
