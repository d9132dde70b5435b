using System;
using System.Runtime.InteropServices;

namespace WitSharp.Engine.Benchmarks;

/// <summary>
/// The calling thread's CPU time (Linux <c>clock_gettime(CLOCK_THREAD_CPUTIME_ID)</c>): unlike wall-clock time, not
/// inflated by waiting for a core, so comparisons on a loaded machine stay meaningful (cache and memory contention
/// from other processes still count). <see cref="Available"/> is false elsewhere.
/// </summary>
public static class ThreadCpuClock
{
    private const int ClockThreadCpuTimeId = 3;

    /// <summary>True where the clock can be read (Linux).</summary>
    public static bool Available { get; } = OperatingSystem.IsLinux() && TryRead(out _);

    /// <summary>The thread's CPU time in milliseconds; only when <see cref="Available"/>.</summary>
    public static double NowMs() => TryRead(out double ms) ? ms : throw new InvalidOperationException("the thread CPU clock cannot be read");

    private static bool TryRead(out double ms)
    {
        ms = 0;
        TimeSpec time;
        try
        {
            if (clock_gettime(ClockThreadCpuTimeId, out time) != 0) return false;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
        ms = time.Seconds * 1e3 + time.Nanoseconds / 1e6;
        return true;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int clock_gettime(int clock, out TimeSpec time);
}
