using System;
using System.Collections.Generic;
using System.Diagnostics;

namespace WitSharp.Components.Benchmarks;

/// <summary>
/// Times an action by batches: after a warm-up (so tiered JIT has settled), each of N runs calls the action
/// <c>batch</c> times and records the mean; the median of those means is the figure. A batch is long enough that
/// the clock's resolution and the timer's own cost vanish (a warm <c>add</c> is tens of nanoseconds). bench-jco-calc.mjs
/// measures Node the same way.
/// </summary>
public static class BatchTimer
{
    /// <summary>The median nanoseconds of one call of <paramref name="action"/>, over <paramref name="runs"/> batches.</summary>
    public static double MedianNs(Action action, int batch, int runs, double warmUpMs = 1000)
    {
        var warm = Stopwatch.StartNew();
        while (warm.Elapsed.TotalMilliseconds < warmUpMs)
        {
            for (int i = 0; i < batch; i++) action();
        }
        var means = new List<double>(runs);
        for (int r = 0; r < runs; r++)
        {
            long start = Stopwatch.GetTimestamp();
            for (int i = 0; i < batch; i++) action();
            means.Add(Stopwatch.GetElapsedTime(start).TotalNanoseconds / batch);
        }
        means.Sort();
        int mid = means.Count / 2;
        return means.Count % 2 == 1 ? means[mid] : (means[mid - 1] + means[mid]) / 2;
    }
}
