using System.Text;
using WitSharp.WitParser.Resolution;

namespace WitSharp.Generator.Naming
{
    /// <summary>
    /// The namespace scheme. A package <c>ns:pkg@x.y.z</c> becomes <c>Ns.Pkg.Vx_y_z</c> (no version segment when
    /// the package has none), so two versions of one package live side by side (<c>Wasi.Http.V0_2_0</c>,
    /// <c>Wasi.Http.V0_2_12</c>). Each interface is a namespace under it (<c>Wasi.Http.V0_2_0.Types</c>) holding
    /// the interface's types and its host interfaces; each world is <c>…​.{World}World</c>. An optional root
    /// namespace is put in front of everything.
    /// </summary>
    public static class NamespaceNames
    {
        /// <summary>The namespace of package <paramref name="name"/> under <paramref name="root"/> (may be null).</summary>
        public static string OfPackage(PackageName name, string? root)
        {
            var sb = new StringBuilder();
            if (!string.IsNullOrEmpty(root)) sb.Append(root).Append('.');
            sb.Append(Segment(name.Namespace)).Append('.').Append(Segment(name.Name));
            if (name.Version is { } v) sb.Append('.').Append(VersionSegment(v));
            return sb.ToString();
        }

        /// <summary>One namespace segment from a WIT name: PascalCase, keyword-escaped.</summary>
        public static string Segment(string witName) => CSharpIdentifiers.Escape(CSharpIdentifiers.Pascal(witName));

        /// <summary><c>0.2.0-rc.1</c> → <c>V0_2_0_rc_1</c>: every character that is not a letter or digit becomes <c>_</c>.</summary>
        public static string VersionSegment(SemanticVersion version)
        {
            var sb = new StringBuilder("V");
            foreach (char c in version.ToString()) sb.Append(char.IsLetterOrDigit(c) && c < 128 ? c : '_');
            return sb.ToString();
        }
    }
}
