using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace WitSharp.Engine.Tests.Kernels;

/// <summary>
/// One call of a kernel export: <paramref name="Kernel"/> names the module (<c>&lt;kernel&gt;.wasm</c>), <paramref name="Args"/>
/// are its i32 parameters and <paramref name="Result"/> its result type (<c>i32</c>, <c>i64</c>, <c>f32</c>, <c>f64</c>).
/// The JSON shape is the one <c>run-v8.mjs</c> and <c>bench/engine/kernels.json</c> use.
/// </summary>
public sealed record KernelCall(string Name, string Kernel, string Export, int[] Args, string Result)
{
    private static readonly JsonSerializerOptions s_json = new() { PropertyNameCaseInsensitive = true };

    /// <summary>Reads a JSON array of calls (such as <c>bench/engine/kernels.json</c>).</summary>
    public static IReadOnlyList<KernelCall> ReadAll(string path) =>
        JsonSerializer.Deserialize<KernelCall[]>(File.ReadAllText(path), s_json)
        ?? throw new InvalidDataException($"{path} holds no kernel calls");

    /// <summary>The call as it reads in a test name or report: <c>fib(20)</c>.</summary>
    public override string ToString() => $"{Export}({string.Join(", ", Args)})";

    /// <summary>
    /// Formats a result exactly as <c>wasm-values.mjs</c> does: integers as signed decimal, floats as the hex of their bits.
    /// </summary>
    public static string FormatResult(object? value) => value switch
    {
        int i => i.ToString(System.Globalization.CultureInfo.InvariantCulture),
        long l => l.ToString(System.Globalization.CultureInfo.InvariantCulture),
        float f => "0x" + BitConverter.SingleToUInt32Bits(f).ToString("x8"),
        double d => "0x" + BitConverter.DoubleToUInt64Bits(d).ToString("x16"),
        null => "(no result)",
        _ => $"(unexpected {value.GetType().Name} {value})",
    };
}
