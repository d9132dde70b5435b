using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text;
using WitSharp.WitParser;
using WitSharp.WitParser.Lexing;
using WitSharp.WitParser.Parsing;
using WitSharp.WitParser.Text;

namespace WitSharp.Benchmarks;

/// <summary>
/// A quick per-phase profile of the front end on one file: the minimum time of lex, lex+parse and
/// lex+parse+resolve over N runs (the minimum resists the load of a shared machine) and the bytes each allocates.
/// Resolve alone is the difference of the last two.
/// </summary>
public static class PhasesMode
{
    /// <summary>Runs <c>phases [--iterations N] file.wit …</c>.</summary>
    public static int Run(string[] args)
    {
        int iterations = 20;
        int first = 1;
        if (args.Length > 2 && args[1] == "--iterations" && int.TryParse(args[2], out int n) && n > 0)
        {
            iterations = n;
            first = 3;
        }
        if (first >= args.Length)
        {
            Console.Error.WriteLine("usage: phases [--iterations N] <file.wit> ...");
            return 2;
        }
        Console.WriteLine("file | bytes | lex ms (MB/s) | lex+parse ms (MB/s) | +resolve ms | resolve/parse | alloc lex/parse/load MB | GC pause per run lex/parse/load ms | full GCs per run | processor ms per run lex/parse/load");
        for (int f = first; f < args.Length; f++)
        {
            string text = File.ReadAllText(args[f]);
            var source = new SourceText(args[f], text);
            double mb = Encoding.UTF8.GetByteCount(text) / 1e6;
            var lex = Measure(iterations, () => WitLexer.Lex(source));
            var parse = Measure(iterations, () => WitSyntaxTree.Parse(source));
            var load = Measure(iterations, () => WitLoader.LoadText(args[f], text));
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture,
                "{0} | {1:N0} | {2:F3} ({3:F0}) | {4:F3} ({5:F0}) | {6:F3} | {7:F2} | {8:F2}/{9:F2}/{10:F2} | {11:F2}/{12:F2}/{13:F2} | {14:F2}/{15:F2}/{16:F2} | {17:F2}/{18:F2}/{19:F2}",
                Path.GetFileName(args[f]), mb * 1e6, lex.MinMs, mb / lex.MinMs * 1e3, parse.MinMs, mb / parse.MinMs * 1e3,
                load.MinMs, (load.MinMs - parse.MinMs) / parse.MinMs, lex.Bytes / 1e6, parse.Bytes / 1e6, load.Bytes / 1e6,
                lex.GcMs, parse.GcMs, load.GcMs, lex.FullGcs, parse.FullGcs, load.FullGcs, lex.CpuMs, parse.CpuMs, load.CpuMs));
        }
        return 0;
    }

    private static (double MinMs, long Bytes, double GcMs, double FullGcs, double CpuMs) Measure(int iterations, Func<object> work)
    {
        // Half a second of warm-up: tiered compilation re-jits hot framework code only after a delay.
        var warming = Stopwatch.StartNew();
        do work(); while (warming.ElapsedMilliseconds < 500);
        long before = GC.GetTotalAllocatedBytes(true);
        work();
        long bytes = GC.GetTotalAllocatedBytes(true) - before;
        double min = double.MaxValue;
        var pausedBefore = GC.GetTotalPauseDuration();
        int fullBefore = GC.CollectionCount(2);
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        for (int i = 0; i < iterations; i++)
        {
            var watch = Stopwatch.StartNew();
            work();
            min = Math.Min(min, watch.Elapsed.TotalMilliseconds);
        }
        double cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds / iterations;
        return (min, bytes, (GC.GetTotalPauseDuration() - pausedBefore).TotalMilliseconds / iterations,
            (GC.CollectionCount(2) - fullBefore) / (double)iterations, cpu);
    }
}
