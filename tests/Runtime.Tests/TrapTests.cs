using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using WitSharp.WitParser.Abi;

namespace WitSharp.Runtime.Tests;

/// <summary>Values from the guest that break a Canonical ABI rule trap with <see cref="CanonicalAbiTrapException"/>.</summary>
public sealed class TrapTests
{
    private static readonly TestTypes Types = new(
        "type str = string;\n" +
        "type chr = char;\n" +
        "type words = list<u32>;\n" +
        "type opt = option<u8>;\n" +
        "enum color { red, green, blue }\n" +
        "type flag = bool;\n");

    private static void Pair(TestMemory memory, int at, uint ptr, uint length)
    {
        BinaryPrimitives.WriteUInt32LittleEndian(memory.Bytes.AsSpan(at), ptr);
        BinaryPrimitives.WriteUInt32LittleEndian(memory.Bytes.AsSpan(at + 4), length);
    }

    private static CanonicalAbiTrapException LoadTraps(string type, TestMemory memory, StringEncoding encoding = StringEncoding.Utf8, ulong ptr = 0) =>
        Assert.Throws<CanonicalAbiTrapException>(() => CanonicalAbi.Load(TestTypes.Context(memory, encoding), Types.Type(type), ptr));

    [Fact]
    public void InvalidUtf8FromTheGuestTraps()
    {
        var memory = new TestMemory();
        memory.Bytes[100] = 0xC3; // a lead byte with no continuation
        memory.Bytes[101] = (byte)'a';
        Pair(memory, 0, 100, 2);
        Assert.Contains("UTF-8", LoadTraps("str", memory).Message);
    }

    [Fact]
    public void EncodedSurrogateInUtf8Traps()
    {
        var memory = new TestMemory();
        new byte[] { 0xED, 0xA0, 0x80 }.CopyTo(memory.Bytes, 100);
        Pair(memory, 0, 100, 3);
        LoadTraps("str", memory);
    }

    [Fact]
    public void UnpairedSurrogateInUtf16Traps()
    {
        var memory = new TestMemory();
        BinaryPrimitives.WriteUInt16LittleEndian(memory.Bytes.AsSpan(100), 0xDC00);
        Pair(memory, 0, 100, 1);
        Assert.Contains("UTF-16", LoadTraps("str", memory, StringEncoding.Utf16).Message);
    }

    [Fact]
    public void OutOfBoundsStringTraps()
    {
        var memory = new TestMemory(size: 256);
        Pair(memory, 0, 250, 10);
        Assert.Contains("out of bounds", LoadTraps("str", memory).Message);
    }

    [Fact]
    public void StringPointerPlusLengthWrappingPastTheEndTraps()
    {
        var memory = new TestMemory(size: 256);
        Pair(memory, 0, 0xFFFFFFF0, 0x20);
        LoadTraps("str", memory);
    }

    [Fact]
    public void StringLongerThanTheLimitTraps()
    {
        var memory = new TestMemory();
        Pair(memory, 0, 0, 1 << 28);
        Assert.Contains("limit", LoadTraps("str", memory).Message);
    }

    [Fact]
    public void MisalignedUtf16StringTraps()
    {
        var memory = new TestMemory();
        Pair(memory, 0, 101, 1);
        Assert.Contains("aligned", LoadTraps("str", memory, StringEncoding.Utf16).Message);
    }

    [Fact]
    public void MisalignedListTraps()
    {
        var memory = new TestMemory();
        Pair(memory, 0, 102, 1);
        Assert.Contains("aligned", LoadTraps("words", memory).Message);
    }

    [Fact]
    public void OutOfBoundsListTraps()
    {
        var memory = new TestMemory(size: 256);
        Pair(memory, 0, 200, 100);
        LoadTraps("words", memory);
    }

    [Fact]
    public void BadDiscriminantTraps()
    {
        var memory = new TestMemory();
        memory.Bytes[0] = 2;
        Assert.Contains("discriminant", LoadTraps("opt", memory).Message);
        memory.Bytes[0] = 3;
        LoadTraps("color", memory);
    }

    [Fact]
    public void BadDiscriminantInFlatValuesTraps()
    {
        var flat = new[] { CoreValue.I32(3) };
        Assert.Throws<CanonicalAbiTrapException>(() =>
        {
            var reader = new FlatReader(flat);
            CanonicalAbi.LiftFlat(TestTypes.Context(new TestMemory()), ref reader, Types.Type("color"));
        });
    }

