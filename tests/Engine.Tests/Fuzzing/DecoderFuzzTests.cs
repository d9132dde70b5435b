using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using WitSharp.Engine.Binary;
using WitSharp.Testing;
using WitSharp.Engine.Tests.Spec;
using WitSharp.Engine.Validation;
using Xunit.Abstractions;

namespace WitSharp.Engine.Tests.Fuzzing;

/// <summary>
/// Mutation fuzzing of decode + validate over the spec suite's module binaries: whatever the bytes, only
/// <see cref="WasmException"/> may escape, and no input may take over a second (timed again when it does: see
/// <see cref="SlowInputCheck"/>). Seeded, so failures reproduce;
/// failing inputs are written to the temp folder.
/// </summary>
public sealed class DecoderFuzzTests
{
    private const int Cases = 200_000;
    private const int Seed = 20261121;
    private static readonly TimeSpan PerInputLimit = TimeSpan.FromSeconds(1);

    private readonly ITestOutputHelper _output;

    public DecoderFuzzTests(ITestOutputHelper output)
    {
        _output = output;
    }

    [SkippableFact]
    public void MutatedModulesOnlyRaiseWasmExceptionsAndFinishQuickly()
    {
        byte[][] corpus = SpecSuite.LoadAll()
            .SelectMany(s => s.Commands)
            .Where(c => c.Type == WastCommandType.Module && c.ModulePath != null)
            .Select(c => File.ReadAllBytes(c.ModulePath!))
            .Where(b => b.Length > 8)
            .ToArray();
        Assert.True(corpus.Length > 500, $"corpus has only {corpus.Length} modules");

        var failures = new ConcurrentBag<string>();
        int accepted = 0, decodeErrors = 0, validationErrors = 0;
        long slowestTicks = 0;
        const int Chunks = 64;
        var total = Stopwatch.StartNew();
        Parallel.For(0, Chunks, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, chunk =>
        {
            var random = new Random(Seed + chunk);
            var watch = new Stopwatch();
            for (int i = chunk; i < Cases; i += Chunks)
            {
                byte[] input = BinaryMutator.Mutate(corpus[random.Next(corpus.Length)], corpus[random.Next(corpus.Length)], random);
                watch.Restart();
                try
                {
                    ModuleValidator.Validate(ModuleDecoder.Decode(input));
                    System.Threading.Interlocked.Increment(ref accepted);
                }
                catch (WasmDecodeException)
                {
                    System.Threading.Interlocked.Increment(ref decodeErrors);
                }
                catch (WasmValidationException)
                {
                    System.Threading.Interlocked.Increment(ref validationErrors);
                }
                catch (Exception e)
                {
                    failures.Add($"case {i}: {e.GetType().Name}: {e.Message} (input saved to {Save(input, i)})\n{e.StackTrace}");
                }
                watch.Stop();
                TimeSpan elapsed = SlowInputCheck.Confirm(watch.Elapsed, PerInputLimit, () => ModuleValidator.Validate(ModuleDecoder.Decode(input)));
                if (elapsed > PerInputLimit) failures.Add($"case {i}: took {elapsed.TotalSeconds:F2} s (input saved to {Save(input, i)})");
                InterlockedMax(ref slowestTicks, elapsed.Ticks);
            }
        });
        total.Stop();
        _output.WriteLine($"{Cases} mutated inputs from {corpus.Length} modules in {total.Elapsed.TotalSeconds:F1} s: " +
            $"{accepted} accepted, {decodeErrors} malformed, {validationErrors} invalid; slowest {TimeSpan.FromTicks(slowestTicks).TotalMilliseconds:F1} ms");
        List<string> list = failures.ToList();
        foreach (string failure in list.Take(20)) _output.WriteLine(failure);
        Assert.True(list.Count == 0, $"{list.Count} failures; first: {list.FirstOrDefault()}");
        Assert.Equal(Cases, accepted + decodeErrors + validationErrors);
        Assert.True(decodeErrors > 0 && validationErrors > 0, "mutations should produce both malformed and invalid modules");
    }

    private static string Save(byte[] input, int index)
    {
        string path = Path.Combine(Path.GetTempPath(), $"witsharp-fuzz-{Seed}-{index}.wasm");
        File.WriteAllBytes(path, input);
        return path;
    }

    private static void InterlockedMax(ref long target, long value)
    {
        long current;
        while (value > (current = System.Threading.Interlocked.Read(ref target)))
        {
            if (System.Threading.Interlocked.CompareExchange(ref target, value, current) == current) break;
        }
    }
}
