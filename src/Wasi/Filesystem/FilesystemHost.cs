using System;
using System.Linq;
using WitSharp.Wasi.Bindings.Wasi.Filesystem.V0_2_12.Preopens;
using WitSharp.Wasi.Io;
using Wit = WitSharp.Wasi.Bindings.Wasi.Filesystem.V0_2_12.Types;
using WasiErrorResource = WitSharp.Wasi.Bindings.Wasi.Io.V0_2_12.Error.Error;

namespace WitSharp.Wasi.Filesystem;

/// <summary>
/// <c>wasi:filesystem/types</c> and <c>preopens</c>: the preopens the configuration granted (none by default), each a
/// jail (<see cref="WasiFilesystem"/>), kept per <see cref="WasiContext"/> and closed with it.
/// </summary>
internal sealed class FilesystemHost(Func<WasiContext> context) : Wit.ITypes, IPreopens
{
    public (Wit.Descriptor, string)[] GetDirectories()
    {
        var wasi = context();
        var directories = For(wasi).GetDirectories();
        if (directories.Count == 0) wasi.FoundNoPreopens = true;
        return directories
            .Select(d => ((Wit.Descriptor)new DescriptorResource(d.Descriptor, wasi.Limits), d.GuestPath))
            .ToArray();
    }

    /// <summary>The code behind a stream error that a file read or write raised; null for any other error.</summary>
    public Wit.ErrorCode? FilesystemErrorCode(WasiErrorResource err) =>
        err is WasiError { Cause: FilesystemException failure } ? failure.Code.ToWit() : null;

    /// <summary>The file system of <paramref name="wasi"/>'s instance, opened on first use.</summary>
    public static WasiFilesystem For(WasiContext wasi) =>
        wasi.GetState(c =>
        {
            var filesystem = new WasiFilesystem(c.Configuration.Preopens, c.Limits.MaxOpenHandles);
            filesystem.Refused += refusal => c.ReportRefusal(refusal.ToString()); // witsharp run names them after the run
            return filesystem;
        });
}
