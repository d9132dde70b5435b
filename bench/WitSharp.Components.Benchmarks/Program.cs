using System;
using System.Globalization;
using System.IO;
using System.Text.Json;

namespace WitSharp.Components.Benchmarks;

/// <summary>
/// Issue #11's component benchmark in one process: the calc component on WitSharp (generated bindings), on
/// Wasmtime.Components 50.0.1, and jco's figures measured in Node by bench/components/bench-jco-calc.mjs (passed in).
/// <c>--component &lt;calc.wasm&gt; [--jco &lt;figures.json&gt;] [--runs n]</c>; bench/components/run.sh does it all.
/// </summary>
public static class Program
{
    /// <summary>Runs the benchmark; returns the process exit code.</summary>
    public static int Main(string[] args)
    {
        string? path = Option(args, "--component");
        if (path is null)
        {
            Console.Error.WriteLine("usage: WitSharp.Components.Benchmarks --component <calc.component.wasm> [--jco <figures.json>] [--runs n]");
            return 2;
        }
        try
        {
            int runs = int.Parse(Option(args, "--runs") ?? "9", CultureInfo.InvariantCulture);
            byte[] bytes = File.ReadAllBytes(path);
            CalcFigures? jco = ReadJco(Option(args, "--jco"), out string? jcoNote);
            CalcFigures ours = WitSharpCalc.Measure(bytes, runs, out CalcExtras extras);
            CalcFigures wasmtime = WasmtimeCalc.Measure(bytes, runs);
            CalcFigures oursOnWasmtime = WasmtimeEngineCalc.Measure(bytes, runs);
            Console.Write(CalcReport.Render(ours, extras, wasmtime, jco, jcoNote, runs, oursOnWasmtime));
            return 0;
        }
        catch (Exception e) when (e is IOException or FormatException or JsonException or InvalidOperationException)
        {
            Console.Error.WriteLine("error: " + e.Message);
            return 1;
        }
    }

    // bench-jco-calc.mjs prints { node, loadUs, instantiateUs, addNs, greetNs, add, greet }.
    private static CalcFigures? ReadJco(string? file, out string? note)
    {
        note = null;
        if (file is null)
        {
            note = "not measured (run bench/components/run.sh, which times it in Node)";
            return null;
        }
        string text = File.ReadAllText(file).Trim();
        if (text.Length == 0 || text[0] != '{')
        {
            note = "not measured: " + (text.Length == 0 ? "no output" : text.Split('\n')[0]);
            return null;
        }
        using var json = JsonDocument.Parse(text);
        JsonElement root = json.RootElement;
        return new CalcFigures("jco 1.35.0 (Node " + root.GetProperty("node").GetString() + ")",
            root.GetProperty("loadUs").GetDouble(), root.GetProperty("instantiateUs").GetDouble(),
            root.GetProperty("addNs").GetDouble(), root.GetProperty("greetNs").GetDouble(),
            root.GetProperty("add").GetUInt32(), root.GetProperty("greet").GetString() ?? "");
    }

    private static string? Option(string[] args, string name)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
