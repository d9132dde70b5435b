using System;

namespace WitSharp.Benchmarks;

/// <summary>Stopwatch timing of parse+resolve over single-file inputs, printed as JSON lines (see bench-jco.mjs).</summary>
public static class CompareMode
{
    /// <summary>Runs <c>compare [--iterations N] [--warmup N] file:world …</c>.</summary>
    public static int Run(string[] args)
    {
        Console.Error.WriteLine("compare: the front end (WitLoader) is not available yet");
        return 2;
    }
}
