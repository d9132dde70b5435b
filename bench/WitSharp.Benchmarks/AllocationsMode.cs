using System;
using System.Collections.Generic;
using System.Diagnostics.Tracing;
using System.IO;
using System.Linq;
using WitSharp.WitParser;
using WitSharp.WitParser.Lexing;
using WitSharp.WitParser.Parsing;
using WitSharp.WitParser.Text;

namespace WitSharp.Benchmarks;

/// <summary>
/// Which types a phase allocates: the runtime's allocation-tick events (one sample per ~100 KB allocated,
/// naming the type that crossed the threshold), summed per type for lex, parse and load of one file.
/// Sampled, so the figures are estimates; enough to see where the bytes go.
/// </summary>
public static class AllocationsMode
{
    /// <summary>Runs <c>allocations file.wit</c>.</summary>
    public static int Run(string[] args)
    {
        if (args.Length < 2)
        {
            Console.Error.WriteLine("usage: allocations <file.wit>");
            return 2;
        }
        string text = File.ReadAllText(args[1]);
        var source = new SourceText(args[1], text);
        Sample("lex", () => WitLexer.Lex(source));
        Sample("parse", () => WitSyntaxTree.Parse(source));
        Sample("load", () => WitLoader.LoadText(args[1], text));
        return 0;
    }

    private static readonly int Runs = int.TryParse(Environment.GetEnvironmentVariable("RUNS"), out int runs) ? runs : 1;

    private static void Sample(string phase, Func<object> work)
    {
        // What the result keeps alive: the heap after a full collection with and without it.
        long heapBefore = GC.GetTotalMemory(true);
        var kept = work();
        long retained = GC.GetTotalMemory(true) - heapBefore;
        GC.KeepAlive(kept);
        kept = null;
        int gen0 = GC.CollectionCount(0), gen1 = GC.CollectionCount(1), gen2 = GC.CollectionCount(2);
        var paused = GC.GetTotalPauseDuration();
        using var listener = new AllocationTickListener();
        for (int i = 0; i < Runs; i++) GC.KeepAlive(work());
        // Runtime events reach an in-process listener asynchronously.
        System.Threading.Thread.Sleep(1500);
        // Counts include the collections of older generations (a gen1 collection also collects gen0).
        Console.WriteLine($"{phase}: sampled {listener.Total / 1e6:F1} MB; collections gen0/1/2: {GC.CollectionCount(0) - gen0}/"
            + $"{GC.CollectionCount(1) - gen1}/{GC.CollectionCount(2) - gen2}, paused {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds:F0} ms; "
            + $"the result retains {retained / 1e6:F1} MB; GC starts (generation/reason): "
            + string.Join(", ", listener.Starts.OrderBy(p => p.Key).Select(p => $"{p.Key} x{p.Value}")));
        foreach (var (type, bytes) in listener.ByType.OrderByDescending(p => p.Value).Take(int.TryParse(Environment.GetEnvironmentVariable("TOP"), out int top) ? top : 15))
            Console.WriteLine($"  {bytes / 1e6,8:F1} MB  {type}");
    }

    private sealed class AllocationTickListener : EventListener
    {
        public Dictionary<string, long> ByType { get; } = new Dictionary<string, long>();

        public long Total { get; private set; }

        public Dictionary<string, int> Starts { get; } = new Dictionary<string, int>();

        protected override void OnEventSourceCreated(EventSource source)
        {
            // The runtime provider, GC keyword, verbose level: GCAllocationTick_V4 events.
            if (source.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1);
        }

        protected override void OnEventWritten(EventWrittenEventArgs e)
        {
            if (e.EventName == null || e.Payload == null) return;
            if (e.EventName.StartsWith("GCStart", StringComparison.Ordinal))
            {
                // The runtime's reasons: 0 small-object budget, 4 large-object budget, 1 induced.
                string key = $"gen{e.Payload[e.PayloadNames!.IndexOf("Depth")]}/reason {e.Payload[e.PayloadNames.IndexOf("Reason")]}";
                lock (Starts) Starts[key] = Starts.TryGetValue(key, out int n) ? n + 1 : 1;
                return;
            }
            if (!e.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal)) return;
            int amountIndex = e.PayloadNames!.IndexOf("AllocationAmount64");
            int typeIndex = e.PayloadNames.IndexOf("TypeName");
            if (amountIndex < 0 || typeIndex < 0) return;
            long amount = Convert.ToInt64(e.Payload[amountIndex]);
            string type = e.Payload[typeIndex] as string ?? "?";
            // Allocation kind 1: the large-object heap, whose budget triggers full collections.
            int kindIndex = e.PayloadNames.IndexOf("AllocationKind");
            if (kindIndex >= 0 && Convert.ToInt32(e.Payload[kindIndex]) == 1) type = "(large) " + type;
            lock (ByType)
            {
                ByType[type] = ByType.TryGetValue(type, out long sum) ? sum + amount : amount;
                Total += amount;
            }
        }
    }
}
