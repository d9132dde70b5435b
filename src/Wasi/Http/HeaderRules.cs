using System;
using System.Collections.Generic;

namespace WitSharp.Wasi.Http;

/// <summary>
/// What a header name and value may be (RFC 9110 field syntax), and the hop-by-hop names a guest may not set: the host
/// owns the connection, so <c>connection</c>, <c>transfer-encoding</c> and the like are refused as <c>forbidden</c>.
/// </summary>
internal static class HeaderRules
{
    private static readonly HashSet<string> s_forbidden = new(StringComparer.OrdinalIgnoreCase)
    {
        "connection", "keep-alive", "proxy-connection", "transfer-encoding", "upgrade", "te", "http2-settings",
        "proxy-authenticate", "proxy-authorization",
    };

    /// <summary>True when <paramref name="name"/> is a non-empty token.</summary>
    public static bool IsValidName(string name)
    {
        if (name.Length == 0) return false;
        foreach (char c in name)
        {
            bool token = c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9'
                || "!#$%&'*+-.^_`|~".IndexOf(c) >= 0;
            if (!token) return false;
        }
        return true;
    }

    /// <summary>True when <paramref name="value"/> holds no CR, LF or NUL and no leading or trailing whitespace.</summary>
    public static bool IsValidValue(ReadOnlySpan<byte> value)
    {
        foreach (byte b in value)
        {
            if (b is (byte)'\r' or (byte)'\n' or 0) return false;
        }
        return value.Length == 0 || (value[0] is not ((byte)' ' or (byte)'\t') && value[^1] is not ((byte)' ' or (byte)'\t'));
    }

    /// <summary>True when a guest may not set <paramref name="name"/>.</summary>
    public static bool IsForbidden(string name) => s_forbidden.Contains(name);
}
