using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace WitSharp.Engine.Tests.Kernels;

/// <summary>
/// Real code in the engine: every C kernel (compiled by clang-19) returns exactly what Node's V8 returns for the same
/// module and arguments; calls that exhaust the call stack must trap in both.
/// </summary>
public sealed class KernelTests
{
    // Each call takes milliseconds; the limit only turns a hang into a failure.
    private static readonly System.TimeSpan CallTimeout = System.TimeSpan.FromSeconds(60);

    [SkippableTheory]
    [MemberData(nameof(KernelCases.Kernels), MemberType = typeof(KernelCases))]
    public void Kernel_results_equal_V8(string kernel) => ResultsEqualV8(kernel, CompilationMode.Interpreter);

    /// <summary>The same calls with every function compiled to CIL, and with tiering (which compiles the hot ones).</summary>
    [SkippableTheory]
    [MemberData(nameof(KernelCases.KernelsInCompiledTiers), MemberType = typeof(KernelCases))]
    public void Kernel_results_equal_V8_on_the_CIL_tier(string kernel, CompilationMode mode) => ResultsEqualV8(kernel, mode);

    /// <summary>
    /// Tiering under stress (a poll every 3 work units, compiling at the first sample): the kernels' loops move from
    /// the interpreter to CIL in the middle of their calls (on-stack replacement), callers interpreted, callees compiled.
    /// </summary>
    [SkippableTheory]
    [MemberData(nameof(KernelCases.Kernels), MemberType = typeof(KernelCases))]
    public void Kernel_results_equal_V8_when_loops_tier_up_mid_call(string kernel) =>
        ResultsEqualV8(kernel, new WasmEngine(new WasmEngineOptions { Compilation = CompilationMode.Tiered, StressPollInterval = 3 }));

    private static void ResultsEqualV8(string kernel, CompilationMode mode) => ResultsEqualV8(kernel, new WasmEngine(new WasmEngineOptions { Compilation = mode }));

    private static void ResultsEqualV8(string kernel, WasmEngine engine)
    {
        string wasm = Path.Combine(KernelReference.WasmDir(), kernel + ".wasm");
        var mismatches = new List<string>();
        foreach (KernelCall call in KernelCases.All.Where(c => c.Kernel == kernel))
        {
            string expected = KernelReference.V8Result(call);
            string actual = EngineKernel.Run(engine, wasm, call, CallTimeout);
            // Trap messages differ between engines ("Maximum call stack size exceeded"); trapping is what must agree.
            if (Outcome(expected) != Outcome(actual)) mismatches.Add($"{call}: V8 {expected}, engine {actual}");
        }
        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
    }

    private static string Outcome(string result) => result.StartsWith("trap", System.StringComparison.Ordinal) ? "trap" : result;
}
