using System;
using System.Collections.Generic;
using System.Globalization;
using WitSharp.Engine.Model;

namespace WitSharp.Engine.Tests.Differential;

/// <summary>
/// What one engine observed running a generated module, one line per fact: validation, instantiation, each export
/// call's results or trap kind, then the final memory (size and hash), globals and tables. Two engines agree when
/// their lines are equal; the first unequal line says what differed.
/// </summary>
internal sealed class Outcome
{
    public List<string> Lines { get; } = new();

    public void Add(string line) => Lines.Add(line);

    /// <summary>The first difference between two outcomes, or null when they agree.</summary>
    public static string? FirstDifference(Outcome ours, Outcome theirs)
    {
        int n = Math.Max(ours.Lines.Count, theirs.Lines.Count);
        for (int i = 0; i < n; i++)
        {
            string? a = i < ours.Lines.Count ? ours.Lines[i] : null;
            string? b = i < theirs.Lines.Count ? theirs.Lines[i] : null;
            if (a != b) return $"line {i}: WitSharp \"{a ?? "<none>"}\" vs Wasmtime \"{b ?? "<none>"}\"";
        }
        return null;
    }

    /// <summary>A numeric value as type and exact bits (NaNs included: the generator makes them deterministic).</summary>
    public static string Value(ValType type, ulong bits) => type switch
    {
        ValType.I32 or ValType.F32 => type.ToWatName() + ":" + ((uint)bits).ToString("x8", CultureInfo.InvariantCulture),
        _ => type.ToWatName() + ":" + bits.ToString("x16", CultureInfo.InvariantCulture),
    };

    public static string Reference(ValType type, bool isNull) => type.ToWatName() + (isNull ? ":null" : ":ref");

    /// <summary>FNV-1a over the memory's bytes.</summary>
    public static string MemoryHash(ReadOnlySpan<byte> bytes)
    {
        ulong hash = 0xCBF29CE484222325UL;
        foreach (byte b in bytes) hash = (hash ^ b) * 0x100000001B3UL;
        return hash.ToString("x16", CultureInfo.InvariantCulture);
    }
}
