using System;
using System.Globalization;
using System.Text;
using WitSharp.Engine.Benchmarks;

namespace WitSharp.Runtime.Benchmarks;

/// <summary>
/// The <c>--quick</c> mode: cold generation first (it must be the process's first work), then each ABI round trip
/// beside its limit measured in the same run on the same data, then the warm generator re-run; prints a Markdown table.
/// </summary>
public static class QuickRun
{
    /// <summary>Runs everything with <paramref name="runs"/> measured runs per case and returns the table.</summary>
    public static string Run(int runs)
    {
        var cold = GeneratorTiming.Cold();
        var w = new AbiWorkloads();
        var table = new StringBuilder();
        table.AppendLine("| Case | Path | Median | Limit | Ratio | Per element | Goal |");
        table.AppendLine("|---|---|---:|---:|---:|---:|---|");
        Pair(table, "1 MiB ASCII string, lower+lift", "StringCodec", () => w.StringRoundTrip(w.Ascii), () => w.StringLimit(w.Ascii), runs);
        Pair(table, "1 MiB non-ASCII string, lower+lift", "StringCodec", () => w.StringRoundTrip(w.NonAscii), () => w.StringLimit(w.NonAscii), runs);
        Pair(table, "1 MiB list<u8>, echo export call", "generated binding (ListCodec, new array)", () => w.GeneratedBytesRoundTrip(), () => w.BytesLimit(), runs);
        Pair(table, "1 MiB list<u8>, echo export call, limit with a new result array", "generated binding (ListCodec, new array)", () => w.GeneratedBytesRoundTrip(), () => w.BytesFreshArrayLimit(), runs);
        Pair(table, "1 MiB list<u8>, echo export call into a reused IBufferWriter", "generated binding (ListCodec, IBufferWriter overload)", () => w.GeneratedBytesIntoWriterRoundTrip(), () => w.BytesLimit(), runs);
        Pair(table, "1 MiB list<u8>, lower+lift into a reused buffer", "ListCodec.Lower + ListCodec.LiftInto", () => w.BytesIntoBufferRoundTrip(), () => w.BytesLimit(), runs);
        Elements(table, "10k list<record{name: string, id: u32}>, echo export call", Generated, () => w.GeneratedRecordsRoundTrip(), runs, goalNs: 50);
        Elements(table, "10k short strings (the records' names) alone, store+lift", "StringCodec.StoreIntoRange + Lift", () => w.ShortStringsRoundTrip(), runs, goalNs: null);
        Elements(table, "10k list<record{name: string, id: u32}>, store+load", Dynamic, () => w.RecordsRoundTrip(), runs, goalNs: null);
        Elements(table, "10k list<variant{a(u32), b(string), c}>, echo export call", Generated, () => w.GeneratedVariantsRoundTrip(), runs, goalNs: null);
        Elements(table, "10k list<variant{a(u32), b(string), c}>, store+load", Dynamic, () => w.VariantsRoundTrip(), runs, goalNs: null);
        Row(table, "cold wasi:http/proxy load (parse+resolve)", "WitLoader.LoadPath", cold.LoadMs, "-", "-", "-", "-");
        Row(table, $"cold wasi:http/proxy generation ({cold.Files} files)", "CSharpBindingsGenerator.Generate", cold.GenerateMs, "-", "-", "-", Goal(cold.GenerateMs <= 100, "≤ 100 ms"));
        Row(table, "cold wasi:http/proxy load+generate, first call of a fresh process", "WitLoader.LoadPath + Generate", cold.TotalMs, "-", "-", "-", "-");
        double warm = GeneratorTiming.WarmRerunMs(runs * 4);
        Row(table, "warm generator re-run after a C# edit", "GeneratorDriver.RunGenerators", warm, "-", "-", "-", Goal(warm <= 1, "≤ 1 ms"));
        return table.ToString();
    }

    private static void Pair(StringBuilder table, string name, string path, Func<int> work, Func<int> limit, int runs)
    {
        double workMs = QuickTimer.MedianMs(() => work(), runs, WarmUpMs);
        double limitMs = QuickTimer.MedianMs(() => limit(), runs, WarmUpMs);
        double ratio = workMs / limitMs;
        Row(table, name, path, workMs, Ms(limitMs), ratio.ToString("0.00", CultureInfo.InvariantCulture) + "×", "-", Goal(ratio <= 1.5, "≤ 1.5×"));
    }

    // Long enough for tiered compilation to finish promoting what the cold generation left queued.
    private const double WarmUpMs = 1000;

    private const string Generated = "generated binding (typed codecs)";
    private const string Dynamic = "CanonicalAbi.StoreListIntoRange + LoadListFromRange (dynamic)";

    private static void Elements(StringBuilder table, string name, string path, Func<int> work, int runs, double? goalNs)
    {
        double ms = QuickTimer.MedianMs(() => work(), runs, WarmUpMs);
        double ns = ms * 1e6 / AbiWorkloads.ListElements;
        string goal = goalNs is double g ? Goal(ns <= g, $"≤ {g:0} ns/element") : "-";
        Row(table, name, path, ms, "-", "-", ns.ToString("0", CultureInfo.InvariantCulture) + " ns", goal);
    }

    private static void Row(StringBuilder table, string name, string path, double ms, string limit, string ratio, string perElement, string goal) =>
        table.AppendLine($"| {name} | {path} | {Ms(ms)} | {limit} | {ratio} | {perElement} | {goal} |");

    private static string Goal(bool met, string goal) => (met ? "met " : "NOT met ") + goal;

    private static string Ms(double ms) => ms.ToString(ms < 1 ? "0.000" : "0.00", CultureInfo.InvariantCulture) + " ms";
}
