using System;
using System.Globalization;
using System.IO;
using WitSharp.Engine.Benchmarks;

namespace WitSharp.Wasmtime.Benchmarks;

/// <summary>
/// Entry point. <c>prepare &lt;dir&gt;</c> builds the kernels (clang-19) into a folder; <c>--wasm-dir &lt;dir&gt; [--runs n]</c>
/// times them (<see cref="KernelRun"/>). bench/wasmtime/run.sh does both.
/// </summary>
public static class Program
{
    /// <summary>Runs the mode the arguments name; returns the process exit code.</summary>
    public static int Main(string[] args)
    {
        try
        {
            if (args.Length == 2 && args[0] == "prepare")
            {
                Console.WriteLine(BenchInputs.Prepare(Path.GetFullPath(args[1])));
                return 0;
            }
            string wasmDir = Option(args, "--wasm-dir") ?? BenchInputs.WasmDir();
            int runs = int.Parse(Option(args, "--runs") ?? "9", CultureInfo.InvariantCulture);
            Console.Write(KernelRun.Run(wasmDir, runs));
            return 0;
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or FormatException)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 1;
        }
    }

    private static string? Option(string[] args, string name)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
