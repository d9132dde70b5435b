using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace WitSharp.Engine.Benchmarks;

/// <summary>
/// One line of <c>bench/engine/bench-v8.mjs</c>'s output: the median and fastest time of a kernel in V8 and its result text
/// (<paramref name="MinMs"/> is 0 for the micro-benchmarks).
/// </summary>
public sealed record V8Timing(string Name, double MedianMs, string Result, double MinMs = 0)
{
    private static readonly JsonSerializerOptions s_json = new() { PropertyNameCaseInsensitive = true };

    /// <summary>
    /// Times the kernels <paramref name="names"/> (comma-separated names of kernels.json, or <c>micro</c>) in Node's V8
    /// with bench-v8.mjs; keyed by name. Throws <see cref="InvalidOperationException"/> when node is missing or fails.
    /// </summary>
    public static IReadOnlyDictionary<string, V8Timing> Measure(string wasmDir, int runs, string names)
    {
        string script = Path.Combine(BenchInputs.RepositoryRoot, "bench", "engine", "bench-v8.mjs");
        var psi = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string arg in new[] { script, BenchInputs.KernelsJson, wasmDir, runs.ToString(System.Globalization.CultureInfo.InvariantCulture), names })
            psi.ArgumentList.Add(arg);
        try
        {
            using var process = Process.Start(psi) ?? throw new InvalidOperationException("cannot start node");
            var stderr = process.StandardError.ReadToEndAsync();
            string stdout = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0) throw new InvalidOperationException($"node {script} failed (exit {process.ExitCode}): {stderr.Result}");
            return (JsonSerializer.Deserialize<V8Timing[]>(stdout, s_json) ?? Array.Empty<V8Timing>()).ToDictionary(t => t.Name);
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException($"node is not installed: {e.Message}");
        }
    }
}
