using WitSharp.Components.Validation;
using WitSharp.WitParser.Resolution;

namespace WitSharp.Components.Wit;

/// <summary>
/// An import or export name of the interface form, <c>ns:pkg/iface@version</c> (Explainer.md's <c>interfacename</c>),
/// split into the parts WIT needs: the package it belongs to and the interface's own name.
/// </summary>
internal sealed record InterfaceName(string Namespace, string Package, string Interface, string? Version)
{
    /// <summary>
    /// Parses <paramref name="text"/> by the Explainer's name grammar; null when it is not of the interface form (a plain
    /// name, say) or uses nested namespaces or projections (🪺), which WIT cannot spell.
    /// </summary>
    public static InterfaceName? TryParse(string text) =>
        ExternNameSyntax.TryParse(text, out _) is { Kind: ExternNameKind.Interface, Namespaces.Count: 1, Projections.Count: 1 } parsed
            ? new InterfaceName(parsed.Namespaces[0], parsed.Package!, parsed.Projections[0], parsed.Version)
            : null;

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
}
