using System.Collections.Generic;
using System.IO;

namespace WitSharp.Wasi.Http;

/// <summary>
/// A request for a wasi:http component, independent of any web server: what <see cref="WasiHttpHandler.HandleAsync"/>
/// hands the guest as its <c>incoming-request</c>.
/// </summary>
/// <param name="Method">The method, e.g. <c>GET</c>.</param>
/// <param name="Scheme"><c>http</c> or <c>https</c> (null when unknown).</param>
/// <param name="Authority">The host and port the client addressed (null when unknown).</param>
/// <param name="PathAndQuery">The path and query, e.g. <c>/a/b?c=d</c>.</param>
/// <param name="Headers">Header names and raw values, in order.</param>
/// <param name="Body">The body as it arrives (null: empty); read by the guest, not closed by the handler.</param>
public sealed record WasiHttpRequest(
    string Method,
    string? Scheme,
    string? Authority,
    string PathAndQuery,
    IReadOnlyList<(string Name, byte[] Value)> Headers,
    Stream? Body);