    [Theory]
    [InlineData(0xD800u)]
    [InlineData(0xDFFFu)]
    [InlineData(0x110000u)]
    [InlineData(0xFFFFFFFFu)]
    public void InvalidCharTraps(uint value)
    {
        var memory = new TestMemory();
        BinaryPrimitives.WriteUInt32LittleEndian(memory.Bytes, value);
        LoadTraps("chr", memory);
        var flat = new[] { CoreValue.I32(value) };
        Assert.Throws<CanonicalAbiTrapException>(() =>
        {
            var reader = new FlatReader(flat);
            CanonicalAbi.LiftFlat(TestTypes.Context(memory), ref reader, Types.Type("chr"));
        });
    }

    [Fact]
    public void ValidCharsAtTheEdgesLoad()
    {
        var memory = new TestMemory();
        foreach (uint value in new[] { 0u, 0xD7FFu, 0xE000u, 0x10FFFFu })
        {
            BinaryPrimitives.WriteUInt32LittleEndian(memory.Bytes, value);
            Assert.Equal(value, CanonicalAbi.Load(TestTypes.Context(memory), Types.Type("chr"), 0).Bits);
        }
    }

    [Fact]
    public void BoolIsNormalisedNotTrapped()
    {
        var memory = new TestMemory();
        memory.Bytes[0] = 2;
        Assert.True(CanonicalAbi.Load(TestTypes.Context(memory), Types.Type("flag"), 0).AsBool);
    }

    [Fact]
    public void ReallocResultOutOfBoundsTraps()
    {
        var memory = new TestMemory(size: 256) { ForcedRealloc = 250 };
        var flat = new List<CoreValue>();
        Assert.Throws<CanonicalAbiTrapException>(() =>
            CanonicalAbi.LowerFlat(TestTypes.Context(memory), WitValue.String("hello world"), Types.Type("str"), flat));
    }

    [Fact]
    public void MisalignedReallocResultForUtf16Traps()
    {
        var memory = new TestMemory { ForcedRealloc = 101 };
        var flat = new List<CoreValue>();
        Assert.Throws<CanonicalAbiTrapException>(() =>
            CanonicalAbi.LowerFlat(TestTypes.Context(memory, StringEncoding.Utf16), WitValue.String("hi"), Types.Type("str"), flat));
    }

    [Fact]
    public void StringRoundTripsThroughEveryEncoding()
    {
        foreach (StringEncoding encoding in new[] { StringEncoding.Utf8, StringEncoding.Utf16, StringEncoding.Latin1Utf16 })
        {
            foreach (string text in new[] { "", "abc", "été", "日本語", "a😀b" })
            {
                var memory = new TestMemory();
                CallContext cx = TestTypes.Context(memory, encoding);
                CanonicalAbi.Store(cx, WitValue.String(text), Types.Type("str"), 0);
                Assert.Equal(text, CanonicalAbi.Load(cx, Types.Type("str"), 0).Text);
            }
        }
    }

    [Fact]
    public void AHostStringWithAnUnpairedSurrogateIsRejectedBeforeAnyRealloc()
    {
        var memory = new TestMemory { ForcedRealloc = 100 };
        var flat = new List<CoreValue>();
        Assert.Throws<ArgumentException>(() =>
            CanonicalAbi.LowerFlat(TestTypes.Context(memory, StringEncoding.Utf16), WitValue.String("a\ud800b"), Types.Type("str"), flat));
        Assert.Empty(flat);
        CanonicalAbi.LowerFlat(TestTypes.Context(memory, StringEncoding.Utf16), WitValue.String("a\ud83d\ude00"), Types.Type("str"), flat);
        Assert.Equal(CoreValue.I32(3), flat[1]);
    }

    [Fact]
    public void FlatValuesOfTheWrongCoreTypeAreACallerError()
    {
        var flat = new[] { CoreValue.I64(1) };
        Assert.Throws<ArgumentException>(() =>
        {
            var reader = new FlatReader(flat);
            CanonicalAbi.LiftFlat(TestTypes.Context(new TestMemory()), ref reader, Types.Type("flag"));
        });
        Assert.Equal(CoreValueType.I32, Types.Type("flag").Layout.Flat[0]);
    }
}
