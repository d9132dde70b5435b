using WitSharp.Engine.Binary;

namespace WitSharp.Engine.Tests.Binary;

public sealed class Leb128Tests
{
    private static uint U32(params byte[] bytes)
    {
        var reader = new WasmReader(bytes);
        uint value = reader.ReadU32();
        Assert.True(reader.AtEnd, "the whole encoding is consumed");
        return value;
    }

    private static int S32(params byte[] bytes)
    {
        var reader = new WasmReader(bytes);
        int value = reader.ReadS32();
        Assert.True(reader.AtEnd);
        return value;
    }

    private static long S64(params byte[] bytes)
    {
        var reader = new WasmReader(bytes);
        long value = reader.ReadS64();
        Assert.True(reader.AtEnd);
        return value;
    }

    private static string Error(System.Func<long> read) => Assert.Throws<WasmDecodeException>(() => read()).Reason;

    [Fact]
    public void UnsignedValuesIncludingPaddedEncodings()
    {
        Assert.Equal(0u, U32(0x00));
        Assert.Equal(127u, U32(0x7F));
        Assert.Equal(128u, U32(0x80, 0x01));
        Assert.Equal(624485u, U32(0xE5, 0x8E, 0x26));
        // Padded to 5 bytes, as Rust toolchains emit indices.
        Assert.Equal(3u, U32(0x83, 0x80, 0x80, 0x80, 0x00));
        Assert.Equal(0u, U32(0x80, 0x80, 0x80, 0x80, 0x00));
        Assert.Equal(uint.MaxValue, U32(0xFF, 0xFF, 0xFF, 0xFF, 0x0F));
    }

    [Fact]
    public void UnsignedOverlongAndUnusedBits()
    {
        Assert.Equal("integer representation too long", Error(() => U32(0x80, 0x80, 0x80, 0x80, 0x80, 0x00)));
        Assert.Equal("integer too large", Error(() => U32(0xFF, 0xFF, 0xFF, 0xFF, 0x1F)));
        Assert.Equal("integer too large", Error(() => U32(0x80, 0x80, 0x80, 0x80, 0x70)));
        Assert.Equal("unexpected end", Error(() => U32(0x80, 0x80)));
    }

    [Fact]
    public void SignedThirtyTwoBit()
    {
        Assert.Equal(-1, S32(0x7F));
        Assert.Equal(63, S32(0x3F));
        Assert.Equal(-64, S32(0x40));
        Assert.Equal(64, S32(0xC0, 0x00));
        Assert.Equal(int.MinValue, S32(0x80, 0x80, 0x80, 0x80, 0x78));
        Assert.Equal(int.MaxValue, S32(0xFF, 0xFF, 0xFF, 0xFF, 0x07));
        Assert.Equal(-1, S32(0xFF, 0xFF, 0xFF, 0xFF, 0x7F));
        Assert.Equal(0, S32(0x80, 0x80, 0x80, 0x80, 0x00));
        // The last byte's unused bits must sign-extend bit 3.
        Assert.Equal("integer too large", Error(() => S32(0xFF, 0xFF, 0xFF, 0xFF, 0x0F)));
        Assert.Equal("integer too large", Error(() => S32(0x80, 0x80, 0x80, 0x80, 0x70)));
        Assert.Equal("integer representation too long", Error(() => S32(0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F)));
    }

    [Fact]
    public void SignedSixtyFourBit()
    {
        Assert.Equal(long.MinValue, S64(0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x7F));
        Assert.Equal(long.MaxValue, S64(0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x00));
        Assert.Equal(-2, S64(0x7E));
        Assert.Equal("integer too large", Error(() => S64(0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01)));
        Assert.Equal("integer too large", Error(() => S64(0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x7E)));
        Assert.Equal("integer representation too long", Error(() => S64(0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x00)));
    }

    [Fact]
    public void SignedThirtyThreeBitBlockTypeIndex()
    {
        var reader = new WasmReader(new byte[] { 0xFF, 0xFF, 0xFF, 0xFF, 0x0F });
        Assert.Equal(uint.MaxValue, reader.ReadS33());
        reader = new WasmReader(new byte[] { 0x80, 0x80, 0x80, 0x80, 0x70 });
        Assert.Equal(-(1L << 32), reader.ReadS33());
        Assert.Equal("integer too large", Error(() => new WasmReader(new byte[] { 0x80, 0x80, 0x80, 0x80, 0x10 }).ReadS33()));
    }

    [Fact]
    public void ErrorsCarryTheOffsetOfTheOffendingByte()
    {
        var e = Assert.Throws<WasmDecodeException>(() => new WasmReader(new byte[] { 0x80, 0x80, 0x80, 0x80, 0x70 }, 100).ReadU32());
        Assert.Equal(104, e.Offset);
        Assert.Equal("integer too large at offset 104", e.Message);
    }
}
