using System;
using WitSharp.Wasi.Bindings.Wasi.Clocks.V0_2_12.WallClock;

namespace WitSharp.Wasi.Clocks;

/// <summary><c>wasi:clocks/wall-clock</c>: the host's UTC time since the Unix epoch, in .NET's 100 ns ticks.</summary>
internal sealed class WallClockHost : IWallClock
{
    public Datetime Now()
    {
        long ticks = DateTime.UtcNow.Ticks - DateTime.UnixEpoch.Ticks;
        return new Datetime((ulong)(ticks / TimeSpan.TicksPerSecond), (uint)(ticks % TimeSpan.TicksPerSecond * 100));
    }

    public Datetime Resolution() => new(0, 100);
}
