using System;
using System.IO;
using System.Linq;
using WitSharp.Engine.Tests.Kernels;

namespace WitSharp.Wasmtime.Benchmarks;

/// <summary>A kernel through the Wasmtime package's own .NET API, for context: what the seam adds (or saves) around the same code.</summary>
public static class DirectKernel
{
    /// <summary>Instantiates the kernel of <paramref name="call"/> in a fresh store and returns a call of its export.</summary>
    public static Func<object?> Bind(global::Wasmtime.Engine engine, string wasmDir, KernelCall call)
    {
        var module = global::Wasmtime.Module.FromFile(engine, Path.Combine(wasmDir, call.Kernel + ".wasm"));
        var store = new global::Wasmtime.Store(engine);
        global::Wasmtime.Instance instance = new global::Wasmtime.Linker(engine).Instantiate(store, module);
        global::Wasmtime.Function function = instance.GetFunction(call.Export) ?? throw new InvalidOperationException($"no export '{call.Export}'");
        global::Wasmtime.ValueBox[] arguments = call.Args.Select(a => (global::Wasmtime.ValueBox)a).ToArray();
        return () => function.Invoke(arguments);
    }
}
