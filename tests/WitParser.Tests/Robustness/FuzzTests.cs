using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Threading;
using WitSharp.Testing;
using Xunit.Abstractions;

namespace WitSharp.WitParser.Tests.Robustness;

/// <summary>
/// Seeded mutation fuzzing of the whole front end over the corpus: every input must come back as diagnostics
/// (never an exception) and within a second.
/// </summary>
public class FuzzTests
{
    // 20,000 inputs in CI; WITSHARP_FUZZ_INPUTS raises it for a longer local run.
    private const int DefaultInputs = 20_000;
    private const int Seed = 20261121;
    private static readonly TimeSpan s_perInputLimit = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan s_hangLimit = TimeSpan.FromSeconds(10);

    private sealed record Current(string Name, byte[] Bytes, long Started);

    private Current? _current;

    private readonly ITestOutputHelper _output;

    public FuzzTests(ITestOutputHelper output) => _output = output;

    [SkippableFact]
    public void Mutated_corpus_never_throws_or_stalls()
    {
        var seeds = FuzzCorpus.Load();
        Assert.True(seeds.Count > 100, $"the corpus is unexpectedly small ({seeds.Count} files)");
        int inputs = int.TryParse(Environment.GetEnvironmentVariable("WITSHARP_FUZZ_INPUTS"), out int n) && n > 0 ? n : DefaultInputs;

        var mutator = new Mutator(Seed);
        var picker = new Random(Seed);
        var failures = new List<string>();
        var kinds = new Dictionary<Mutator.Kind, int>();
        var stages = new Dictionary<FuzzPipeline.Outcome, int>();
        (double Ms, string Name) slowest = (0, "");
        // Warm up (JIT, first-use caches) on unmutated seeds so the per-input limit measures the front end, not startup.
        foreach (var seed in seeds.Take(50)) FuzzPipeline.Run(seed.Name, seed.Bytes, out _);
        var total = Stopwatch.StartNew();
        // The inputs run on a worker thread so that a hang is reported with its input instead of stalling the run.
        var worker = new Thread(() =>
        {
            for (int i = 0; i < inputs && failures.Count < 5; i++)
            {
                var seed = seeds[picker.Next(seeds.Count)];
                var other = seeds[picker.Next(seeds.Count)];
                var (kind, bytes) = mutator.Mutate(seed.Bytes, other.Bytes);
                kinds[kind] = kinds.TryGetValue(kind, out int c) ? c + 1 : 1;
                string name = $"#{i} {kind} of {seed.Name}";

                Volatile.Write(ref _current, new Current(name, bytes, Stopwatch.GetTimestamp()));
                var watch = Stopwatch.StartNew();
                Exception? error = FuzzPipeline.Run("fuzz.wit", bytes, out var stage);
                watch.Stop();
                stages[stage] = stages.TryGetValue(stage, out int s) ? s + 1 : 1;
                TimeSpan elapsed = error != null ? watch.Elapsed : SlowInputCheck.Confirm(watch.Elapsed, s_perInputLimit, () => FuzzPipeline.Run("fuzz.wit", bytes, out _));
                if (elapsed.TotalMilliseconds > slowest.Ms) slowest = (elapsed.TotalMilliseconds, name);
                if (error != null) failures.Add($"{name} threw {error.GetType().Name}: {error.Message}\n{Describe(bytes)}\n{error.StackTrace}");
                else if (elapsed > s_perInputLimit) failures.Add($"{name} took {elapsed.TotalMilliseconds:F0} ms\n{Describe(bytes)}");
            }
        }) { IsBackground = true, Name = "fuzz worker" };
        worker.Start();
        while (!worker.Join(200))
        {
            var current = Volatile.Read(ref _current);
            if (current != null && Stopwatch.GetElapsedTime(current.Started) > s_hangLimit)
            {
                Assert.Fail($"{current.Name} is still running after {s_hangLimit.TotalSeconds} s\n{Describe(current.Bytes)}");
            }
        }
        total.Stop();
        _output.WriteLine($"{inputs} inputs in {total.Elapsed.TotalSeconds:F1} s; slowest {slowest.Ms:F1} ms ({slowest.Name}); " +
                          string.Join(", ", kinds.OrderBy(k => k.Key).Select(k => $"{k.Key} {k.Value}")) + "; outcomes: " +
                          string.Join(", ", stages.OrderBy(k => k.Key).Select(k => $"{k.Key} {k.Value}")));
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    /// <summary>The failing input, as text when it is small enough to read and base64 always (to replay it).</summary>
    private static string Describe(byte[] bytes)
    {
        string base64 = bytes.Length <= 64 * 1024 ? Convert.ToBase64String(bytes) : "(too large for base64: " + bytes.Length + " bytes)";
        string text = Encoding.UTF8.GetString(bytes, 0, Math.Min(bytes.Length, 4000));
        return $"--- input ({bytes.Length} bytes) ---\n{text}\n--- base64 ---\n{base64}";
    }
}
