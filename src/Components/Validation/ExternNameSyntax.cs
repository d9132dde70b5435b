using System;
using System.Collections.Generic;

namespace WitSharp.Components.Validation;

/// <summary>What an import or export name is, by the Explainer's <c>externname</c> grammar.</summary>
public enum ExternNameKind
{
    /// <summary>A plain <c>label</c>, e.g. <c>add</c> or <c>get-JSON</c>.</summary>
    Label,
    /// <summary><c>[constructor]r</c>.</summary>
    Constructor,
    /// <summary><c>[method]r.name</c>.</summary>
    Method,
    /// <summary><c>[static]r.name</c>.</summary>
    Static,
    /// <summary>An interface name <c>ns:pkg/iface@version</c> (🪺 nested namespaces and projections included).</summary>
    Interface,
}

/// <summary>
/// A parsed import or export name.
/// </summary>
/// <param name="Kind">Which production matched.</param>
/// <param name="Label">The label (plain), the function label (method/static) or the interface's last projection.</param>
/// <param name="Resource">For constructor/method/static: the resource label.</param>
/// <param name="Namespaces">For interfaces: the namespaces (one unless 🪺 nested).</param>
/// <param name="Package">For interfaces: the package words.</param>
/// <param name="Projections">For interfaces: the projections (one unless 🪺 nested).</param>
/// <param name="Version">For interfaces: the version after <c>@</c>, if any.</param>
public sealed record ParsedExternName(
    ExternNameKind Kind,
    string Label,
    string? Resource = null,
    IReadOnlyList<string>? Namespaces = null,
    string? Package = null,
    IReadOnlyList<string>? Projections = null,
    string? Version = null)
{
    /// <summary>For interfaces: <c>ns:pkg</c> without version (nested namespaces joined by <c>:</c>).</summary>
    public string? PackageName => Kind == ExternNameKind.Interface ? string.Join(":", Namespaces!) + ":" + Package : null;

    /// <summary>For interfaces: <c>ns:pkg/iface</c> without the version.</summary>
    public string? InterfaceNameWithoutVersion =>
        Kind == ExternNameKind.Interface ? PackageName + "/" + string.Join("/", Projections!) : null;
}

/// <summary>
/// The lexical rules of import and export names (Explainer "Import and Export Definitions"): kebab-case labels,
/// <c>[constructor]</c>/<c>[method]</c>/<c>[static]</c> annotations, interface names with semver versions, and the
/// canonical form that decides strong uniqueness.
/// </summary>
public static class ExternNameSyntax
{
    /// <summary>Parses <paramref name="name"/>; null with <paramref name="error"/> saying why when it is not well formed.</summary>
    public static ParsedExternName? TryParse(string name, out string? error)
    {
        error = null;
        if (name.Length == 0) { error = "an empty name"; return null; }
        if (name.IndexOf(':') >= 0 || name.IndexOf('/') >= 0 || name.IndexOf('@') >= 0) return TryParseInterface(name, out error);
        if (name[0] == '[')
        {
            int close = name.IndexOf(']');
            string annotation = close < 0 ? name : name.Substring(0, close + 1);
            string rest = close < 0 ? "" : name.Substring(close + 1);
            switch (annotation)
            {
                case "[constructor]":
                    if (!IsLabel(rest)) { error = $"`{rest}` after [constructor] is not a kebab-case label"; return null; }
                    return new ParsedExternName(ExternNameKind.Constructor, rest, rest);
                case "[method]":
                case "[static]":
                {
                    int dot = rest.IndexOf('.');
                    string resource = dot < 0 ? rest : rest.Substring(0, dot);
                    string label = dot < 0 ? "" : rest.Substring(dot + 1);
                    if (dot < 0 || !IsLabel(resource) || !IsLabel(label))
                    {
                        error = $"`{name}` is not {annotation}<resource-label>.<label> with kebab-case labels";
                        return null;
                    }
                    return new ParsedExternName(annotation == "[method]" ? ExternNameKind.Method : ExternNameKind.Static, label, resource);
                }
                default:
                    error = $"unknown annotation `{annotation}` (expected [constructor], [method] or [static])";
                    return null;
            }
        }
        if (!IsLabel(name)) { error = $"`{name}` is not a kebab-case label (words of [a-z0-9] or [A-Z0-9] joined by '-', starting with a letter)"; return null; }
        return new ParsedExternName(ExternNameKind.Label, name);
    }

