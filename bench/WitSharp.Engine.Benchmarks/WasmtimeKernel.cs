using System;
using System.Linq;


namespace WitSharp.Engine.Benchmarks;

/// <summary>A kernel module in Wasmtime (through its NuGet package), for context beside our engine and V8.</summary>
public static class WasmtimeKernel
{
    /// <summary>Instantiates <paramref name="wasmPath"/> in a fresh Wasmtime store and returns a call of <paramref name="export"/>.</summary>
    public static Func<object?> Bind(string wasmPath, string export, int[] args)
    {
        var engine = new Wasmtime.Engine();
        var module = Wasmtime.Module.FromFile(engine, wasmPath);
        var store = new Wasmtime.Store(engine);
        Wasmtime.Instance instance = new Wasmtime.Linker(engine).Instantiate(store, module);
        Wasmtime.Function function = instance.GetFunction(export) ?? throw new InvalidOperationException($"no export '{export}'");
        Wasmtime.ValueBox[] arguments = args.Select(a => (Wasmtime.ValueBox)a).ToArray();
        return () => function.Invoke(arguments);
    }
}
