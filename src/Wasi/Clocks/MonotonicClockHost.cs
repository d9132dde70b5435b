using System;
using System.Diagnostics;
using System.Threading.Tasks;
using WitSharp.Wasi.Bindings.Wasi.Clocks.V0_2_12.MonotonicClock;
using WitSharp.Wasi.Bindings.Wasi.Io.V0_2_12.Poll;
using WitSharp.Wasi.Io;

namespace WitSharp.Wasi.Clocks;

/// <summary>
/// <c>wasi:clocks/monotonic-clock</c> on <see cref="Stopwatch"/>: nanoseconds since an arbitrary start, never going
/// back. A subscription is a timer task, so a guest polling many of them holds no thread while it waits.
/// </summary>
internal sealed class MonotonicClockHost : IMonotonicClock
{
    private static readonly double NanosecondsPerTick = 1e9 / Stopwatch.Frequency;

    /// <summary>The clock's reading now, in nanoseconds.</summary>
    public static ulong NowNanoseconds() => (ulong)(Stopwatch.GetTimestamp() * NanosecondsPerTick);

    public ulong Now() => NowNanoseconds();

    public ulong Resolution() => Math.Max(1UL, (ulong)Math.Ceiling(NanosecondsPerTick));

    public Pollable SubscribeInstant(ulong when) => new TaskPollable(Until(when));

    public Pollable SubscribeDuration(ulong when)
    {
        ulong now = NowNanoseconds();
        // A duration past the end of the clock's range is a deadline that never comes, not an overflow.
        ulong deadline = when > ulong.MaxValue - now ? ulong.MaxValue : now + when;
        return new TaskPollable(Until(deadline));
    }

    /// <summary>Completes once the clock reads at least <paramref name="deadline"/>; timers may fire early, so it checks.</summary>
    private static async Task Until(ulong deadline)
    {
        while (true)
        {
            ulong now = NowNanoseconds();
            if (now >= deadline) return;
            ulong remaining = deadline - now;
            // Task.Delay takes at most int.MaxValue milliseconds; a longer wait is done in steps.
            double milliseconds = Math.Min(Math.Ceiling(remaining / 1e6), int.MaxValue - 1);
            await Task.Delay(TimeSpan.FromMilliseconds(Math.Max(1, milliseconds))).ConfigureAwait(false);
        }
    }
}
