namespace WitSharp.Wasi;

/// <summary>A directory granted to the guest: <paramref name="HostPath"/> (full path) seen as <paramref name="GuestPath"/>.</summary>
public sealed record WasiPreopen(string HostPath, string GuestPath, bool ReadOnly);
