using System;
using WitSharp.Engine.Model;

namespace WitSharp.Engine.Tests.Differential;

/// <summary>
/// What the imported host functions compute, the same for both engines: each result mixes all arguments and the
/// import's index, so that a wrong argument or result slot shows in the outcome.
/// </summary>
internal static class HostFunctions
{
    public static void Compute(int import, Signature signature, ReadOnlySpan<ulong> arguments, Span<ulong> output)
    {
        ValType[] results = signature.Results;
        ulong mix = 0x9E3779B97F4A7C15UL * (ulong)(import + 1);
        for (int i = 0; i < arguments.Length; i++)
        {
            ulong a = signature.Parameters[i] is ValType.I32 or ValType.F32 ? arguments[i] & 0xFFFFFFFFUL : arguments[i];
            mix = (mix ^ a) * 0x100000001B3UL;
        }
        for (int i = 0; i < results.Length; i++)
        {
            mix = (mix ^ (mix >> 29)) * 0xBF58476D1CE4E5B9UL;
            ulong bits = results[i] is ValType.I32 or ValType.F32 ? mix & 0xFFFFFFFFUL : mix;
            // Keep host-made floats away from NaN, whose bits a host API may not carry unchanged.
            if (results[i] == ValType.F32) bits &= 0xBFFFFFFFUL;
            if (results[i] == ValType.F64) bits &= 0xBFFFFFFFFFFFFFFFUL;
            output[i] = bits;
        }
    }
}
