using WitSharp.WitParser.Resolution;

namespace WitSharp.Tooling.Subtyping
{
    /// <summary>Names world items are matched by across components.</summary>
    public static class WorldItemNames
    {
        /// <summary>A plain name, or <c>ns:pkg/iface</c> without the version (versions are checked separately).</summary>
        public static string Of(WitResolve resolve, WitWorldKey key)
        {
            string name = resolve.NameOfWorldKey(key);
            if (key.IsName) return name;
            int at = name.IndexOf('@');
            return at >= 0 ? name.Substring(0, at) : name;
        }

        /// <summary>The last segment of an interface name (<c>streams</c> for <c>wasi:io/streams</c>): how the syntax records an interface import.</summary>
        public static string ShortName(string name)
        {
            int slash = name.LastIndexOf('/');
            return slash >= 0 ? name.Substring(slash + 1) : name;
        }

        /// <summary>The version of an interface key's package, if any.</summary>
        public static SemanticVersion? VersionOf(WitResolve resolve, WitWorldKey key)
        {
            if (key.IsName) return null;
            return resolve.Interfaces[key.InterfaceId].Package is int p ? resolve.Packages[p].Name.Version : null;
        }

        /// <summary>
        /// True when an import at <paramref name="wanted"/> may be satisfied by an export at <paramref name="offered"/>:
        /// the same canonical version track (<c>0.2.x</c>, <c>1.x.y</c>), as the Explainer's canonical interface names make
        /// them link; the structural check then decides whether the export really covers the import.
        /// </summary>
        public static bool VersionsLink(SemanticVersion? wanted, SemanticVersion? offered) =>
            wanted is null || offered is null ? wanted is null && offered is null : wanted.CompatibilityTrack() == offered.CompatibilityTrack();
    }
}
