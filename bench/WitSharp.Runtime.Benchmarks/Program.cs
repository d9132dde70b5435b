using System;
using System.Globalization;
using System.IO;
using BenchmarkDotNet.Running;

namespace WitSharp.Runtime.Benchmarks;

/// <summary>
/// Entry point. <c>--quick [--runs n]</c> prints the Stopwatch table (round trips beside their limits, cold and warm
/// generation); any other arguments go to BenchmarkDotNet (for example <c>--filter '*'</c>).
/// </summary>
public static class Program
{
    /// <summary>Runs the mode the arguments name; returns the process exit code.</summary>
    public static int Main(string[] args)
    {
        try
        {
            int quick = Array.IndexOf(args, "--quick");
            if (quick >= 0)
            {
                int at = Array.IndexOf(args, "--runs");
                int runs = at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : 15;
                Console.Write(QuickRun.Run(runs));
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
}
