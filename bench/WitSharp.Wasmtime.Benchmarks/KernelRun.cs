using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using WitSharp.Engine.Benchmarks;
using WitSharp.Engine.Tests.Kernels;

namespace WitSharp.Wasmtime.Benchmarks;

/// <summary>
/// Times every kernel of <c>bench/engine/kernels.json</c> in V8, then on Wasmtime through the seam, then through the
/// Wasmtime package's own API, kernel by kernel (so load from other processes drifts over a row alike), checks the
/// results agree and prints one table with the geometric mean of seam/V8 against issue #13's goal.
/// </summary>
public static class KernelRun
{
    /// <summary>Issue #13's goal for the geometric mean of Wasmtime-through-the-seam over V8.</summary>
    public const double GeomeanGoal = 1.3;

    /// <summary>Runs the kernels and returns the report.</summary>
    public static string Run(string wasmDir, int runs)
    {
        // The default engine (interruptible): a store without a token runs code without epoch checks, a store given a
        // cancelable token before instantiating runs code with them; both columns time that one engine.
        using var seamEngine = new WasmtimeEngine();
        using var never = new CancellationTokenSource();
        using var directEngine = new global::Wasmtime.Engine();
        var text = new StringBuilder();
        text.AppendLine($"Kernels on Wasmtime 50.0.1 through WitSharp's engine seam (WasmtimeEngine) against V8 (node): median (fastest) of {runs} calls after warm-up;");
        text.AppendLine("the three Wasmtime columns are timed in alternation in one process, V8 right before them in node");
        text.AppendLine();
        text.AppendLine("| kernel | seam, default engine (ms) | seam, store with a token (ms) | Wasmtime .NET API (ms) | V8 (ms) | seam/V8 | with token/V8 | note |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---|");
        var ratios = new List<double>();
        var tokenRatios = new List<double>();
        var fastestRatios = new List<double>();
        foreach (KernelCall call in KernelCall.ReadAll(BenchInputs.KernelsJson))
        {
            var notes = new List<string>();
            V8Timing? v8 = V8(wasmDir, runs, call.Name, notes);
            Timing[] timings = TimeInAlternation(call, runs, notes,
                ("seam", () => SeamKernel.Bind(seamEngine, wasmDir, call)),
                ("seam with token", () => SeamKernel.Bind(seamEngine, wasmDir, call, never.Token)),
                ("API", () => DirectKernel.Bind(directEngine, wasmDir, call)));
            foreach (Timing t in timings)
            {
                if (t.Result != null && v8 != null && t.Result != v8.Result) notes.Add($"RESULT DIFFERS: {t.Name} {t.Result}, V8 {v8.Result}");
            }
            if (notes.Count == 0) notes.Add("results equal");
            Ratio(timings[0].FastestMs, v8?.MinMs, fastestRatios);
            text.AppendLine($"| {call} | {F(timings[0])} | {F(timings[1])} | {F(timings[2])} | {F(v8?.MedianMs)} ({F(v8?.MinMs)}) | "
                + $"{Ratio(timings[0].MedianMs, v8?.MedianMs, ratios)} | {Ratio(timings[1].MedianMs, v8?.MedianMs, tokenRatios)} | {string.Join("; ", notes)} |");
        }
        text.AppendLine();
        text.AppendLine($"geomean seam/V8: {Geomean(ratios)} of the medians, {Geomean(fastestRatios)} of the fastest calls "
            + $"(goal <= {GeomeanGoal.ToString("0.0", CultureInfo.InvariantCulture)}x V8: {Verdict(ratios)} on the medians); "
            + $"stores with an interrupt token (epoch checks): {Geomean(tokenRatios)} ({Verdict(tokenRatios)})");
        return text.ToString();
    }

    private sealed record Timing(string Name, double? MedianMs, double? FastestMs, string? Result);

    // Binds each side, checks it runs, then times one call of each per round, so load from other processes falls on
    // every side alike; a side that fails is noted in the row and left out.
    private static Timing[] TimeInAlternation(KernelCall call, int runs, List<string> notes, params (string Name, Func<Func<object?>> Bind)[] sides)
    {
        var calls = new Func<object?>?[sides.Length];
        var results = new string?[sides.Length];
        var samples = new List<double>[sides.Length];
        for (int i = 0; i < sides.Length; i++)
        {
            samples[i] = new List<double>(runs);
            try
            {
                calls[i] = sides[i].Bind();
                results[i] = KernelCall.FormatResult(calls[i]!());
            }
            catch (Exception e) // one failing side is reported in its row; the others still run
            {
                notes.Add($"{sides[i].Name} FAILS: {e.GetType().Name}: {e.Message.Split('\n')[0]}");
                calls[i] = null;
            }
        }
        var warm = Stopwatch.StartNew();
        while (warm.Elapsed.TotalMilliseconds < 300)
        {
            foreach (Func<object?>? c in calls) c?.Invoke();
        }
        for (int r = 0; r < runs; r++)
        {
            for (int i = 0; i < sides.Length; i++)
            {
                if (calls[i] is not { } c) continue;
                long start = Stopwatch.GetTimestamp();
                c();
                samples[i].Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        }
        var timings = new Timing[sides.Length];
        for (int i = 0; i < sides.Length; i++)
        {
            timings[i] = samples[i].Count == 0
                ? new Timing(sides[i].Name, null, null, null)
                : new Timing(sides[i].Name, QuickTimer.Median(samples[i]), samples[i].Min(), results[i]);
        }
        return timings;
    }

    private static string Geomean(List<double> ratios) =>
        ratios.Count == 0 ? "—" : Math.Exp(ratios.Average(Math.Log)).ToString("0.00", CultureInfo.InvariantCulture) + "x";

    private static string Verdict(List<double> ratios) =>
        ratios.Count == 0 ? "not measured" : Math.Exp(ratios.Average(Math.Log)) <= GeomeanGoal ? "met" : "NOT met";

    private static string F(Timing t) => t.MedianMs is null ? "—" : $"{F(t.MedianMs)} ({F(t.FastestMs)})";

    private static V8Timing? V8(string wasmDir, int runs, string name, List<string> notes)
    {
        try
        {
            return V8Timing.Measure(wasmDir, runs, name).TryGetValue(name, out V8Timing? timing) ? timing : null;
        }
        catch (InvalidOperationException e)
        {
            notes.Add("V8: " + e.Message.Split('\n')[0]);
            return null;
        }
    }

    private static string Ratio(double? ours, double? theirs, List<double>? ratios)
    {
        if (ours is not > 0 || theirs is not > 0) return "—";
        double ratio = ours.Value / theirs.Value;
        ratios?.Add(ratio);
        return ratio.ToString("0.00", CultureInfo.InvariantCulture) + "×";
    }

    private static string F(double? ms) => ms is null ? "—" : ms.Value.ToString(ms.Value >= 100 ? "0" : "0.00", CultureInfo.InvariantCulture);
}
