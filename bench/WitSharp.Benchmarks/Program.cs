using System;
using System.IO;
using System.Text;
using BenchmarkDotNet.Running;

namespace WitSharp.Benchmarks;

/// <summary>
/// Entry point. <c>generate &lt;out.wit&gt; [bytes]</c> writes a synthetic package; <c>compare …</c> times
/// parse+resolve the way bench/jco/bench-jco.mjs times jco; <c>phases …</c>
/// prints per-phase minimum times and allocations; anything else goes to BenchmarkDotNet
/// (for example <c>--filter *</c>).
/// </summary>
public static class Program
{
    /// <summary>Runs the chosen mode.</summary>
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "generate") return Generate(args);
        if (args.Length > 0 && args[0] == "compare") return CompareMode.Run(args);
        if (args.Length > 0 && args[0] == "phases") return PhasesMode.Run(args);
        if (args.Length > 0 && args[0] == "allocations") return AllocationsMode.Run(args);
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }

    private static int Generate(string[] args)
    {
        if (args.Length < 2 || (args.Length > 2 && !int.TryParse(args[2], out _)))
        {
            Console.Error.WriteLine("usage: generate <out.wit> [bytes]");
            return 2;
        }
        int bytes = args.Length > 2 ? int.Parse(args[2]) : 5 * 1024 * 1024;
        File.WriteAllText(args[1], SyntheticWit.Generate(bytes), new UTF8Encoding(false));
        return 0;
    }
}
