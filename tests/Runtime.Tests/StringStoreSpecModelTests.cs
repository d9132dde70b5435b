using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using WitSharp.WitParser.Abi;

namespace WitSharp.Runtime.Tests;

/// <summary>
/// <see cref="StringCodec"/>'s bulk stores against a character-by-character model of the spec's <c>store_string_*</c>
/// functions, on strings long enough to cross every vector width: same realloc calls, same bytes everywhere in memory
/// (abandoned blocks included), same result.
/// </summary>
public sealed class StringStoreSpecModelTests
{
    private const int MemorySize = 1 << 16;
    private const ulong Utf16Tag = 1UL << 31;

    public static IEnumerable<object[]> Texts()
    {
        var texts = new List<string> { "", new string('a', 1000) };
        foreach (int prefix in new[] { 0, 1, 15, 16, 17, 31, 32, 33, 63, 64, 65, 200 })
        {
            string ascii = new string('x', prefix);
            texts.Add(ascii + "é" + new string('y', 40));          // Latin-1, not ASCII
            texts.Add(ascii + "ÿ" + new string('z', 70) + "日本");   // Latin-1 prefix, then beyond Latin-1
            texts.Add(ascii + "😀" + new string('w', 20));          // a surrogate pair first
            texts.Add(ascii + "Ā");                                 // the first code point above Latin-1, at the end
        }
        texts.Add(string.Concat(Enumerable.Repeat("héllo wörld – ☃ 日本語 😀 ", 40)));
        return texts.Select(t => new object[] { t });
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Utf16SourceIntoUtf8MatchesTheSpec(string text) =>
        AssertSameAsModel(text, StringEncoding.Utf8, StringSourceEncoding.Utf16, (m, t) => ModelToUtf8(m, t, 3));

    [Theory]
    [MemberData(nameof(Texts))]
    public void Latin1SourceIntoUtf8MatchesTheSpec(string text)
    {
        if (text.Any(c => c > 0xff)) return; // not a Latin-1 source string; covered by Latin1SourceMustBeLatin1
        AssertSameAsModel(text, StringEncoding.Utf8, StringSourceEncoding.Latin1, (m, t) => ModelToUtf8(m, t, 2));
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Utf16SourceIntoLatin1OrUtf16MatchesTheSpec(string text) =>
        AssertSameAsModel(text, StringEncoding.Latin1Utf16, StringSourceEncoding.Utf16, ModelToLatin1OrUtf16);

    [Theory]
    [MemberData(nameof(Texts))]
    public void TaggedUtf16SourceIntoLatin1OrUtf16MatchesTheSpec(string text) =>
        AssertSameAsModel(text, StringEncoding.Latin1Utf16, StringSourceEncoding.TaggedUtf16, ModelProbablyUtf16);

    [Fact]
    public void Latin1SourceMustBeLatin1()
    {
        var memory = new RecordingMemory(MemorySize);
        Assert.Throws<ArgumentException>(() => StringCodec.StoreIntoRange(TestTypes.Context(memory), new string('a', 100) + "Ā", StringSourceEncoding.Latin1));
        Assert.Empty(memory.Calls);
    }

    [Theory]
    // Chars as numbers: a lone surrogate in an attribute string would not survive test discovery.
    [InlineData(100, 0xd800, 'x', 100)]
    [InlineData(100, 0xdc00, 'x', 100)]
    [InlineData(0, 0xde00, 0xd83d, 0)]
    [InlineData(40, 'é', 0xd83d, 41)]
    public void AnUnpairedSurrogateAnywhereIsRejectedBeforeAnyRealloc(int asciiPrefix, int first, int second, int index)
    {
        string text = new string('a', asciiPrefix) + (char)first + (char)second + new string('b', 50);
        foreach (StringEncoding encoding in new[] { StringEncoding.Utf8, StringEncoding.Utf16, StringEncoding.Latin1Utf16 })
        {
            var memory = new RecordingMemory(MemorySize);
            var error = Assert.Throws<ArgumentException>(() => StringCodec.StoreIntoRange(TestTypes.Context(memory, encoding), text, StringSourceEncoding.Utf16));
            Assert.EndsWith("index " + index + " (Parameter 'text')", error.Message);
            Assert.Empty(memory.Calls);
        }
    }

    private static void AssertSameAsModel(string text, StringEncoding encoding, StringSourceEncoding source, Func<RecordingMemory, string, (ulong, ulong)> model)
    {
        var expected = new RecordingMemory(MemorySize);
        (ulong, ulong) expectedResult = model(expected, text);
        var actual = new RecordingMemory(MemorySize);
        (ulong, ulong) actualResult = StringCodec.StoreIntoRange(TestTypes.Context(actual, encoding), text, source);
        Assert.Equal(expected.Calls, actual.Calls);
        Assert.Equal(expectedResult, actualResult);
        Assert.True(expected.Bytes.AsSpan().SequenceEqual(actual.Bytes), "memory differs from the spec model's");
        Assert.Equal(text, StringCodec.Lift(TestTypes.Context(actual, encoding), actualResult.Item1, actualResult.Item2, out _));
    }

    // store_string_to_utf8, one code unit at a time (every char before the first non-ASCII one is a whole code point).
    private static (ulong, ulong) ModelToUtf8(RecordingMemory m, string text, ulong worstCaseFactor)
    {
        ulong n = (ulong)text.Length;
        ulong ptr = m.Realloc(0, 0, 1, n);
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] < 0x80)
            {
                m.Bytes[(int)ptr + i] = (byte)text[i];
                continue;
            }
            ulong worst = n * worstCaseFactor;
            ptr = m.Realloc(ptr, n, 1, worst);
            byte[] encoded = Encoding.UTF8.GetBytes(text);
            encoded.AsSpan(i).CopyTo(m.Bytes.AsSpan((int)ptr + i));
            if (worst > (ulong)encoded.Length)
            {
                ptr = m.Realloc(ptr, worst, 1, (ulong)encoded.Length);
            }
            return (ptr, (ulong)encoded.Length);
        }
        return (ptr, n);
    }

    // store_string_to_latin1_or_utf16, including the in-place widening of the Latin-1 prefix the realloc carried over.
    private static (ulong, ulong) ModelToLatin1OrUtf16(RecordingMemory m, string text)
    {
        ulong n = (ulong)text.Length;
        ulong ptr = m.Realloc(0, 0, 2, n);
        int written = 0;
        foreach (char c in text)
        {
            if (c < 0x100)
            {
                m.Bytes[(int)ptr + written++] = (byte)c;
                continue;
            }
            ulong worst = 2 * n;
            ptr = m.Realloc(ptr, n, 2, worst);
            for (int j = written - 1; j >= 0; j--)
            {
                m.Bytes[(int)ptr + 2 * j] = m.Bytes[(int)ptr + j];
                m.Bytes[(int)ptr + 2 * j + 1] = 0;
            }
            byte[] encoded = Encoding.Unicode.GetBytes(text);
            encoded.AsSpan(2 * written).CopyTo(m.Bytes.AsSpan((int)ptr + 2 * written));
            if (worst > (ulong)encoded.Length)
            {
                ptr = m.Realloc(ptr, worst, 2, (ulong)encoded.Length);
            }
            return (ptr, (ulong)encoded.Length / 2 | Utf16Tag);
        }
        if ((ulong)written < n)
        {
            ptr = m.Realloc(ptr, n, 2, (ulong)written);
        }
        return (ptr, (ulong)written);
    }

    // store_probably_utf16_to_latin1_or_utf16: copy as UTF-16, compress in place if everything fits Latin-1.
    private static (ulong, ulong) ModelProbablyUtf16(RecordingMemory m, string text)
    {
        ulong n = (ulong)text.Length;
        ulong ptr = m.Realloc(0, 0, 2, 2 * n);
        Encoding.Unicode.GetBytes(text).CopyTo(m.Bytes, (int)ptr);
        if (text.Any(c => c >= 0x100))
        {
            return (ptr, n | Utf16Tag);
        }
        for (int i = 0; i < text.Length; i++)
        {
            m.Bytes[(int)ptr + i] = m.Bytes[(int)ptr + 2 * i];
        }
        ptr = m.Realloc(ptr, 2 * n, 1, n);
        return (ptr, n);
    }
}
