using WitSharp.WitParser.Resolution;

namespace WitSharp.Components.Wit;

/// <summary>
/// An import or export name of the interface form, <c>ns:pkg/iface@version</c> (Explainer.md's <c>interfacename</c>),
/// split into the parts WIT needs: the package it belongs to and the interface's own name.
/// </summary>
internal sealed record InterfaceName(string Namespace, string Package, string Interface, string? Version)
{
    /// <summary>Parses <paramref name="text"/>; null when it is not of the interface form (a plain name, say).</summary>
    public static InterfaceName? TryParse(string text)
    {
        int colon = text.IndexOf(':');
        int slash = text.IndexOf('/');
        if (colon <= 0 || slash < colon + 2 || slash == text.Length - 1) return null;
        int at = text.IndexOf('@', slash);
        string iface = at < 0 ? text.Substring(slash + 1) : text.Substring(slash + 1, at - slash - 1);
        string? version = at < 0 ? null : text.Substring(at + 1);
        string ns = text.Substring(0, colon), package = text.Substring(colon + 1, slash - colon - 1);
        if (!IsWords(ns) || !IsWords(package) || !IsWords(iface) || version is "") return null;
        return new InterfaceName(ns, package, iface, version);
    }

    /// <summary>
    /// The package name, the version completed by a <c>versionsuffix</c> attribute (🔗) when the binary carries one.
    /// </summary>
    public PackageName ToPackageName(string? versionSuffix, int offset)
    {
        SemanticVersion? version = null;
        if (Version is not null)
        {
            string text = Version + (versionSuffix ?? "");
            if (!SemanticVersion.TryParse(text, out version))
                throw new ComponentWitException($"`{text}` in `{this}` is not a semantic version", offset);
        }
        return new PackageName(Namespace, Package, version);
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Namespace}:{Package}/{Interface}" + (Version is null ? "" : "@" + Version);

    // Kebab-case words: lower-case letters and digits, separated by single dashes, each word starting with a letter.
    private static bool IsWords(string s)
    {
        if (s.Length == 0) return false;
        bool wordStart = true;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c == '-')
            {
                if (wordStart) return false;
                wordStart = true;
                continue;
            }
            bool letter = c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z'), digit = c is >= '0' and <= '9';
            if (!(letter || digit) || (wordStart && !letter)) return false;
            wordStart = false;
        }
        return !wordStart;
    }
}
