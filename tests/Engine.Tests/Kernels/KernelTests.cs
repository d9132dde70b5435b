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
    public void Kernel_results_equal_V8(string kernel)
    {
        string wasm = Path.Combine(KernelReference.WasmDir(), kernel + ".wasm");
        var mismatches = new List<string>();
        foreach (KernelCall call in KernelCases.All.Where(c => c.Kernel == kernel))
        {
            string expected = KernelReference.V8Result(call);
            string actual = EngineKernel.Run(wasm, call, CallTimeout);
            // Trap messages differ between engines ("Maximum call stack size exceeded"); trapping is what must agree.
            if (Outcome(expected) != Outcome(actual)) mismatches.Add($"{call}: V8 {expected}, engine {actual}");
        }
        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
    }

    private static string Outcome(string result) => result.StartsWith("trap", System.StringComparison.Ordinal) ? "trap" : result;
}
