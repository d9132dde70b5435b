using System;
using System.Collections.Generic;

namespace WitSharp.Engine.Tests.Fuzzing;

/// <summary>
/// Derives malformed variants of valid module binaries: byte flips, truncation, splices of two modules,
/// LEB128 edits (overlong, oversized, padded), and range insert/delete/duplicate. Deterministic for a given <see cref="Random"/>.
/// </summary>
internal static class BinaryMutator
{
    private static readonly byte[][] s_lebPatterns =
    {
        new byte[] { 0xFF, 0xFF, 0xFF, 0xFF, 0x0F },       // u32 max
        new byte[] { 0x80, 0x80, 0x80, 0x80, 0x00 },       // padded zero
        new byte[] { 0x80, 0x80, 0x80, 0x80, 0x80, 0x00 }, // overlong
        new byte[] { 0xFF, 0xFF, 0xFF, 0xFF, 0x7F },       // unused bits set
        new byte[] { 0x80 },                               // dangling continuation
        new byte[] { 0xFF, 0xFF, 0x03 },                   // 65535
        new byte[] { 0x81, 0x80, 0x04 },                   // 65537 (just over a page count limit)
    };

    public static byte[] Mutate(byte[] input, byte[] other, Random random)
    {
        // Half the time, edit instructions inside a function body, so that most inputs still decode
        // and reach the validator's typing rules rather than the decoder's format checks.
        if (random.Next(2) == 0 && TryMutateBody(input, random) is byte[] edited) return edited;
        int rounds = 1 + random.Next(3);
        byte[] data = input;
        for (int i = 0; i < rounds; i++) data = MutateOnce(data, other, random);
        return data;
    }

    private static byte[]? TryMutateBody(byte[] input, Random random)
    {
        Model.ModuleDefinition module;
        try
        {
            module = WitSharp.Engine.Binary.ModuleDecoder.Decode(input);
        }
        catch (WasmException)
        {
            return null;
        }
        if (module.Functions.Length == 0) return null;
        Model.FunctionBody body = module.Functions[random.Next(module.Functions.Length)].Body;
        if (body.Code.Length < 2) return null;
        int position = body.CodeOffset + random.Next(body.Code.Length - 1);
        byte[] copy = (byte[])input.Clone();
        int edits = 1 + random.Next(2);
        for (int i = 0; i < edits; i++)
        {
            int at = Math.Min(position + i, body.CodeOffset + body.Code.Length - 2);
            copy[at] = random.Next(4) == 0 ? (byte)random.Next(256) : s_opcodes[random.Next(s_opcodes.Length)];
        }
        return copy;
    }

    private static readonly byte[] s_opcodes = BuildOpcodes();

    private static byte[] BuildOpcodes()
    {
        var list = new List<byte>();
        for (int b = 0; b < 256; b++)
        {
            bool known = b <= 0x05 || (b >= 0x0B && b <= 0x11) || (b >= 0x1A && b <= 0x1C) || (b >= 0x20 && b <= 0x26)
                || (b >= 0x28 && b <= 0xC4) || (b >= 0xD0 && b <= 0xD2) || b == 0xFC;
            if (known) list.Add((byte)b);
        }
        return list.ToArray();
    }

    private static byte[] MutateOnce(byte[] data, byte[] other, Random random)
    {
        if (data.Length <= 8) return (byte[])other.Clone();
        // Mutations mostly land after the 8-byte header, where there is something to find.
        int position = 8 + random.Next(data.Length - 8);
        switch (random.Next(9))
        {
            case 0:
            {
                byte[] copy = (byte[])data.Clone();
                copy[position] = (byte)random.Next(256);
                return copy;
            }
            case 1:
            {
                byte[] copy = (byte[])data.Clone();
                copy[position] ^= (byte)(1 << random.Next(8));
                return copy;
            }
            case 2:
                return data.AsSpan(0, position).ToArray();
            case 3:
            {
                // Splice: a prefix of this module with a suffix of another.
                int cut = random.Next(Math.Max(1, other.Length));
                var spliced = new List<byte>(data.AsSpan(0, position).ToArray());
                spliced.AddRange(other.AsSpan(cut).ToArray());
                return spliced.ToArray();
            }
            case 4:
            {
                // Replace one byte by a LEB128 pattern (sizes, counts and indices become odd values).
                byte[] pattern = s_lebPatterns[random.Next(s_lebPatterns.Length)];
                return Replace(data, position, 1, pattern);
            }
            case 5:
            {
                // Pad the LEB128 that starts here with one more continuation byte.
                return Replace(data, position, 1, new[] { (byte)(data[position] | 0x80), (byte)0x00 });
            }
            case 6:
            {
                int length = Math.Min(data.Length - position, 1 + random.Next(16));
                return Replace(data, position, length, Array.Empty<byte>());
            }
            case 7:
            {
                int length = Math.Min(data.Length - position, 1 + random.Next(16));
                return Replace(data, position, 0, data.AsSpan(position, length).ToArray());
            }
            default:
            {
                var noise = new byte[1 + random.Next(8)];
                random.NextBytes(noise);
                return Replace(data, position, 0, noise);
            }
        }
    }

    private static byte[] Replace(byte[] data, int position, int removed, byte[] inserted)
    {
        var result = new byte[data.Length - removed + inserted.Length];
        data.AsSpan(0, position).CopyTo(result);
        inserted.CopyTo(result.AsSpan(position));
        data.AsSpan(position + removed).CopyTo(result.AsSpan(position + inserted.Length));
        return result;
    }
}
