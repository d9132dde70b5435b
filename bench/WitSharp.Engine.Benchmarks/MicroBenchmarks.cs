using System.IO;
using BenchmarkDotNet.Attributes;

namespace WitSharp.Engine.Benchmarks;

/// <summary>Instantiating the small module (goal ≤ 5 µs) and one host→wasm call of a trivial i32 function (goal ≤ 50 ns).</summary>
[MemoryDiagnoser]
public class MicroBenchmarks
{
    private const int CallsPerInvoke = 1_000;
    private SmallModule? _small;

    /// <summary>Decodes and validates <c>small.wasm</c> once and instantiates it for the call benchmark.</summary>
    [GlobalSetup]
    public void Setup() => _small = SmallModule.Load(Path.Combine(BenchInputs.WasmDir(), "small.wasm"));

    /// <summary>One instantiation: memory, data segment, globals, ten functions' instances.</summary>
    [Benchmark]
    public void Instantiate() => _small!.InstantiateMany(1);

    /// <summary>One typed host→wasm call of <c>add(i32, i32) -> i32</c>.</summary>
    [Benchmark(OperationsPerInvoke = CallsPerInvoke)]
    public int CallAdd() => _small!.CallAddMany(CallsPerInvoke);
}
