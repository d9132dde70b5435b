using System;
using System.Collections.Generic;

namespace WitSharp.Components.Corpus.Tests.Hostile;

/// <summary>
/// Seeded mutations of a component binary: bit flips, byte insertions and deletions, truncations, LEB128 edits
/// (overlong, huge, zero), section-size edits, interesting byte values and splices from another binary. The same seed
/// gives the same mutant, so a failure is reproduced from its case number.
/// </summary>
public static class ComponentMutator
{
    private static readonly byte[] Interesting = { 0x00, 0x01, 0x7F, 0x80, 0xFF, 0x40, 0x3F, 0xC0 };

    /// <summary>The names of the mutation kinds, indexed as <see cref="Mutate"/> reports them.</summary>
    public static readonly string[] Kinds = { "bit flips", "insert", "delete", "truncate", "LEB edit", "section size", "byte value", "splice" };

    /// <summary>A mutant of <paramref name="original"/>; <paramref name="kind"/> is an index into <see cref="Kinds"/>.</summary>
    public static byte[] Mutate(byte[] original, byte[] donor, Random random, out int kind)
    {
        var bytes = new List<byte>(original);
        kind = random.Next(Kinds.Length);
        // Leave the preamble alone most of the time, so mutants get past it and reach the sections.
        int Position() => bytes.Count <= 8 ? 0 : random.Next(8, bytes.Count);
        switch (kind)
        {
            case 0:
                for (int i = random.Next(1, 5); i > 0; i--)
                {
                    int at = Position();
                    if (at < bytes.Count) bytes[at] ^= (byte)(1 << random.Next(8));
                }
                break;
            case 1:
                {
                    int at = Position();
                    var inserted = new byte[random.Next(1, 9)];
                    random.NextBytes(inserted);
                    bytes.InsertRange(Math.Min(at, bytes.Count), inserted);
                    break;
                }
            case 2:
                {
                    int at = Position();
                    bytes.RemoveRange(at, Math.Min(random.Next(1, 17), bytes.Count - at));
                    break;
                }
            case 3:
                bytes = bytes.GetRange(0, random.Next(bytes.Count));
                break;
            case 4:
                {
                    int at = Position();
                    byte[] leb = random.Next(4) switch
                    {
                        0 => new byte[] { 0xFF, 0xFF, 0xFF, 0xFF, 0x0F },           // u32 max
                        1 => new byte[] { 0x80, 0x80, 0x80, 0x80, 0x80, 0x00 },     // overlong
                        2 => new byte[] { 0x00 },
                        _ => new byte[] { (byte)(0x80 | random.Next(128)), (byte)random.Next(1, 128) },
                    };
                    int replaced = 0;
                    while (at + replaced < bytes.Count && (bytes[at + replaced] & 0x80) != 0) replaced++;
                    replaced = Math.Min(replaced + 1, bytes.Count - at);
                    bytes.RemoveRange(at, replaced);
                    bytes.InsertRange(at, leb);
                    break;
                }
            case 5:
                EditSectionSize(bytes, random);
                break;
            case 6:
                for (int i = random.Next(1, 4); i > 0; i--)
                {
                    int at = Position();
                    if (at < bytes.Count) bytes[at] = Interesting[random.Next(Interesting.Length)];
                }
                break;
            default:
                {
                    int at = Position();
                    int length = Math.Min(random.Next(1, 65), bytes.Count - at);
                    int from = donor.Length <= 8 ? 0 : random.Next(8, donor.Length);
                    int take = Math.Min(random.Next(1, 65), donor.Length - from);
                    bytes.RemoveRange(at, length);
                    bytes.InsertRange(at, new ArraySegment<byte>(donor, from, take));
                    break;
                }
        }
        return bytes.ToArray();
    }

    // Walks the top-level sections (id byte, LEB128 size) and rewrites one size: off by a little, zero, or huge.
    private static void EditSectionSize(List<byte> bytes, Random random)
    {
        var sizes = new List<(int At, int Length, uint Value)>();
        int position = 8;
        while (position < bytes.Count && sizes.Count < 10_000)
        {
            int sizeAt = position + 1;
            uint value = 0;
            int shift = 0, length = 0;
            while (sizeAt + length < bytes.Count && length < 5)
            {
                byte b = bytes[sizeAt + length++];
                value |= (uint)(b & 0x7F) << shift;
                shift += 7;
                if ((b & 0x80) == 0) break;
            }
            sizes.Add((sizeAt, length, value));
            long next = (long)sizeAt + length + value;
            if (next > bytes.Count) break;
            position = (int)next;
        }
        if (sizes.Count == 0) return;
        var (at, oldLength, old) = sizes[random.Next(sizes.Count)];
        uint replacement = random.Next(4) switch
        {
            0 => old + 1,
            1 => old == 0 ? 0 : old - 1,
            2 => 0,
            _ => uint.MaxValue,
        };
        var encoded = new List<byte>();
        do
        {
            byte b = (byte)(replacement & 0x7F);
            replacement >>= 7;
            encoded.Add(replacement != 0 ? (byte)(b | 0x80) : b);
        }
        while (replacement != 0);
        bytes.RemoveRange(at, Math.Min(oldLength, bytes.Count - at));
        bytes.InsertRange(Math.Min(at, bytes.Count), encoded);
    }
}
