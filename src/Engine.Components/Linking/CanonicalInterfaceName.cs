using System;
using System.Collections.Generic;

namespace WitSharp.Engine.Components.Linking;

/// <summary>
/// The canonical form of a versioned name, as the Explainer's "Canonical Interface Name" defines it: the version is cut
/// after the major number when it is above zero (<c>1.2.3</c> → <c>1</c>), else after the minor when that is above
/// zero (<c>0.2.6-rc.1</c> → <c>0.2</c>), else after the patch. Two names with the same canonical form are
/// semver-compatible: an import of <c>a:b/c@1.2.0</c> links to a host's <c>a:b/c@1.3.1</c>.
/// </summary>
internal static class CanonicalInterfaceName
{
    /// <summary>The canonical name of <paramref name="name"/>; a name without a valid version is returned unchanged.</summary>
    public static string Of(string name)
    {
        int at = name.LastIndexOf('@');
        if (at < 0) return name;
        return name.Substring(0, at + 1) + CanonicalVersion(name.AsSpan(at + 1));
    }

    /// <summary>
    /// The item named <paramref name="name"/> in <paramref name="items"/>, else the one with the highest version among
    /// those whose canonical name is the same and that <paramref name="accept"/> takes; null when there is none.
    /// </summary>
    public static T? FindCompatible<T>(IReadOnlyDictionary<string, T> items, string name, Func<T, bool> accept) where T : class
    {
        if (items.TryGetValue(name, out T? exact)) return accept(exact) ? exact : null;
        string canonical = Of(name);
        T? best = null;
        Version? bestVersion = null;
        foreach (KeyValuePair<string, T> entry in items)
        {
            if (!accept(entry.Value) || Of(entry.Key) != canonical) continue;
            Version? version = VersionOf(entry.Key);
            if (best is null || (version is not null && (bestVersion is null || version > bestVersion)))
            {
                best = entry.Value;
                bestVersion = version;
            }
        }
        return best;
    }

    /// <summary>The full version of <paramref name="name"/> for ordering compatible definitions, or null.</summary>
    private static Version? VersionOf(string name)
    {
        int at = name.LastIndexOf('@');
        if (at < 0) return null;
        ReadOnlySpan<char> text = name.AsSpan(at + 1);
        int end = text.IndexOfAny('-', '+');
        if (end >= 0) text = text.Slice(0, end);
        return Version.TryParse(text, out Version? version) ? version : null;
    }

    private static string CanonicalVersion(ReadOnlySpan<char> version)
    {
        int end = version.IndexOfAny('-', '+');
        ReadOnlySpan<char> core = end >= 0 ? version.Slice(0, end) : version;
        int first = core.IndexOf('.');
        if (first < 0) return version.ToString();
        int second = core.Slice(first + 1).IndexOf('.');
        if (second < 0) return version.ToString();
        second += first + 1;
        ReadOnlySpan<char> major = core.Slice(0, first), minor = core.Slice(first + 1, second - first - 1);
        if (!IsNumber(major) || !IsNumber(minor)) return version.ToString();
        if (!IsZero(major)) return major.ToString();
        if (!IsZero(minor)) return core.Slice(0, second).ToString();
        return version.Slice(0, core.Length).ToString();
    }

    private static bool IsNumber(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty) return false;
        foreach (char c in text)
        {
            if (c < '0' || c > '9') return false;
        }
        return true;
    }

    private static bool IsZero(ReadOnlySpan<char> text) => text.Length == 1 && text[0] == '0';
}
