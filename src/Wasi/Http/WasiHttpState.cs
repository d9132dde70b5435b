namespace WitSharp.Wasi.Http;

/// <summary>
/// What the HTTP part keeps in a <see cref="WasiContext"/>: the options of the server the instance runs under. An
/// instance whose context carries none (a command calling wasi:http) gets the defaults, which deny every outgoing request.
/// </summary>
internal sealed class WasiHttpState(WasiHttpOptions options)
{
    public WasiHttpOptions Options { get; } = options;

    public static WasiHttpState Of(WasiContext context) => context.GetState(_ => new WasiHttpState(new WasiHttpOptions()));
}
