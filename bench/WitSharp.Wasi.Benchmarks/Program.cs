using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using WitSharp.Engine;
using WitSharp.Wasi;
using WasmtimeComponent = global::Wasmtime.Components.Component;
using WasmtimeLinker = global::Wasmtime.Components.ComponentLinker;

// Times one WASI command (a C program through jco's preview1 adapter) per run: instantiate with a fresh WASI context,
// call wasi:cli/run, drop everything; on WitSharp.Wasi and on Wasmtime.Components. Output goes nowhere on both sides
// (a null stream here, /dev/null there), so the figure is the host's cost, not the terminal's.
//   dotnet run -c Release --project bench/WitSharp.Wasi.Benchmarks -- --component hello.wasm [--runs 9]
//   ... -- --component hello.wasm --once witsharp|wasmtime     (one run in a fresh process, for run.sh's process times)
string? path = null, once = null;
int runs = 9;
for (int i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--component": path = args[++i]; break;
        case "--runs": runs = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture); break;
        case "--once": once = args[++i]; break;
        default: Console.Error.WriteLine($"unknown argument {args[i]}"); return 2;
    }
}
if (path is null)
{
    Console.Error.WriteLine("usage: --component <wasi command .wasm> [--runs N] [--once witsharp|wasmtime]");
    return 2;
}
byte[] bytes = File.ReadAllBytes(path);
string[] guestArgs = { "hello", "one", "two" };

var ours = WitSharp.Engine.Components.Component.FromBytes(new WasmEngine(), bytes);
var oursTiered = WitSharp.Engine.Components.Component.FromBytes(new WasmEngine(new WasmEngineOptions { Compilation = CompilationMode.Tiered }), bytes);
int RunOurs() => RunOn(ours);
int RunOn(WitSharp.Engine.Components.Component component)
{
    var configuration = new WasiConfiguration().Program(guestArgs[0]).Args(guestArgs[1], guestArgs[2]).Env("GREETING", "bench").Stdout(Stream.Null).Stderr(Stream.Null);
    return WasiCommand.Run(component, configuration).ExitCode;
}

var engine = new global::Wasmtime.Engine();
using var theirs = WasmtimeComponent.FromBytes(engine, bytes);
using var linker = new WasmtimeLinker(engine);
linker.AddWasiPreview2();
int RunWasmtime()
{
    using var store = new global::Wasmtime.Store(engine);
    store.SetWasiConfiguration(new global::Wasmtime.WasiConfiguration().WithArgs(guestArgs).WithEnvironmentVariable("GREETING", "bench")
        .WithStandardOutput("/dev/null").WithStandardError("/dev/null"));
    var instance = linker.Instantiate(store, theirs);
    var run = instance.GetFunction("wasi:cli/run@0.2.12", "run") ?? instance.GetFunction("wasi:cli/run@0.2.0", "run")
        ?? throw new InvalidOperationException("no wasi:cli/run export");
    return run.Call() is { IsOk: true } ? 0 : 1;
}

if (once is not null) return once == "wasmtime" ? RunWasmtime() : RunOurs();

if (RunOurs() != 0 || RunWasmtime() != 0) throw new InvalidOperationException("the command failed on one of the hosts");
double load = Median(() => WitSharp.Engine.Components.Component.FromBytes(new WasmEngine(), bytes), 5, runs);
double link = Median(() => new WitSharp.Engine.Components.ComponentLinker(ours.Engine).AddWasiAmbient(), 20, runs);
double prepare = Median(() =>
{
    var wasiLinker = new WitSharp.Engine.Components.ComponentLinker(ours.Engine);
    wasiLinker.AddWasiAmbient();
    wasiLinker.Prepare(ours);
}, 20, runs);
double oursRun = Median(() => RunOurs(), 20, runs);
double wasmtimeRun = Median(() => RunWasmtime(), 20, runs);
double tieredRun = Median(() => RunOn(oursTiered), 20, runs);
// What a run leaves to the collector: a grown linear memory is a new large-object-heap buffer, which brings full collections.
long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
int fullBefore = GC.CollectionCount(2);
for (int i = 0; i < 100; i++) RunOurs();
long allocatedPerRun = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / 100;
int fullCollections = GC.CollectionCount(2) - fullBefore;
Console.WriteLine($"WASI command {Path.GetFileName(path)} ({bytes.Length / 1024} KiB), median of {runs} batches:");
Console.WriteLine($"  WitSharp.Wasi        load (decode, validate, compile): {Format(load)}");
Console.WriteLine($"  WitSharp.Wasi        link all of WASI + prepare:       {Format(prepare)} (linking alone {Format(link)}; done once per component)");
Console.WriteLine($"  WitSharp.Wasi        instantiate + run + dispose:      {Format(oursRun)}");
Console.WriteLine($"  WitSharp.Wasi        the same, CompilationMode.Tiered: {Format(tieredRun)}");
Console.WriteLine($"  WitSharp.Wasi        allocated per run:                {allocatedPerRun / 1024.0:N0} KiB, {fullCollections} full collections per 100 runs");
Console.WriteLine($"  Wasmtime.Components  instantiate + run + dispose:      {Format(wasmtimeRun)}  (WitSharp / Wasmtime = {oursRun / wasmtimeRun:0.00}x)");
return 0;

static string Format(double ns) => ns >= 1e6 ? $"{ns / 1e6:0.00} ms" : $"{ns / 1e3:0.0} us";

// The median of `runs` batch means, after a second of warm-up (tiered JIT settled).
static double Median(Action action, int batch, int runs)
{
    var warm = Stopwatch.StartNew();
    while (warm.Elapsed.TotalMilliseconds < 1000) action();
    var means = new List<double>(runs);
    for (int r = 0; r < runs; r++)
    {
        long start = Stopwatch.GetTimestamp();
        for (int i = 0; i < batch; i++) action();
        means.Add(Stopwatch.GetElapsedTime(start).TotalNanoseconds / batch);
    }
    means.Sort();
    return means[means.Count / 2];
}
