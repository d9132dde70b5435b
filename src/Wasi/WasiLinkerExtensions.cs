using System;
using WitSharp.Engine.Components;
using WitSharp.Wasi.Bindings.Witsharp.WasiHost.V0_2_12.HostWorld;

namespace WitSharp.Wasi;

/// <summary>Registers all of WASI 0.2 on a <see cref="ComponentLinker"/>.</summary>
public static class WasiLinkerExtensions
{
    /// <summary>
    /// Defines every WASI 0.2.12 interface on <paramref name="linker"/> for one run with <paramref name="context"/>.
    /// Components built against any 0.2.x link to them (the linker matches versions semver-compatibly).
    /// </summary>
    public static WasiHost AddWasi(this ComponentLinker linker, WasiContext context)
    {
        ArgumentNullException.ThrowIfNull(linker);
        var host = new WasiHost(context);
        Host.AddToLinker(linker, host);
        return host;
    }

    /// <summary>
    /// Defines every WASI interface on <paramref name="linker"/> so that each call uses the thread's
    /// <see cref="WasiContext.Current"/>: one linker (and one <see cref="ComponentInstancePre"/>) for many instances,
    /// each run inside <c>using (context.Enter())</c>.
    /// </summary>
    public static WasiHost AddWasiAmbient(this ComponentLinker linker)
    {
        ArgumentNullException.ThrowIfNull(linker);
        var host = WasiHost.Ambient();
        Host.AddToLinker(linker, host);
        return host;
    }
}
