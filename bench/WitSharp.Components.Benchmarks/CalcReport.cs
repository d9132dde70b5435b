using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace WitSharp.Components.Benchmarks;

/// <summary>The side-by-side table of the calc benchmark: one row per figure, one column per runtime, ratios and goals.</summary>
public static class CalcReport
{
    /// <summary>Issue #11's goal for instantiate plus the first call, in microseconds.</summary>
    public const double InstantiateGoalUs = 20;

    /// <summary>Issue #11's goal for a warm add through the generated binding, in nanoseconds.</summary>
    public const double AddGoalNs = 100;

    /// <summary>Renders the report; <paramref name="jco"/> is null when Node or jco was not available (<paramref name="jcoNote"/> says why).</summary>
    /// <remarks><paramref name="oursOnWasmtime"/>: the same bindings on <c>WasmtimeEngine</c> (issue #13), reported in lines of their own.</remarks>
    public static string Render(CalcFigures ours, CalcExtras extras, CalcFigures wasmtime, CalcFigures? jco, string? jcoNote, int runs, CalcFigures? oursOnWasmtime = null)
    {
        var text = new StringBuilder();
        text.AppendLine($"Calc component, one process, median of {runs} batches after warm-up (.NET {Environment.Version}, {Environment.ProcessorCount} cores)");
        text.AppendLine();
        var columns = new List<CalcFigures> { ours, wasmtime };
        if (jco is not null) columns.Add(jco);
        text.Append(Pad("figure", 32));
        foreach (CalcFigures c in columns) text.Append(Pad(Short(c.Runtime), 22));
        text.Append(Pad("ours/Wasmtime", 15));
        if (jco is not null) text.Append(Pad("ours/jco", 10));
        text.AppendLine("goal");
        Row(text, "load from bytes (us)", columns, c => c.LoadUs, jco is not null, "");
        Row(text, "instantiate + first add (us)", columns, c => c.InstantiateUs, jco is not null, Verdict(ours.InstantiateUs, InstantiateGoalUs, "us"));
        Row(text, "warm add (ns)", columns, c => c.AddNs, jco is not null, Verdict(ours.AddNs, AddGoalNs, "ns"));
        Row(text, "warm greet (ns)", columns, c => c.GreetNs, jco is not null, "");
        text.AppendLine();
        text.AppendLine($"WitSharp, instantiate through the linker (resolving imports again) + first add: {F(extras.LinkerInstantiateUs)} us");
        text.AppendLine($"WitSharp, warm add by name with WitValues (ComponentFunction.Invoke): {F(extras.DynamicAddNs)} ns");
        text.AppendLine($"WitSharp, CIL tier (CompilationMode.Compiled): warm add {F(extras.CompiledAddNs)} ns ({Verdict(extras.CompiledAddNs, AddGoalNs, "ns")}), "
            + $"warm greet {F(extras.CompiledGreetNs)} ns");
        if (jco is null) text.AppendLine("jco: " + (jcoNote ?? "not measured"));
        if (oursOnWasmtime is not null) text.Append(WasmtimeEngineLines(oursOnWasmtime, ours, wasmtime));
        foreach (CalcFigures c in oursOnWasmtime is null ? columns : [.. columns, oursOnWasmtime])
        {
            if (c.Add != 3 || c.Greet != ours.Greet)
            {
                text.AppendLine($"RESULTS DIFFER: {c.Runtime} gave add(1, 2) = {c.Add}, greet = \"{c.Greet}\" (ours: 3, \"{ours.Greet}\")");
            }
        }
        text.AppendLine($"results: add(1, 2) = {ours.Add}, greet(\"World\") = \"{ours.Greet}\" on every runtime that ran");
        return text.ToString();
    }

    /// <summary>Issue #13's goal: a warm add through the generated bindings on WasmtimeEngine this many times faster than Wasmtime.Components.</summary>
    public const double WasmtimeEngineAddSpeedupGoal = 10;

    private static string WasmtimeEngineLines(CalcFigures onWasmtime, CalcFigures managed, CalcFigures components)
    {
        double speedup = components.AddNs / onWasmtime.AddNs;
        var text = new StringBuilder();
        text.AppendLine($"WitSharp on Wasmtime (WasmtimeEngine, the same generated bindings): load {F(onWasmtime.LoadUs)} us, "
            + $"instantiate + first add {F(onWasmtime.InstantiateUs)} us ({Ratio(onWasmtime.InstantiateUs, components.InstantiateUs)} Wasmtime.Components, "
            + $"{Ratio(onWasmtime.InstantiateUs, managed.InstantiateUs)} managed), warm add {F(onWasmtime.AddNs)} ns, warm greet {F(onWasmtime.GreetNs)} ns "
            + $"({Ratio(onWasmtime.GreetNs, components.GreetNs)} Wasmtime.Components)");
        text.AppendLine($"WitSharp on Wasmtime, warm add: {speedup.ToString("0.0", CultureInfo.InvariantCulture)}x faster than Wasmtime.Components "
            + $"({F(onWasmtime.AddNs)} ns vs {F(components.AddNs)} ns; goal >= {F(WasmtimeEngineAddSpeedupGoal)}x: {(speedup >= WasmtimeEngineAddSpeedupGoal ? "met" : "NOT met")})");
        return text.ToString();
    }

    private static void Row(StringBuilder text, string name, List<CalcFigures> columns, Func<CalcFigures, double> figure, bool withJco, string goal)
    {
        text.Append(Pad(name, 32));
        foreach (CalcFigures c in columns) text.Append(Pad(F(figure(c)), 22));
        text.Append(Pad(Ratio(figure(columns[0]), figure(columns[1])), 15));
        if (withJco) text.Append(Pad(Ratio(figure(columns[0]), figure(columns[2])), 10));
        text.AppendLine(goal);
    }

    private static string Verdict(double value, double goal, string unit) =>
        $"<= {F(goal)} {unit}: " + (value <= goal ? "met" : "NOT met");

    private static string Ratio(double ours, double theirs) => theirs > 0 ? (ours / theirs).ToString("0.00", CultureInfo.InvariantCulture) + "x" : "-";

    private static string F(double value) => value >= 100
        ? value.ToString("0", CultureInfo.InvariantCulture)
        : value.ToString("0.0#", CultureInfo.InvariantCulture);

    private static string Short(string runtime) => runtime.Split(' ')[0];

    private static string Pad(string text, int width) => text.Length >= width ? text + " " : text.PadRight(width);
}
