using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Xunit.Abstractions;

namespace WitSharp.Engine.Tests.Differential;

/// <summary>
/// Differential fuzzing: random valid modules (<see cref="ModuleGenerator"/>) run on our engine and on Wasmtime
/// 50.0.1, which must agree on validation, every export call's results or trap kind, and the final memory, globals
/// and tables. <c>WITSHARP_FUZZ_MODULES</c> and <c>WITSHARP_FUZZ_SEED</c> set the count (10,000 by default) and seed;
/// <c>WITSHARP_FUZZ_FIRST</c> the first module index, so that <c>WITSHARP_FUZZ_FIRST=i WITSHARP_FUZZ_MODULES=1</c>
/// reruns the one module a failure names.
/// </summary>
public sealed class DifferentialFuzzTests
{
    private const int DefaultModules = 10_000;
    private const ulong DefaultSeed = 20261204;
    private const int MaxReported = 5;

    private readonly ITestOutputHelper _output;

    public DifferentialFuzzTests(ITestOutputHelper output)
    {
        _output = output;
    }

    /// <summary>
    /// The interpreter, every function compiled to CIL (the CIL tier must agree with Wasmtime just as well), and
    /// tiering under stress (<paramref name="stressPollInterval"/> work units between polls, compiling at the first
    /// sample), where loops move from the interpreter to CIL in the middle of calls.
    /// </summary>
    [SkippableTheory]
    [InlineData(CompilationMode.Interpreter, 0)]
    [InlineData(CompilationMode.Compiled, 0)]
    [InlineData(CompilationMode.Tiered, 3)]
    public void GeneratedModulesAgreeWithWasmtime(CompilationMode mode, int stressPollInterval)
    {
        int modules = int.TryParse(Environment.GetEnvironmentVariable("WITSHARP_FUZZ_MODULES"), out int m) && m > 0 ? m : DefaultModules;
        ulong seed = ulong.TryParse(Environment.GetEnvironmentVariable("WITSHARP_FUZZ_SEED"), out ulong s) ? s : DefaultSeed;
        int first = int.TryParse(Environment.GetEnvironmentVariable("WITSHARP_FUZZ_FIRST"), out int f) && f >= 0 ? f : 0;
        Skip.IfNot(WasmtimeAvailable(out string why), "Wasmtime's native library could not be loaded: " + why);

        var failures = new ConcurrentQueue<string>();
        var traps = new ConcurrentDictionary<string, int>();
        int agreed = 0, calls = 0;
        long generateTicks = 0, oursTicks = 0, theirsTicks = 0;
        var watch = Stopwatch.StartNew();
        TimeSpan cpu = Process.GetCurrentProcess().TotalProcessorTime;
        int workers = Math.Max(1, Environment.ProcessorCount);
        Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, worker =>
        {
            var ours = new WitSharpRunner(mode, stressPollInterval);
            using var theirs = new WasmtimeRunner();
            for (int index = first + worker; index < first + modules; index += workers)
            {
                if (failures.Count >= MaxReported) return;
                long start = Stopwatch.GetTimestamp();
                ModuleShape shape = ModuleGenerator.Generate(FuzzRandom.ForModule(seed, index));
                byte[] bytes = ModuleEncoder.Encode(shape);
                string? difference;
                Outcome a, b;
                try
                {
                    long generated = Stopwatch.GetTimestamp();
                    a = ours.Run(bytes, shape);
                    long ran = Stopwatch.GetTimestamp();
                    b = theirs.Run(bytes, shape);
                    Interlocked.Add(ref generateTicks, generated - start);
                    Interlocked.Add(ref oursTicks, ran - generated);
                    Interlocked.Add(ref theirsTicks, Stopwatch.GetTimestamp() - ran);
                    difference = Outcome.FirstDifference(a, b);
                }
                catch (Exception e)
                {
                    failures.Enqueue(Report(seed, index, bytes, $"{e.GetType().Name}: {e.Message}\n{e.StackTrace}"));
                    continue;
                }
                if (difference != null)
                {
                    failures.Enqueue(Report(seed, index, bytes, difference + "\nWitSharp:\n  " + string.Join("\n  ", a.Lines) + "\nWasmtime:\n  " + string.Join("\n  ", b.Lines)));
                    continue;
                }
                Interlocked.Increment(ref agreed);
                Interlocked.Add(ref calls, shape.Calls.Count);
                foreach (string line in a.Lines.Where(l => l.Contains("trap ", StringComparison.Ordinal)))
                {
                    traps.AddOrUpdate(line[(line.IndexOf("trap ", StringComparison.Ordinal) + 5)..], 1, (_, n) => n + 1);
                }
            }
        });
        watch.Stop();
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        string summary = $"differential ({mode}{(stressPollInterval > 0 ? ", stressed" : "")}): {agreed}/{modules} modules agree with Wasmtime 50.0.1 (seed {seed}, {calls} export calls, {watch.Elapsed.TotalSeconds:F1} s, {cpu.TotalSeconds:F1} s of CPU)";
        _output.WriteLine(summary);
        Console.WriteLine(summary);
        _output.WriteLine($"time per worker (s): generating {Seconds(generateTicks, workers):F1}, WitSharp {Seconds(oursTicks, workers):F1}, Wasmtime {Seconds(theirsTicks, workers):F1}");
        _output.WriteLine("traps seen: " + string.Join(", ", traps.OrderByDescending(p => p.Value).Select(p => $"{p.Key} {p.Value}")));
        Assert.True(failures.IsEmpty, summary + "\n\n" + string.Join("\n\n", failures));
        Assert.Equal(modules, agreed);
    }

    private static double Seconds(long ticks, int workers) => ticks / (double)Stopwatch.Frequency / workers;

    private static string Report(ulong seed, int index, byte[] bytes, string what)
    {
        string path = Path.Combine(Path.GetTempPath(), string.Create(CultureInfo.InvariantCulture, $"witsharp-differential-{seed}-{index}.wasm"));
        File.WriteAllBytes(path, bytes);
        return $"module {index} of seed {seed} (saved to {path}; wasm2wat shows it; rerun with WITSHARP_FUZZ_SEED={seed} " +
            $"WITSHARP_FUZZ_FIRST={index} WITSHARP_FUZZ_MODULES=1 dotnet test tests/Engine.Tests -c Release --filter Differential): {what}";
    }

    private static bool WasmtimeAvailable(out string why)
    {
        try
        {
            using var engine = new Wasmtime.Engine();
            why = "";
            return true;
        }
        catch (Exception e) when (e is DllNotFoundException or BadImageFormatException or TypeInitializationException)
        {
            why = e.Message;
            return false;
        }
    }
}
