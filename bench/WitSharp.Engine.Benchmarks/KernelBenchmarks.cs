using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using WitSharp.Engine.Tests.Kernels;

namespace WitSharp.Engine.Benchmarks;

/// <summary>BenchmarkDotNet form of the kernel timings: one case per entry of <c>bench/engine/kernels.json</c>.</summary>
[MemoryDiagnoser]
public class KernelBenchmarks
{
    private Func<object?> _invoke = () => null;

    /// <summary>The benchmark names of kernels.json.</summary>
    public static IEnumerable<string> Names() => KernelCall.ReadAll(BenchInputs.KernelsJson).Select(c => c.Name);

    /// <summary>The kernel call this case times.</summary>
    [ParamsSource(nameof(Names))]
    public string Kernel { get; set; } = "";

    /// <summary>Decodes, validates and instantiates the kernel's module once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        KernelCall call = KernelCall.ReadAll(BenchInputs.KernelsJson).Single(c => c.Name == Kernel);
        _invoke = EngineKernel.Load(Path.Combine(BenchInputs.WasmDir(), call.Kernel + ".wasm")).Bind(call.Export, call.Args);
    }

    /// <summary>One call of the kernel's export.</summary>
    [Benchmark]
    public object? Call() => _invoke();
}
