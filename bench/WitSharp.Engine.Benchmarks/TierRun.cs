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
/// The CIL tier's part of <c>--quick</c>: every kernel with tiering on and with everything compiled, beside the
/// interpreter, Wasmtime (context) and V8; then how fast wasm compiles to CIL and how long a 10 MB module takes to its
/// first call.
/// </summary>
public static class TierRun
{
    /// <summary>The issue's goal for the geometric mean of tiered/V8 over the kernels.</summary>
    public const double TieredGoal = 2;

    private const double KernelBudgetMs = 30_000;

    /// <summary>
    /// Times the kernels in each tier; <paramref name="v8"/> holds V8's median per kernel (ms), <paramref name="v8Fastest"/>
    /// its fastest call, and <paramref name="interpreted"/> ours.
    /// </summary>
    public static string Run(string wasmDir, int runs, IReadOnlyDictionary<string, double?> v8, IReadOnlyDictionary<string, double?> v8Fastest,
        IReadOnlyDictionary<string, double?> interpreted)
    {
        var text = new StringBuilder();
        text.AppendLine("| kernel | interpreter (ms) | tiered (ms) | compiled (ms) | Wasmtime (ms) | V8 (ms) | tiered/V8 | compiled/V8 | Wasmtime/V8 | note |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        var tieredRatios = new List<double>();
        var compiledRatios = new List<double>();
        var wasmtimeRatios = new List<double>();
        // Fastest calls on both sides: on a busy machine the median is mostly time spent waiting for a core.
        var tieredFastest = new List<double>();
        var compiledFastest = new List<double>();
        foreach (KernelCall call in KernelCall.ReadAll(BenchInputs.KernelsJson))
        {
            string wasm = Path.Combine(wasmDir, call.Kernel + ".wasm");
            var notes = new List<string>();
            (double? tiered, double? tieredMin) = Time(() => EngineKernel.Load(wasm, CompilationMode.Tiered).Bind(call.Export, call.Args), runs, notes, "tiered");
            (double? compiled, double? compiledMin) = Time(() => EngineKernel.Load(wasm, CompilationMode.Compiled).Bind(call.Export, call.Args), runs, notes, "compiled");
            (double? wasmtime, _) = Time(() => WasmtimeKernel.Bind(wasm, call.Export, call.Args), runs, notes, "Wasmtime");
            double? theirs = v8.TryGetValue(call.Name, out double? t) ? t : null;
            double? theirsFastest = v8Fastest.TryGetValue(call.Name, out double? f) ? f : null;
            Ratio(tieredMin, theirsFastest, tieredFastest);
            Ratio(compiledMin, theirsFastest, compiledFastest);
            double? ours = interpreted.TryGetValue(call.Name, out double? i) ? i : null;
            text.AppendLine($"| {call} | {F(ours)} | {F(tiered)} | {F(compiled)} | {F(wasmtime)} | {F(theirs)} | {Ratio(tiered, theirs, tieredRatios)} | " +
                $"{Ratio(compiled, theirs, compiledRatios)} | {Ratio(wasmtime, theirs, wasmtimeRatios)} | {string.Join("; ", notes)} |");
        }
        double? tieredGeomean = Geomean(tieredRatios);
        string verdict = tieredGeomean is null ? "no kernel timed on both sides" : tieredGeomean <= TieredGoal ? "meets" : "misses";
        text.AppendLine();
        text.AppendLine($"geomean tiered/V8: {F(tieredGeomean, "0.00")}× ({verdict} the goal of ≤ {TieredGoal:0}× V8); " +
            $"compiled/V8: {F(Geomean(compiledRatios), "0.00")}×; Wasmtime/V8: {F(Geomean(wasmtimeRatios), "0.00")}×");
        text.AppendLine($"geomean of the fastest calls (less sensitive to a busy machine): tiered/V8 {F(Geomean(tieredFastest), "0.00")}×, " +
            $"compiled/V8 {F(Geomean(compiledFastest), "0.00")}×");
        text.AppendLine();
        text.Append(LargeModuleReport());
        return text.ToString();
    }

    /// <summary>Median and fastest ms of a kernel call after warm-up (the first calls let tiering compile the hot functions); null when it fails.</summary>
    private static (double? MedianMs, double? MinMs) Time(Func<Func<object?>> bind, int runs, List<string> notes, string what)
    {
        try
        {
            Func<object?> invoke = bind();
            long start = Stopwatch.GetTimestamp();
            invoke();
            double firstMs = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            int timedRuns = Math.Max(1, Math.Min(runs, (int)(KernelBudgetMs / Math.Max(firstMs, 1e-3))));
            double warmUpMs = firstMs * runs > KernelBudgetMs ? 0 : 300;
            (double median, double min) = QuickTimer.Measure(() => invoke(), timedRuns, warmUpMs);
            return (median, min);
        }
        catch (Exception e) // reported in the row; the other columns still run
        {
            notes.Add($"{what} FAILS: {e.GetType().Name}: {e.Message.Split('\n')[0]}");
            return (null, null);
        }
    }

    /// <summary>Compile speed (MB of wasm per second to CIL) and the time to the first call of a 10 MB module, per mode.</summary>
    private static string LargeModuleReport()
    {
        byte[] wasm = LargeModule.Build(10 * 1024 * 1024);
        double mb = wasm.Length / (1024.0 * 1024.0);
        var text = new StringBuilder();
        text.AppendLine($"| 10 MB module ({mb:0.0} MB, {LargeModule.FunctionCount(wasm.Length)} functions) | interpreter | tiered | compiled |");
        text.AppendLine("|---|---:|---:|---:|");
        var load = new Dictionary<CompilationMode, double>();
        var first = new Dictionary<CompilationMode, double>();
        foreach (CompilationMode mode in Enum.GetValues<CompilationMode>())
        {
            var engine = new WasmEngine(new WasmEngineOptions { Compilation = mode });
            long start = Stopwatch.GetTimestamp();
            WasmModule module = engine.LoadModule(wasm);
            // The interpreter's translation is lazy; translating everything here makes "compiled" minus "interpreter"
            // the time spent emitting CIL alone.
            if (mode == CompilationMode.Interpreter) module.Precompile();
            load[mode] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            start = Stopwatch.GetTimestamp();
            var engine2 = new WasmEngine(new WasmEngineOptions { Compilation = mode });
            WasmModule fresh = engine2.LoadModule(wasm);
            WasmInstance instance = new WasmLinker(engine2).Instantiate(new WasmStore(engine2), fresh);
            instance.GetFunction<int, int>(LargeModule.FirstExport).Invoke(1);
            first[mode] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }
        text.AppendLine($"| load (decode, validate{{, translate all, compile all}}) ms | {F(load[CompilationMode.Interpreter])} | {F(load[CompilationMode.Tiered])} | {F(load[CompilationMode.Compiled])} |");
        text.AppendLine($"| time to the first call (load, instantiate, call) ms | {F(first[CompilationMode.Interpreter])} | {F(first[CompilationMode.Tiered])} | {F(first[CompilationMode.Compiled])} |");
        double cilMs = load[CompilationMode.Compiled] - load[CompilationMode.Interpreter];
        text.AppendLine();
        text.AppendLine(cilMs > 0
            ? $"compile speed to CIL: {mb / (cilMs / 1000):0.0} MB of wasm per second (IL emission and delegates, {cilMs:0} ms; the JIT then compiles each method on its first call)"
            : "compile speed to CIL: not measurable (compiled load was not slower than the interpreter's)");
        return text.ToString();
    }

    private static string Ratio(double? ours, double? theirs, List<double> ratios)
    {
        if (ours is not > 0 || theirs is not > 0) return "—";
        double ratio = ours.Value / theirs.Value;
        ratios.Add(ratio);
        return ratio.ToString("0.00", CultureInfo.InvariantCulture) + "×";
    }

    private static double? Geomean(List<double> ratios) => ratios.Count == 0 ? null : Math.Exp(ratios.Average(Math.Log));

    private static string F(double? value, string format = "0.000") => value is null ? "—" : value.Value.ToString(format, CultureInfo.InvariantCulture);
}
