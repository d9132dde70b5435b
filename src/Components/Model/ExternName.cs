using System.Collections.Generic;

namespace WitSharp.Components.Model;

/// <summary>The attribute kinds a <c>nameattributes</c> may carry (🏷️/🔗).</summary>
public enum ExternNameAttributeKind : byte
{
    /// <summary><c>(implements "ns:pkg/iface")</c>: the interface a plain-named instance implements (0x00).</summary>
    Implements = 0x00,
    /// <summary><c>(versionsuffix "…")</c>: the rest of a version canonicalised away (0x01).</summary>
    VersionSuffix = 0x01,
    /// <summary><c>(external-id "…")</c>: an identifier from outside the component model (0x02).</summary>
    ExternalId = 0x02,
}

/// <summary>One attribute of an import or export name.</summary>
/// <param name="Kind">The attribute.</param>
/// <param name="Value">Its string.</param>
public readonly record struct ExternNameAttribute(ExternNameAttributeKind Kind, string Value);

/// <summary>
/// An import or export name (<c>externname</c>) with its attributes. The text is kept as written; the
/// <see cref="Validation.ExternNameSyntax"/> parser splits it into a plain name or an interface name with its version.
/// </summary>
/// <param name="Name">The name, e.g. <c>add</c>, <c>[method]file.read</c> or <c>wasi:io/streams@0.2.0</c>.</param>
/// <param name="Attributes">The attributes in binary order (empty for the 0x00 and 0x01 encodings).</param>
public sealed record ExternName(string Name, IReadOnlyList<ExternNameAttribute> Attributes)
{
    /// <summary>The <c>implements</c> attribute's interface name, if present.</summary>
    public string? Implements => Find(ExternNameAttributeKind.Implements);

    /// <summary>The <c>versionsuffix</c> attribute, if present.</summary>
    public string? VersionSuffix => Find(ExternNameAttributeKind.VersionSuffix);

    /// <summary>The <c>external-id</c> attribute, if present.</summary>
    public string? ExternalId => Find(ExternNameAttributeKind.ExternalId);

    private string? Find(ExternNameAttributeKind kind)
    {
        foreach (ExternNameAttribute attribute in Attributes)
            if (attribute.Kind == kind) return attribute.Value;
        return null;
    }

    /// <inheritdoc/>
    public override string ToString() => Name;
}
