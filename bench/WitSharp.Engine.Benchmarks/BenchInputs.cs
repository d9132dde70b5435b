using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using WitSharp.Engine.Tests.Kernels;

namespace WitSharp.Engine.Benchmarks;

/// <summary>
/// Finds the benchmark inputs: the repository (kernel sources, <c>bench/engine/kernels.json</c>, <c>small.wat</c>) and the
/// folder of built <c>.wasm</c> files, which <see cref="Prepare"/> fills with clang-19 and wat2wasm.
/// </summary>
public static class BenchInputs
{
    /// <summary>Environment variable naming a prepared wasm folder (set by <c>bench/engine/run.sh</c>, read by BenchmarkDotNet's child processes).</summary>
    public const string WasmDirVariable = "WITSHARP_BENCH_WASM_DIR";

    /// <summary>The repository root (recorded at build time; the binaries may live in a private artifacts folder).</summary>
    public static string RepositoryRoot
    {
        get
        {
            string? recorded = typeof(BenchInputs).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .FirstOrDefault(a => a.Key == "WitSharpRepositoryRoot")?.Value;
            if (recorded is null || !File.Exists(Path.Combine(recorded, "WitSharp.sln")))
                throw new InvalidOperationException("cannot find the repository root (WitSharpRepositoryRoot metadata)");
            return Path.GetFullPath(recorded);
        }
    }

    /// <summary><c>bench/engine/kernels.json</c>: the benchmark's kernel calls and their (large) parameters.</summary>
    public static string KernelsJson => Path.Combine(RepositoryRoot, "bench", "engine", "kernels.json");

    /// <summary>The prepared wasm folder: <see cref="WasmDirVariable"/> when set, otherwise prepared now into a temp folder.</summary>
    public static string WasmDir()
    {
        string? dir = Environment.GetEnvironmentVariable(WasmDirVariable);
        return !string.IsNullOrEmpty(dir) ? dir : Prepare(Path.Combine(Path.GetTempPath(), "witsharp-bench-wasm"));
    }

    /// <summary>Builds every kernel and <c>small.wasm</c> into <paramref name="outDir"/> and returns it.</summary>
    public static string Prepare(string outDir)
    {
        Directory.CreateDirectory(outDir);
        string built = KernelBuilder.Build(Tool("clang-19"), Path.Combine(RepositoryRoot, "tests", "Engine.Tests", "Kernels"));
        foreach (string wasm in Directory.GetFiles(built, "*.wasm"))
            File.Copy(wasm, Path.Combine(outDir, Path.GetFileName(wasm)), overwrite: true);
        RunTool(Tool("wat2wasm"), Path.Combine(RepositoryRoot, "bench", "engine", "small.wat"), "-o", Path.Combine(outDir, "small.wasm"));
        return outDir;
    }

    private static string Tool(string name)
    {
        foreach (string dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            string candidate = Path.Combine(dir, name);
            if (File.Exists(candidate)) return candidate;
        }
        throw new InvalidOperationException($"{name} is not on PATH (apt-get install clang-19 lld-19 wabt)");
    }

    private static void RunTool(string tool, params string[] args)
    {
        var psi = new ProcessStartInfo(tool) { RedirectStandardError = true, UseShellExecute = false };
        foreach (string arg in args) psi.ArgumentList.Add(arg);
        using var process = Process.Start(psi) ?? throw new InvalidOperationException($"cannot start {tool}");
        string stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{tool} failed (exit {process.ExitCode}): {stderr}");
    }
}
