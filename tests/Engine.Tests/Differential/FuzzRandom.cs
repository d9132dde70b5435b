using System;
using System.Collections.Generic;

namespace WitSharp.Engine.Tests.Differential;

/// <summary>
/// SplitMix64: a tiny seeded generator whose sequence is fixed by this code alone (not by the runtime's
/// <see cref="Random"/> implementation), so a seed and module index reproduce the same module anywhere.
/// </summary>
internal sealed class FuzzRandom
{
    private ulong _state;

    public FuzzRandom(ulong seed)
    {
        _state = seed;
    }

    /// <summary>The generator for module <paramref name="index"/> of a run seeded with <paramref name="seed"/>.</summary>
    public static FuzzRandom ForModule(ulong seed, long index) => new(seed * 0x9E3779B97F4A7C15UL ^ (ulong)index * 0xD1B54A32D192ED03UL);

    public ulong NextU64()
    {
        ulong z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Uniform in [0, <paramref name="bound"/>).</summary>
    public int Next(int bound) => bound <= 1 ? 0 : (int)(NextU64() % (ulong)bound);

    /// <summary>Uniform in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public int Range(int min, int max) => min + Next(max - min + 1);

    /// <summary>True with probability <paramref name="percent"/>/100.</summary>
    public bool Chance(int percent) => Next(100) < percent;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];
}
