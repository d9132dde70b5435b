using System;
using WitSharp.Wasi.Bindings.Wasi.Filesystem.V0_2_12.Preopens;
using WitSharp.Wasi.Bindings.Wasi.Filesystem.V0_2_12.Types;
using WasiErrorResource = WitSharp.Wasi.Bindings.Wasi.Io.V0_2_12.Error.Error;

namespace WitSharp.Wasi.Filesystem;

/// <summary>
/// <c>wasi:filesystem/types</c> and <c>preopens</c> as WitSharp.Wasi wires them. Deny by default: until the filesystem
/// part hands out preopened directories here, a guest sees none, so no path reaches the host's files.
/// </summary>
internal sealed class FilesystemHost(Func<WasiContext> context) : ITypes, IPreopens
{
    public (Descriptor, string)[] GetDirectories()
    {
        _ = context();
        return Array.Empty<(Descriptor, string)>();
    }

    public ErrorCode? FilesystemErrorCode(WasiErrorResource err) => null;
}
