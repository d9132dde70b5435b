using System.Collections.Generic;
using System.Linq;
using WitSharp.Testing;

namespace WitSharp.Engine.Tests.Kernels;

/// <summary>
/// The kernels built with clang-19 and V8's results for <see cref="KernelCases.All"/>, computed once per test run
/// (one clang build, one node process). Skips the calling test when clang-19 or node is missing.
/// </summary>
public static class KernelReference
{
    private static readonly object s_lock = new();
    private static string? s_wasmDir;
    private static Dictionary<KernelCall, string>? s_v8Results;

    /// <summary>The folder holding <c>&lt;kernel&gt;.wasm</c> for every kernel source.</summary>
    public static string WasmDir()
    {
        string clang = ExternalTool.Require("clang-19", "apt-get install clang-19 lld-19");
        ExternalTool.Require("wasm-ld-19", "apt-get install lld-19");
        lock (s_lock)
        {
            return s_wasmDir ??= KernelBuilder.Build(clang, RepositoryPaths.InRepository("tests", "Engine.Tests", "Kernels"));
        }
    }

    /// <summary>V8's result text for <paramref name="call"/>, one of <see cref="KernelCases.All"/>.</summary>
    public static string V8Result(KernelCall call)
    {
        string node = ExternalTool.Require("node", "apt-get install nodejs");
        string wasmDir = WasmDir();
        lock (s_lock)
        {
            if (s_v8Results is null)
            {
                IReadOnlyList<string> results = V8Runner.Run(node, wasmDir, KernelCases.All);
                s_v8Results = KernelCases.All.Zip(results).ToDictionary(p => p.First, p => p.Second);
            }
            return s_v8Results[call];
        }
    }
}