    private static ParsedExternName? TryParseInterface(string name, out string? error)
    {
        error = null;
        string body = name;
        string? version = null;
        int at = name.IndexOf('@');
        if (at >= 0)
        {
            body = name.Substring(0, at);
            version = name.Substring(at + 1);
            if (!IsSemver(version) && !IsCanonVersion(version))
            {
                error = $"`{version}` in `{name}` is not a valid semantic version";
                return null;
            }
        }
        string[] slashParts = body.Split('/');
        string[] colonParts = slashParts[0].Split(':');
        if (colonParts.Length < 2 || slashParts.Length < 2)
        {
            error = $"`{name}` is not an interface name `namespace:package/interface`";
            return null;
        }
        var namespaces = new string[colonParts.Length - 1];
        for (int i = 0; i < colonParts.Length; i++)
        {
            if (!IsWords(colonParts[i]))
            {
                error = $"`{colonParts[i]}` in `{name}` is not lower-case kebab words";
                return null;
            }
            if (i < namespaces.Length) namespaces[i] = colonParts[i];
        }
        var projections = new string[slashParts.Length - 1];
        for (int i = 1; i < slashParts.Length; i++)
        {
            if (!IsLabel(slashParts[i]))
            {
                error = $"`{slashParts[i]}` in `{name}` is not a kebab-case label";
                return null;
            }
            projections[i - 1] = slashParts[i];
        }
        return new ParsedExternName(ExternNameKind.Interface, projections[^1], null, namespaces, colonParts[^1], projections, version);
    }

    /// <summary>A kebab-case <c>label</c>: fragments of all-lower or all-upper alphanumerics, the first starting with a letter.</summary>
    public static bool IsLabel(string text)
    {
        if (text.Length == 0) return false;
        int i = 0;
        bool first = true;
        while (true)
        {
            int start = i;
            bool lower = false, upper = false;
            while (i < text.Length && text[i] != '-')
            {
                char c = text[i];
                if (c >= 'a' && c <= 'z') lower = true;
                else if (c >= 'A' && c <= 'Z') upper = true;
                else if (c < '0' || c > '9') return false;
                i++;
            }
            if (i == start || (lower && upper)) return false;
            if (first && !IsLetter(text[start])) return false;
            first = false;
            if (i == text.Length) return true;
            i++; // '-'
            if (i == text.Length) return false;
        }
    }

    /// <summary><c>words</c>: lower-case kebab words, the first starting with a letter.</summary>
    private static bool IsWords(string text)
    {
        if (!IsLabel(text)) return false;
        foreach (char c in text) if (c >= 'A' && c <= 'Z') return false;
        return true;
    }

    private static bool IsLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

    /// <summary>A <c>canonversion</c>: <c>N</c>, <c>0.N</c>, <c>0.0.N</c> (N without leading zeros, not 0) or <c>0.0.0</c>.</summary>
    public static bool IsCanonVersion(string text)
    {
        if (text == "0.0.0") return true;
        string rest = text.StartsWith("0.0.", StringComparison.Ordinal) ? text.Substring(4)
            : text.StartsWith("0.", StringComparison.Ordinal) ? text.Substring(2)
            : text;
        return rest.Length > 0 && rest[0] >= '1' && rest[0] <= '9' && AllDigits(rest);
    }

    /// <summary>A Semantic Versioning 2.0 version: <c>major.minor.patch</c>, optional <c>-prerelease</c> and <c>+build</c>.</summary>
    public static bool IsSemver(string text)
    {
        int plus = text.IndexOf('+');
        string core = plus >= 0 ? text.Substring(0, plus) : text;
        if (plus >= 0 && !AreIdentifiers(text.Substring(plus + 1), numericNoLeadingZero: false)) return false;
        int dash = core.IndexOf('-');
        string numbers = dash >= 0 ? core.Substring(0, dash) : core;
        if (dash >= 0 && !AreIdentifiers(core.Substring(dash + 1), numericNoLeadingZero: true)) return false;
        string[] parts = numbers.Split('.');
        if (parts.Length != 3) return false;
        foreach (string part in parts) if (!IsNumber(part)) return false;
        return true;
    }

    private static bool AreIdentifiers(string text, bool numericNoLeadingZero)
    {
        if (text.Length == 0) return false;
        foreach (string identifier in text.Split('.'))
        {
            if (identifier.Length == 0) return false;
            foreach (char c in identifier)
                if (!(char.IsAsciiLetterOrDigit(c) || c == '-')) return false;
            if (numericNoLeadingZero && AllDigits(identifier) && !IsNumber(identifier)) return false;
        }
        return true;
    }

    private static bool IsNumber(string text) => text.Length > 0 && AllDigits(text) && (text == "0" || text[0] != '0');

    private static bool AllDigits(string text)
    {
        foreach (char c in text) if (c < '0' || c > '9') return false;
        return true;
    }

    /// <summary>
    /// The canonical form two names are compared by for strong uniqueness: acronyms lower-cased,
    /// <c>[method]l.l</c>/<c>[static]l.l</c> become <c>l</c>, and annotations other than <c>[constructor]</c> are stripped.
    /// </summary>
    public static string StrongUniquenessKey(string name)
    {
        string lower = name.ToLowerInvariant();
        foreach (string annotation in new[] { "[method]", "[static]" })
        {
            if (!lower.StartsWith(annotation, StringComparison.Ordinal)) continue;
            string rest = lower.Substring(annotation.Length);
            int dot = rest.IndexOf('.');
            if (dot >= 0 && rest.Substring(0, dot) == rest.Substring(dot + 1)) return rest.Substring(0, dot);
            return rest;
        }
        return lower;
    }
}
