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
/// The <c>--compare &lt;dir&gt;</c> mode: this build against another build of the benchmarks (see
/// <see cref="BaselineBuild"/>) in one process, each kernel and micro-benchmark timed in alternation (ours, theirs,
/// theirs, ours, …) so that both sides see the same machine. Prints the medians and the ratio now/before, and the
/// geometric mean of the kernel ratios.
/// </summary>
public static class SideBySideRun
{
    /// <summary>How much slower than before a figure may be and still count as unchanged (issue #10: 5%).</summary>
    public const double Tolerance = 1.05;

    /// <summary>
    /// Runs the comparison, the kernels in <paramref name="mode"/> on both sides, and returns the report text; with
    /// <paramref name="cpuTime"/> (and <see cref="ThreadCpuClock.Available"/>) every row is timed in thread CPU time.
    /// </summary>
    public static string Run(string wasmDir, string baselineDir, int runs, CompilationMode mode = CompilationMode.Interpreter, bool cpuTime = false)
    {
        BaselineBuild before = BaselineBuild.Load(baselineDir);
        s_cpuTime = cpuTime && ThreadCpuClock.Available;
        var text = new StringBuilder();
        text.AppendLine($"This build against {baselineDir}, one process, timed in alternation ({(s_cpuTime ? "thread CPU time" : "wall clock")}); " +
            $"median of {runs} runs each; kernels in {mode} mode");
        text.AppendLine();
        text.AppendLine("| benchmark | now | before | now/before | fastest now/before |");
        text.AppendLine("|---|---:|---:|---:|---:|");
        var ratios = new List<double>();
        foreach (KernelCall call in KernelCall.ReadAll(BenchInputs.KernelsJson))
        {
            string wasm = Path.Combine(wasmDir, call.Kernel + ".wasm");
            Func<object?> ours = EngineKernel.Load(wasm, mode).Bind(call.Export, call.Args);
            Func<object?> theirs = before.BindKernel(wasm, call.Export, call.Args, mode);
            string a = KernelCall.FormatResult(ours()), b = KernelCall.FormatResult(theirs());
            if (a != b) throw new InvalidOperationException($"{call.Name}: results differ, now {a}, before {b}");
            Pair pair = Alternate(() => ours(), () => theirs(), runs);
            ratios.Add(pair.Ratio);
            text.AppendLine(Row(call.ToString(), "ms", 1, pair));
        }
        double geomean = Math.Exp(ratios.Average(Math.Log));
        text.AppendLine();
        text.AppendLine($"kernels, geomean of now/before: {geomean.ToString("0.000", CultureInfo.InvariantCulture)} ({Verdict(geomean)})");
        text.AppendLine();

        Pair call1 = AlternateCalls(wasmDir, before, runs);
        // Instantiation allocates, and how much each build keeps alive shapes the garbage collector's work: in one
        // process either side would pay for collecting the other's garbage. So each side is timed in processes of
        // its own, started in turn.
        Pair instantiate = AlternateProcesses(wasmDir, baselineDir, runs);
        text.AppendLine("| micro-benchmark | now | before | now/before | fastest now/before |");
        text.AppendLine("|---|---:|---:|---:|---:|");
        text.AppendLine(Row("instantiate(small)", "µs", 1, instantiate));
        text.AppendLine(Row("call add(i32,i32)", "ns", 1e6 / Calls, call1));
        text.AppendLine();
        text.AppendLine($"instantiate {Verdict(instantiate.Ratio)}; call {Verdict(call1.Ratio)}");
        return text.ToString();
    }

    // Many short batches: the median of many is steadier than of few on a noisy machine.
    private const int Calls = 200_000;

    /// <summary>
    /// The <c>--compare &lt;dir&gt; --call-only</c> mode: only the host→wasm call, for trying a change to the call path
    /// in seconds (the full comparison takes minutes).
    /// </summary>
    public static string RunCall(string wasmDir, string baselineDir, int runs)
    {
        Pair call = AlternateCalls(wasmDir, BaselineBuild.Load(baselineDir), runs);
        return "| micro-benchmark | now | before | now/before | fastest now/before |\n|---|---:|---:|---:|---:|\n"
            + Row("call add(i32,i32)", "ns", 1e6 / Calls, call) + "\n";
    }

