using System;
using System.IO;
using System.Threading;
using WitSharp.Engine.Components.Engines;
using WitSharp.Engine.Tests.Kernels;

namespace WitSharp.Wasmtime.Benchmarks;

/// <summary>
/// A kernel run through WitSharp's engine seam on <see cref="WasmtimeEngine"/>: compiled, instantiated in a store and
/// called with flat slots, exactly as the component runtime calls core functions.
/// </summary>
public static class SeamKernel
{
    /// <summary>
    /// Instantiates the kernel of <paramref name="call"/> in a fresh store and returns a call of its export. The store
    /// gets <paramref name="interruptToken"/> before instantiating, as a host that may stop the call would set it.
    /// </summary>
    public static Func<object?> Bind(CoreEngine engine, string wasmDir, KernelCall call, CancellationToken interruptToken = default)
    {
        CoreModule module = engine.Compile(File.ReadAllBytes(Path.Combine(wasmDir, call.Kernel + ".wasm")));
        CoreStore store = engine.CreateStore();
        store.InterruptToken = interruptToken;
        CoreInstance instance = store.Instantiate(module, []);
        var function = (CoreFunction?)instance.GetExport(call.Export, CoreExternKind.Function)
            ?? throw new InvalidOperationException($"{call.Kernel}.wasm has no export '{call.Export}'");
        var arguments = new ulong[call.Args.Length];
        for (int i = 0; i < arguments.Length; i++) arguments[i] = (uint)call.Args[i];
        var results = new ulong[1];
        return () =>
        {
            function.Invoke(arguments, results);
            // Each arm boxed on its own: a switch of int, long, float and double arms would widen them all to double.
            return call.Result switch
            {
                "i32" => (object)(int)(uint)results[0],
                "i64" => (object)(long)results[0],
                "f32" => (object)BitConverter.UInt32BitsToSingle((uint)results[0]),
                "f64" => (object)BitConverter.UInt64BitsToDouble(results[0]),
                _ => throw new InvalidOperationException("unknown result type " + call.Result),
            };
        };
    }
}
