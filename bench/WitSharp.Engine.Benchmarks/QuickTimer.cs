using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;

namespace WitSharp.Engine.Benchmarks;

/// <summary>
/// The <c>--quick</c> measurement: a Stopwatch loop with warm-up (so tiered JIT has settled) and the median of N runs.
/// Much shorter than a BenchmarkDotNet run and precise enough for ratios against V8 measured the same way.
/// </summary>
public static class QuickTimer
{
    /// <summary>The median milliseconds of one call of <paramref name="action"/> after warming up.</summary>
    public static double MedianMs(Action action, int runs, double warmUpMs = 300) => Measure(action, runs, warmUpMs).MedianMs;

    /// <summary>
    /// The median and the fastest milliseconds of one call of <paramref name="action"/> after warming up; the fastest is
    /// the figure least disturbed by other processes on a loaded machine.
    /// </summary>
    public static (double MedianMs, double MinMs) Measure(Action action, int runs, double warmUpMs = 300)
    {
        var warm = Stopwatch.StartNew();
        for (int i = 0; i < 3 || warm.Elapsed.TotalMilliseconds < warmUpMs; i++) action();
        var times = new List<double>(runs);
        for (int i = 0; i < runs; i++)
        {
            long start = Stopwatch.GetTimestamp();
            action();
            times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
        return (Median(times), times.Min());
    }

    /// <summary>The median of <paramref name="values"/> (mean of the middle two for an even count).</summary>
    public static double Median(IReadOnlyList<double> values)
    {
        if (values.Count == 0) throw new ArgumentException("no values", nameof(values));
        double[] sorted = values.OrderBy(v => v).ToArray();
        int mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
