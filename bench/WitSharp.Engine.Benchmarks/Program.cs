using System;
using System.Globalization;
using System.IO;
using BenchmarkDotNet.Running;

namespace WitSharp.Engine.Benchmarks;

/// <summary>
/// Entry point. <c>prepare &lt;dir&gt;</c> builds the wasm inputs; <c>--quick [--wasm-dir d] [--runs n]</c>
/// times everything in V8 and with <see cref="QuickTimer"/> and prints the comparison; <c>--compare &lt;dir&gt;
/// [--wasm-dir d] [--runs n] [--mode interpreter|tiered|compiled] [--cpu]</c> times this build against the benchmark build in
/// <c>dir</c> (<see cref="SideBySideRun"/>,
/// what <c>bench/engine/compare.sh</c> runs); any other arguments go to
/// BenchmarkDotNet (for example <c>--filter '*'</c>).
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
            if (Option(args, "--time-instantiate") is string build)
            {
                string wasmDir = Option(args, "--wasm-dir") ?? BenchInputs.WasmDir();
                int runs = int.Parse(Option(args, "--runs") ?? "9", CultureInfo.InvariantCulture);
                Console.WriteLine(SideBySideRun.TimeInstantiate(wasmDir, build, runs).ToString("R", CultureInfo.InvariantCulture));
                return 0;
            }
            if (Option(args, "--compare") is string baseline)
            {
                string wasmDir = Option(args, "--wasm-dir") ?? BenchInputs.WasmDir();
                int runs = int.Parse(Option(args, "--runs") ?? "9", CultureInfo.InvariantCulture);
                Console.Write(Array.IndexOf(args, "--call-only") >= 0
                    ? SideBySideRun.RunCall(wasmDir, baseline, runs)
                    : SideBySideRun.Run(wasmDir, baseline, runs, Enum.Parse<CompilationMode>(Option(args, "--mode") ?? "Interpreter", ignoreCase: true),
                        cpuTime: Array.IndexOf(args, "--cpu") >= 0));
                return 0;
            }
            if (Array.IndexOf(args, "--quick") >= 0)
            {
                string wasmDir = Option(args, "--wasm-dir") ?? BenchInputs.WasmDir();
                int runs = int.Parse(Option(args, "--runs") ?? "9", CultureInfo.InvariantCulture);
                Console.Write(QuickRun.Run(wasmDir, runs));
                return 0;
            }
            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
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
