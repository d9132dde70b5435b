using System;
using System.Collections.Generic;
using System.Linq;

namespace WitSharp.WitParser.Tests.Robustness;

/// <summary>
/// Deterministic mutations of WIT bytes: bit flips, truncation, token deletion and duplication, and splices
/// between two files. The same seed always yields the same sequence of inputs.
/// </summary>
public sealed class Mutator
{
    private readonly Random _random;

    /// <summary>Creates a mutator with a fixed seed.</summary>
    public Mutator(int seed) => _random = new Random(seed);

    /// <summary>The kinds of mutation, chosen uniformly.</summary>
    public enum Kind { ByteFlip, Truncate, DeleteToken, DuplicateToken, Splice, InsertPunctuation, SwapWord }

    /// <summary>Picks a mutation and applies it to <paramref name="input"/> (<paramref name="other"/> feeds splices).</summary>
    public (Kind Kind, byte[] Bytes) Mutate(byte[] input, byte[] other)
    {
        var kind = (Kind)_random.Next(Enum.GetValues(typeof(Kind)).Length);
        byte[] result = kind switch
        {
            Kind.ByteFlip => FlipBytes(input),
            Kind.Truncate => input.AsSpan(0, _random.Next(input.Length + 1)).ToArray(),
            Kind.DeleteToken => EditToken(input, duplicate: false),
            Kind.DuplicateToken => EditToken(input, duplicate: true),
            Kind.Splice => Splice(input, other),
            Kind.SwapWord => SwapWord(input),
            _ => InsertPunctuation(input),
        };
        return (kind, result);
    }

    private byte[] FlipBytes(byte[] input)
    {
        byte[] copy = (byte[])input.Clone();
        if (copy.Length == 0) return new byte[] { (byte)_random.Next(256) };
        int flips = 1 + _random.Next(4);
        for (int i = 0; i < flips; i++) copy[_random.Next(copy.Length)] ^= (byte)(1 << _random.Next(8));
        return copy;
    }

    private byte[] EditToken(byte[] input, bool duplicate)
    {
        var tokens = Tokens(input);
        if (tokens.Count == 0) return input;
        // Several edits at once reach states a single edit rarely does (unbalanced braces far apart).
        int edits = 1 + _random.Next(3);
        var result = new List<byte>(input);
        for (int e = 0; e < edits && tokens.Count > 0; e++)
        {
            int index = _random.Next(tokens.Count);
            var (start, length) = tokens[index];
            if (start + length > result.Count) continue;
            if (duplicate) result.InsertRange(start, result.GetRange(start, length));
            else result.RemoveRange(start, length);
            tokens = Tokens(result.ToArray());
        }
        return result.ToArray();
    }

    // Replacing one word by another word of the same file keeps the syntax valid most of the time, so these
    // inputs reach the resolver: unknown names, duplicates, cycles, a type where an interface belongs.
    private byte[] SwapWord(byte[] input)
    {
        var words = Tokens(input).Where(t => IsWordByte(input[t.Start])).ToList();
        if (words.Count < 2) return input;
        var target = words[_random.Next(words.Count)];
        var source = words[_random.Next(words.Count)];
        var result = new List<byte>(input.Length);
        result.AddRange(input.AsSpan(0, target.Start).ToArray());
        result.AddRange(input.AsSpan(source.Start, source.Length).ToArray());
        result.AddRange(input.AsSpan(target.Start + target.Length).ToArray());
        return result.ToArray();
    }

    private byte[] Splice(byte[] input, byte[] other)
    {
        int cut = _random.Next(input.Length + 1);
        int from = _random.Next(other.Length + 1);
        var result = new byte[cut + other.Length - from];
        Array.Copy(input, 0, result, 0, cut);
        Array.Copy(other, from, result, cut, other.Length - from);
        return result;
    }

    private static readonly byte[][] s_fragments =
    {
        "{"u8.ToArray(), "}"u8.ToArray(), "<"u8.ToArray(), ">"u8.ToArray(), "("u8.ToArray(), ")"u8.ToArray(),
        ";"u8.ToArray(), ","u8.ToArray(), "@"u8.ToArray(), "/*"u8.ToArray(), "*/"u8.ToArray(), "///"u8.ToArray(),
        "%"u8.ToArray(), "->"u8.ToArray(), "::"u8.ToArray(), "\""u8.ToArray(), "\xC3"u8.ToArray(), "\0"u8.ToArray(),
    };

    private byte[] InsertPunctuation(byte[] input)
    {
        byte[] fragment = s_fragments[_random.Next(s_fragments.Length)];
        int at = _random.Next(input.Length + 1);
        var result = new byte[input.Length + fragment.Length];
        Array.Copy(input, 0, result, 0, at);
        Array.Copy(fragment, 0, result, at, fragment.Length);
        Array.Copy(input, at, result, at + fragment.Length, input.Length - at);
        return result;
    }

    /// <summary>Byte ranges of crude tokens: runs of identifier bytes, or single punctuation bytes.</summary>
    public static List<(int Start, int Length)> Tokens(byte[] input)
    {
        var tokens = new List<(int, int)>();
        int i = 0;
        while (i < input.Length)
        {
            byte b = input[i];
            if (b == ' ' || b == '\n' || b == '\r' || b == '\t') { i++; continue; }
            int start = i;
            if (IsWordByte(b)) { while (i < input.Length && IsWordByte(input[i])) i++; }
            else i++;
            tokens.Add((start, i - start));
        }
        return tokens;
    }

    private static bool IsWordByte(byte b) =>
        (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b == '-' || b == '_' || b >= 0x80;
}
