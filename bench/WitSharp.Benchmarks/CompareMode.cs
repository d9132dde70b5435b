using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using WitSharp.WitParser;

namespace WitSharp.Benchmarks;

/// <summary>
/// Stopwatch timing of parse+resolve (<see cref="WitLoader.LoadText"/>) over single-file inputs, with the same
/// method and output as bench/jco/bench-jco.mjs (warm-up runs, then the mean of N runs, one JSON line per input),
/// so bench/run-frontend.sh can put the two side by side.
/// </summary>
public static class CompareMode
{
    /// <summary>Runs <c>compare [--iterations N] [--warmup N] file:world …</c> (the world is only echoed back).</summary>
    public static int Run(string[] args)
    {
        int iterations = 20, warmup = 5;
        var inputs = new List<string>();
        for (int i = 1; i < args.Length; i++)
        {
            if (args[i] == "--iterations" && i + 1 < args.Length && int.TryParse(args[++i], out int n)) iterations = n;
            else if (args[i] == "--warmup" && i + 1 < args.Length && int.TryParse(args[++i], out int w)) warmup = w;
            else inputs.Add(args[i]);
        }
        if (inputs.Count == 0 || iterations <= 0 || warmup < 0)
        {
            Console.Error.WriteLine("usage: compare [--iterations N] [--warmup N] <file.wit>:<world> ...");
            return 2;
        }
        foreach (string spec in inputs)
        {
            int colon = spec.LastIndexOf(':');
            string file = colon > 0 ? spec.Substring(0, colon) : spec;
            string world = colon > 0 ? spec.Substring(colon + 1) : "";
            string text = File.ReadAllText(file);
            string? problem = CheckResolves(file, text);
            if (problem != null)
            {
                Console.Error.WriteLine($"compare: {file} does not resolve: {problem}");
                return 1;
            }
            // The given warm-up runs and at least a second of them: tiered compilation re-jits hot framework code
            // (collections, string search) only after a delay, so a few quick runs would time unoptimized code.
            var warming = Stopwatch.StartNew();
            for (int i = 0; i < warmup || warming.ElapsedMilliseconds < 1000; i++) WitLoader.LoadText(file, text);
            var times = new double[iterations];
            var pauseBefore = GC.GetTotalPauseDuration();
            int fullBefore = GC.CollectionCount(2);
            // Processor time, which the other processes of a busy machine inflate far less than elapsed time.
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            for (int i = 0; i < iterations; i++)
            {
                var watch = Stopwatch.StartNew();
                WitLoader.LoadText(file, text);
                times[i] = watch.Elapsed.TotalMilliseconds;
            }
            double gcPause = (GC.GetTotalPauseDuration() - pauseBefore).TotalMilliseconds / iterations;
            double fullGcs = (GC.CollectionCount(2) - fullBefore) / (double)iterations;
            double cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds / iterations;
            long bytes = Encoding.UTF8.GetByteCount(text);
            double mean = times.Average();
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture,
                "{{\"file\":\"{0}\",\"world\":\"{1}\",\"bytes\":{2},\"iterations\":{3},\"meanMs\":{4},\"minMs\":{5},\"mbPerSec\":{6},\"gcPauseMs\":{7},\"fullGcs\":{8},\"cpuMs\":{9}}}",
                file.Replace("\\", "\\\\").Replace("\"", "\\\""), world, bytes, iterations, mean, times.Min(), bytes / 1e6 / (mean / 1e3), gcPause, fullGcs, cpu));
        }
        return 0;
    }

    // A separate method, so the first result is not kept alive through the timed runs as a local of Run.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static string? CheckResolves(string file, string text)
    {
        var first = WitLoader.LoadText(file, text);
        return first.Success ? null : first.Diagnostics.FirstOrDefault()?.ToString() ?? "failed";
    }
}
