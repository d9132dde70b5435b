using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using WitSharp.Engine.Tests.Kernels;

namespace WitSharp.Engine.Benchmarks;

/// <summary>
/// The <c>--quick</c> mode: times every kernel of <c>kernels.json</c> in our engine, checks its result against V8's,
/// and renders the table beside V8's timings; then the instantiate and host→wasm call figures against their goals.
/// </summary>
public static class QuickRun
{
    /// <summary>The goal for the geometric mean of ours/V8 over the kernels.</summary>
    public const double GeomeanGoal = 20;

    /// <summary>The goal for instantiating the small module, in microseconds (median).</summary>
    public const double InstantiateGoalUs = 5;

    /// <summary>The goal for one host→wasm call of a trivial i32 function, in nanoseconds (median).</summary>
    public const double CallGoalNs = 50;

    // A kernel whose first call is slow gets fewer timed calls, so one slow kernel cannot stall the whole run.
    private const double KernelBudgetMs = 30_000;

    /// <summary>
    /// Runs the quick benchmark and returns the report text. V8 is timed kernel by kernel right before our engine, so
    /// load from other processes on the machine drifts over both sides of a row alike.
    /// </summary>
    public static string Run(string wasmDir, int runs)
    {
        var rows = new List<ComparisonRow>();
        var v8 = new Dictionary<string, double?>();
        var v8Fastest = new Dictionary<string, double?>();
        var interpreted = new Dictionary<string, double?>();
        foreach (KernelCall call in KernelCall.ReadAll(BenchInputs.KernelsJson))
        {
            V8Timing? theirs = V8(wasmDir, runs, call.Name, out string? v8Problem);
            ComparisonRow row = TimeKernel(wasmDir, call, theirs, runs);
            rows.Add(v8Problem is null ? row : row with { Note = row.Note + "; V8: " + v8Problem });
            v8[call.Name] = theirs?.MedianMs;
            v8Fastest[call.Name] = theirs?.MinMs;
            interpreted[call.Name] = row.OursMs;
        }
        var report = new StringBuilder();
        report.AppendLine($"Engine vs V8 (node {NodeVersion()}), median of {runs} calls after warm-up, parameters from bench/engine/kernels.json");
        report.AppendLine();
        report.Append(ReportTable.Render(rows, GeomeanGoal));
        report.AppendLine();
        report.AppendLine("The CIL tier (WasmEngineOptions.Compilation): tiered and all-compiled, with Wasmtime 50.0.1 for context");
        report.AppendLine();
        report.Append(TierRun.Run(wasmDir, runs, v8, v8Fastest, interpreted));
        report.AppendLine();
        report.Append(MicroReport(wasmDir, runs));
        return report.ToString();
    }

    private static V8Timing? V8(string wasmDir, int runs, string name, out string? problem)
    {
        problem = null;
        try
        {
            return V8Timing.Measure(wasmDir, runs, name).TryGetValue(name, out V8Timing? timing) ? timing : null;
        }
        catch (InvalidOperationException e)
        {
            problem = FirstLine(e.Message);
            return null;
        }
    }

    private static ComparisonRow TimeKernel(string wasmDir, KernelCall call, V8Timing? v8, int runs)
    {
        string label = call.ToString();
        try
        {
            var kernel = EngineKernel.Load(Path.Combine(wasmDir, call.Kernel + ".wasm"));
            Func<object?> invoke = kernel.Bind(call.Export, call.Args);
            long start = Stopwatch.GetTimestamp();
            string result = KernelCall.FormatResult(invoke());
            double firstMs = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            int timedRuns = Math.Max(1, Math.Min(runs, (int)(KernelBudgetMs / Math.Max(firstMs, 1e-3))));
            double warmUpMs = firstMs * runs > KernelBudgetMs ? 0 : 300;
            (double ms, double minMs) = QuickTimer.Measure(() => invoke(), timedRuns, warmUpMs);
            string note = v8 is null ? "no V8 result" : v8.Result == result ? "results equal" : $"RESULT DIFFERS: ours {result}, V8 {v8.Result}";
            if (timedRuns < runs) note += $"; {timedRuns} timed calls (slow)";
            return new ComparisonRow(label, ms, v8?.MedianMs, note, minMs, v8?.MinMs);
        }
        catch (Exception e) // one failing kernel is reported in its row; the others still run
        {
            return new ComparisonRow(label, null, v8?.MedianMs, $"FAILS: {e.GetType().Name}: {FirstLine(e.Message)}");
        }
    }

    private static string MicroReport(string wasmDir, int runs)
    {
        IReadOnlyDictionary<string, V8Timing> v8;
        try { v8 = V8Timing.Measure(wasmDir, runs, "micro"); }
        catch (InvalidOperationException) { v8 = new Dictionary<string, V8Timing>(); } // the column shows "—"
        var text = new StringBuilder();
        text.AppendLine("| micro-benchmark | ours | goal | V8 (context) |");
        text.AppendLine("|---|---:|---:|---:|");
        string smallPath = Path.Combine(wasmDir, "small.wasm");
        text.AppendLine(MicroRow("instantiate(small)", "µs", InstantiateGoalUs, 1e3, v8, () =>
        {
            var small = SmallModule.Load(smallPath);
            const int batch = 2_000;
            return QuickTimer.MedianMs(() => small.InstantiateMany(batch), runs) * 1e3 / batch;
        }));
        text.AppendLine(MicroRow("call add(i32,i32)", "ns", CallGoalNs, 1e6, v8, () =>
        {
            var small = SmallModule.Load(smallPath);
            const int batch = 1_000_000;
            return QuickTimer.MedianMs(() => small.CallAddMany(batch), runs) * 1e6 / batch;
        }));
        return text.ToString();
    }

    private static string MicroRow(string name, string unit, double goal, double unitsPerMs, IReadOnlyDictionary<string, V8Timing> v8, Func<double> measure)
    {
        string theirs = v8.TryGetValue(name, out V8Timing? t) ? Format(t.MedianMs * unitsPerMs) + " " + unit : "—";
        try
        {
            double ours = measure();
            string verdict = ours <= goal ? "meets" : "misses";
            return $"| {name} | {Format(ours)} {unit} | ≤ {goal:0} {unit} ({verdict}) | {theirs} |";
        }
        catch (Exception e) // reported, not fatal, as for kernels
        {
            return $"| {name} | FAILS: {e.GetType().Name}: {FirstLine(e.Message)} | ≤ {goal:0} {unit} | {theirs} |";
        }
    }

    /// <summary>A timing with two decimals below 10 and one above, as every report of this program prints them.</summary>
    internal static string Format(double value) => value.ToString(value < 10 ? "0.00" : "0.0", CultureInfo.InvariantCulture);

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();

    private static string NodeVersion()
    {
        try
        {
            var psi = new ProcessStartInfo("node", "--version") { RedirectStandardOutput = true, UseShellExecute = false };
            using var process = Process.Start(psi);
            return process?.StandardOutput.ReadToEnd().Trim() ?? "?";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "not found";
        }
    }
}
