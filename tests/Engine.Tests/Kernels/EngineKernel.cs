using System;
using System.Linq;
using System.Threading;
using WitSharp.Engine.Model;

namespace WitSharp.Engine.Tests.Kernels;

/// <summary>
/// A kernel module loaded (decoded and validated once) into our engine, ready to call exports with i32 arguments.
/// Shared by the real-code tests and the benchmarks (linked source).
/// </summary>
public sealed class EngineKernel
{
    // One engine per compilation mode (CompilationMode's values are 0, 1, 2).
    private static readonly WasmEngine[] s_engines =
    {
        new(new WasmEngineOptions { Compilation = CompilationMode.Interpreter }),
        new(new WasmEngineOptions { Compilation = CompilationMode.Tiered }),
        new(new WasmEngineOptions { Compilation = CompilationMode.Compiled }),
    };

    private readonly WasmModule _module;

    private EngineKernel(WasmModule module) => _module = module;

    /// <summary>Loads <paramref name="wasmPath"/> for the interpreter; throws <see cref="WasmException"/> when the engine rejects it.</summary>
    public static EngineKernel Load(string wasmPath) => Load(wasmPath, CompilationMode.Interpreter);

    /// <summary>Loads <paramref name="wasmPath"/> to run in <paramref name="mode"/>.</summary>
    public static EngineKernel Load(string wasmPath, CompilationMode mode) => new(s_engines[(int)mode].LoadModuleFile(wasmPath));

    /// <summary>
    /// Instantiates the module in a fresh store and returns a call of <paramref name="export"/> with <paramref name="args"/>
    /// that yields the boxed result (int, long, float or double; null for none). Calling it again reuses the instance.
    /// When <paramref name="interrupt"/> is signalled, a running call stops with a <see cref="TrapKind.Interrupted"/> trap.
    /// </summary>
    public Func<object?> Bind(string export, int[] args, CancellationToken interrupt = default)
    {
        WasmEngine engine = _module.Engine;
        var store = new WasmStore(engine) { InterruptToken = interrupt };
        WasmInstance instance = new WasmLinker(engine).Instantiate(store, _module);
        WasmFunction function = instance.GetFunction(export)
            ?? throw new InvalidOperationException($"the kernel module exports no function named '{export}'");
        WasmValue[] arguments = args.Select(WasmValue.I32).ToArray();
        return () => Box(function.Invoke(arguments));
    }

    /// <summary>
    /// One call in a fresh instance, as text comparable with V8's (see <see cref="KernelCall.FormatResult"/>);
    /// a trap reads <c>trap: &lt;message&gt;</c>. A call still running after <paramref name="timeout"/> is interrupted
    /// (a trap), so an engine bug that loops forever fails the test instead of hanging it.
    /// </summary>
    public static string Run(string wasmPath, KernelCall call, TimeSpan timeout, CompilationMode mode = CompilationMode.Interpreter) =>
        Run(s_engines[(int)mode], wasmPath, call, timeout);

    /// <summary>As <see cref="Run(string, KernelCall, TimeSpan, CompilationMode)"/>, in a module loaded by <paramref name="engine"/>.</summary>
    public static string Run(WasmEngine engine, string wasmPath, KernelCall call, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            return KernelCall.FormatResult(new EngineKernel(engine.LoadModuleFile(wasmPath)).Bind(call.Export, call.Args, deadline.Token)());
        }
        catch (WasmTrapException trap)
        {
            return $"trap: {trap.Message} ({trap.Kind})";
        }
    }

    private static object? Box(WasmValue[] results) => results.Length == 0 ? null : results[0].Type switch
    {
        ValType.I32 => results[0].AsI32(),
        ValType.I64 => results[0].AsI64(),
        ValType.F32 => results[0].AsF32(),
        ValType.F64 => results[0].AsF64(),
        _ => results[0].ToString(),
    };
}
