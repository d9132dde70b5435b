using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;

namespace WitSharp.Wasi.Http.Tests.Reference;

/// <summary>One request of a differential script: method, path with query, request headers and body.</summary>
public sealed record HttpRequestSpec(string Method, string PathAndQuery, IReadOnlyList<KeyValuePair<string, string>> Headers, byte[]? Body = null)
{
    /// <summary>A request without headers or body.</summary>
    public static HttpRequestSpec Of(string method, string pathAndQuery, byte[]? body = null, params (string Name, string Value)[] headers) =>
        new(method, pathAndQuery, headers.Select(h => new KeyValuePair<string, string>(h.Name, h.Value)).ToArray(), body);

    /// <inheritdoc/>
    public override string ToString() => $"{Method} {PathAndQuery}";
}

/// <summary>
/// A response as the differential compares it: status, headers normalised (names lower case, sorted by name with
/// each name's values in order; what the transport adds is left out: date, connection, keep-alive,
/// transfer-encoding, content-length, server) and the body's bytes.
/// </summary>
public sealed record RecordedResponse(int Status, IReadOnlyList<string> Headers, byte[] Body)
{
    private static readonly HashSet<string> s_transport = new(StringComparer.OrdinalIgnoreCase)
    {
        "date", "connection", "keep-alive", "transfer-encoding", "content-length", "server",
    };

    /// <summary>Sends <paramref name="spec"/> to <paramref name="server"/> and records the answer.</summary>
    public static async Task<RecordedResponse> SendAsync(HttpClient client, Uri server, HttpRequestSpec spec)
    {
        using var request = new HttpRequestMessage(new HttpMethod(spec.Method), new Uri(server, spec.PathAndQuery));
        if (spec.Body != null) request.Content = new ByteArrayContent(spec.Body);
        foreach (var (name, value) in spec.Headers)
        {
            if (name.Equals("content-type", StringComparison.OrdinalIgnoreCase)) request.Content!.Headers.TryAddWithoutValidation(name, value);
            else request.Headers.TryAddWithoutValidation(name, value);
        }
        using HttpResponseMessage response = await client.SendAsync(request);
        byte[] body = await response.Content.ReadAsByteArrayAsync();
        var headers = response.Headers.Concat(response.Content.Headers)
            .Where(h => !s_transport.Contains(h.Key))
            .SelectMany(h => h.Value.Select(v => (Name: h.Key.ToLowerInvariant(), Value: v)))
            .OrderBy(h => h.Name, StringComparer.Ordinal)
            .Select(h => $"{h.Name}: {h.Value}")
            .ToArray();
        return new RecordedResponse((int)response.StatusCode, headers, body);
    }

    /// <summary>The body as UTF-8 text.</summary>
    public string Text => Encoding.UTF8.GetString(Body);

    /// <summary>Status, headers and the body's length and first bytes, for assertion messages.</summary>
    public override string ToString() =>
        $"{Status} [{string.Join("; ", Headers)}] {Body.Length} bytes: {(Body.Length > 80 ? Text[..80] + "…" : Text)}";
}
