using System;
using WitSharp.Wasi.Bindings.Wasi.Http.V0_2_12.Types;

namespace WitSharp.Wasi.Http;

/// <summary>Converts between HTTP method and scheme strings and the WIT <c>method</c> and <c>scheme</c> variants.</summary>
internal static class HttpMethods
{
    public static Method ToWit(string method) => method.ToUpperInvariant() switch
    {
        "GET" => new Method.Get(),
        "HEAD" => new Method.Head(),
        "POST" => new Method.Post(),
        "PUT" => new Method.Put(),
        "DELETE" => new Method.Delete(),
        "CONNECT" => new Method.Connect(),
        "OPTIONS" => new Method.Options(),
        "TRACE" => new Method.Trace(),
        "PATCH" => new Method.Patch(),
        _ => new Method.Other(method),
    };

    public static string FromWit(Method method) => method switch
    {
        Method.Get => "GET",
        Method.Head => "HEAD",
        Method.Post => "POST",
        Method.Put => "PUT",
        Method.Delete => "DELETE",
        Method.Connect => "CONNECT",
        Method.Options => "OPTIONS",
        Method.Trace => "TRACE",
        Method.Patch => "PATCH",
        Method.Other other => other.Value,
        _ => throw new ArgumentOutOfRangeException(nameof(method)),
    };

    public static bool IsValidOther(string method) => HeaderRules.IsValidName(method);

    public static Scheme? SchemeToWit(string? scheme) => scheme?.ToLowerInvariant() switch
    {
        null => null,
        "http" => new Scheme.HTTP(),
        "https" => new Scheme.HTTPS(),
        _ => new Scheme.Other(scheme!),
    };

    public static string SchemeFromWit(Scheme? scheme) => scheme switch
    {
        null or Scheme.HTTP => "http",
        Scheme.HTTPS => "https",
        Scheme.Other other => other.Value,
        _ => throw new ArgumentOutOfRangeException(nameof(scheme)),
    };
}