    private static Pair AlternateCalls(string wasmDir, BaselineBuild before, int runs)
    {
        string smallPath = Path.Combine(wasmDir, "small.wasm");
        var small = SmallModule.Load(smallPath);
        (_, Func<int, int> callBefore) = before.LoadSmall(smallPath);
        return Alternate(() => small.CallAddMany(Calls), () => callBefore(Calls), runs * 11);
    }

    private readonly record struct Pair(double Now, double Before, double NowMin, double BeforeMin)
    {
        public double Ratio => Now / Before;

        public double MinRatio => NowMin / BeforeMin;
    }

    /// <summary>Warms both up, then times them in turn, swapping which goes first each round.</summary>
    /// <summary>
    /// The <c>--time-instantiate &lt;dir|self&gt;</c> child mode: the median microseconds of one instantiation of
    /// <c>small.wasm</c> by this build (<c>self</c>) or by the build in <c>dir</c>, in a process of its own.
    /// </summary>
    public static double TimeInstantiate(string wasmDir, string build, int runs)
    {
        string smallPath = Path.Combine(wasmDir, "small.wasm");
        Action<int> instantiate = build == "self"
            ? SmallModule.Load(smallPath).InstantiateMany
            : BaselineBuild.Load(build).LoadSmall(smallPath).InstantiateMany;
        const int batch = 2_000;
        return QuickTimer.MedianMs(() => instantiate(batch), runs) * 1e3 / batch;
    }

    private static Pair AlternateProcesses(string wasmDir, string baselineDir, int runs)
    {
        var now = new List<double>();
        var before = new List<double>();
        for (int i = 0; i < 3; i++)
        {
            now.Add(ChildInstantiate(wasmDir, "self", runs * 3));
            before.Add(ChildInstantiate(wasmDir, baselineDir, runs * 3));
        }
        return new Pair(QuickTimer.Median(now), QuickTimer.Median(before), now.Min(), before.Min());
    }

    private static double ChildInstantiate(string wasmDir, string build, int runs)
    {
        string self = Environment.ProcessPath ?? throw new InvalidOperationException("no process path");
        var psi = new ProcessStartInfo(self) { RedirectStandardOutput = true, UseShellExecute = false };
        // Started as `dotnet x.dll`, the child needs the assembly path first.
        if (Path.GetFileNameWithoutExtension(self) == "dotnet") psi.ArgumentList.Add(typeof(SideBySideRun).Assembly.Location);
        foreach (string arg in new[] { "--time-instantiate", build, "--wasm-dir", wasmDir, "--runs", runs.ToString(CultureInfo.InvariantCulture) })
            psi.ArgumentList.Add(arg);
        using Process child = Process.Start(psi) ?? throw new InvalidOperationException("cannot start " + self);
        string output = child.StandardOutput.ReadToEnd();
        child.WaitForExit();
        if (child.ExitCode != 0 || !double.TryParse(output.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out double us))
            throw new InvalidOperationException($"instantiate timing of {build} failed: {output.Trim()}");
        return us;
    }

    private static Pair Alternate(Action now, Action before, int runs)
    {
        var warm = Stopwatch.StartNew();
        for (int i = 0; i < 3 || warm.Elapsed.TotalMilliseconds < 600; i++) { now(); before(); }
        var a = new List<double>(runs);
        var b = new List<double>(runs);
        for (int i = 0; i < runs; i++)
        {
            if (i % 2 == 0) { a.Add(Time(now)); b.Add(Time(before)); }
            else { b.Add(Time(before)); a.Add(Time(now)); }
        }
        return new Pair(QuickTimer.Median(a), QuickTimer.Median(b), a.Min(), b.Min());
    }

    // Whether Time reads the thread's CPU time (--cpu) instead of the wall clock.
    private static bool s_cpuTime;

    private static double Time(Action action)
    {
        if (s_cpuTime)
        {
            double cpuStart = ThreadCpuClock.NowMs();
            action();
            return ThreadCpuClock.NowMs() - cpuStart;
        }
        long start = Stopwatch.GetTimestamp();
        action();
        return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }

    private static string Row(string name, string unit, double scale, Pair pair) =>
        $"| {name} | {Format(pair.Now * scale)} {unit} | {Format(pair.Before * scale)} {unit} | " +
        $"{pair.Ratio.ToString("0.000", CultureInfo.InvariantCulture)} | {pair.MinRatio.ToString("0.000", CultureInfo.InvariantCulture)} |";

    private static string Verdict(double ratio) => ratio <= Tolerance ? "within 5% of before" : "MORE than 5% slower than before";

    private static string Format(double value) => QuickRun.Format(value);
}
