using System;
using System.Buffers.Binary;
using System.Linq;
using System.Runtime.InteropServices;
using WitSharp.Runtime.Bindings;

namespace WitSharp.Runtime.Tests;

/// <summary><see cref="ListCodec"/>: bulk primitive lists agree with the dynamic Canonical ABI and keep its traps.</summary>
public sealed class ListCodecTests
{
    private static readonly TestTypes Types = new(
        "type l-u8 = list<u8>;\ntype l-s8 = list<s8>;\ntype l-u16 = list<u16>;\ntype l-s16 = list<s16>;\n" +
        "type l-u32 = list<u32>;\ntype l-s32 = list<s32>;\ntype l-u64 = list<u64>;\ntype l-s64 = list<s64>;\n" +
        "type l-f32 = list<f32>;\ntype l-f64 = list<f64>;\n");

    // 37 elements: more than one vector of every width, plus a scalar tail.
    private const int Count = 37;

    private static T[] Random<T>(int seed) where T : unmanaged
    {
        var bytes = new byte[Count * Marshal.SizeOf<T>()];
        new Random(seed).NextBytes(bytes);
        return MemoryMarshal.Cast<byte, T>(bytes).ToArray();
    }

    // The dynamic path's view of one element, from the same bits.
    private static WitValue Element<T>(T value) where T : unmanaged
    {
        Span<byte> raw = stackalloc byte[8];
        raw.Clear();
        MemoryMarshal.Write(raw, in value);
        ulong bits = BinaryPrimitives.ReadUInt64LittleEndian(raw);
        int size = Marshal.SizeOf<T>();
        ulong mask = size == 8 ? ulong.MaxValue : (1UL << (8 * size)) - 1;
        if (typeof(T) == typeof(sbyte) || typeof(T) == typeof(short) || typeof(T) == typeof(int) || typeof(T) == typeof(long))
        {
            int shift = 64 - 8 * size;
            return WitValue.Signed((long)(bits << shift) >> shift);
        }
        return WitValue.Unsigned(bits & mask);
    }

    private static void AgreesWithDynamic<T>(string type, T[] values) where T : unmanaged
    {
        var bulkMemory = new TestMemory();
        (ulong ptr, ulong length) = ListCodec.Lower<T>(TestTypes.Context(bulkMemory), values);
        Assert.Equal((ulong)values.Length, length);

        var dynamicMemory = new TestMemory();
        var list = WitValue.Sequence(values.Select(Element).ToArray());
        (ulong dynamicPtr, ulong dynamicLength) = CanonicalAbi.StoreListIntoRange(TestTypes.Context(dynamicMemory), list, Types.Type(type).Element!);
        Assert.Equal((dynamicPtr, dynamicLength), (ptr, length));
        Assert.Equal(dynamicMemory.Bytes, bulkMemory.Bytes);

        T[] lifted = ListCodec.Lift<T>(TestTypes.Context(bulkMemory), ptr, length);
        WitValue dynamicLifted = CanonicalAbi.LoadListFromRange(TestTypes.Context(dynamicMemory), ptr, length, Types.Type(type).Element!);
        Assert.Equal(dynamicLifted.Items.Select(v => v.Bits), lifted.Select(v => Element(v).Bits));
    }

    [Fact]
    public void IntegerListsRoundTripAndMatchTheDynamicStore()
    {
        AgreesWithDynamic("l-u8", Random<byte>(1));
        AgreesWithDynamic("l-s8", Random<sbyte>(2));
        AgreesWithDynamic("l-u16", Random<ushort>(3));
        AgreesWithDynamic("l-s16", Random<short>(4));
        AgreesWithDynamic("l-u32", Random<uint>(5));
        AgreesWithDynamic("l-s32", Random<int>(6));
        AgreesWithDynamic("l-u64", Random<ulong>(7));
        AgreesWithDynamic("l-s64", Random<long>(8));
        Assert.Equal(Random<int>(6), ListCodec.Lift<int>(TestTypes.Context(LoweredMemory(Random<int>(6), out ulong p)), p, Count));
    }

    [Fact]
    public void FloatListsRoundTripAndMatchTheDynamicStore()
    {
        // NaNs with payloads and both signs, in the vector part and the tail; the dynamic store canonicalises them.
        float[] floats = Random<float>(9);
        floats[3] = BitConverter.UInt32BitsToSingle(0xffc00123);
        floats[Count - 1] = BitConverter.UInt32BitsToSingle(0x7f800001);
        AgreesWithDynamic("l-f32", floats);
        double[] doubles = Random<double>(10);
        doubles[1] = BitConverter.UInt64BitsToDouble(0xfff0000000000001);
        doubles[Count - 1] = BitConverter.UInt64BitsToDouble(0x7ff8000000000abc);
        AgreesWithDynamic("l-f64", doubles);
        double[] ordinary = { 0.0, -0.0, 1.5, double.PositiveInfinity, double.NegativeInfinity, double.Epsilon, double.MaxValue };
        Assert.Equal(ordinary, ListCodec.Lift<double>(TestTypes.Context(LoweredMemory(ordinary, out ulong p)), p, (ulong)ordinary.Length));
    }

    private static TestMemory LoweredMemory<T>(T[] values, out ulong ptr) where T : unmanaged
    {
        var memory = new TestMemory();
        ptr = ListCodec.Lower<T>(TestTypes.Context(memory), values).Pointer;
        return memory;
    }

    [Fact]
    public void LiftedFloatNaNsAreCanonical()
    {
        var memory = new TestMemory();
        uint[] nan32 = { 0x7f800001, 0xffc00001, 0x7fffffff, 0xff800001 };
        ulong[] nan64 = { 0x7ff0000000000001, 0xfff8000000000001, 0x7fffffffffffffff };
        for (int i = 0; i < Count; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(memory.Bytes.AsSpan(128 + 4 * i), nan32[i % nan32.Length]);
            BinaryPrimitives.WriteUInt64LittleEndian(memory.Bytes.AsSpan(512 + 8 * i), nan64[i % nan64.Length]);
        }
        float[] floats = ListCodec.Lift<float>(TestTypes.Context(memory), 128, Count);
        double[] doubles = ListCodec.Lift<double>(TestTypes.Context(memory), 512, Count);
        Assert.All(floats, f => Assert.Equal(0x7fc00000u, BitConverter.SingleToUInt32Bits(f)));
        Assert.All(doubles, d => Assert.Equal(0x7ff8000000000000UL, BitConverter.DoubleToUInt64Bits(d)));
        // Lifting copies: memory keeps the guest's bits.
        Assert.Equal(0x7f800001u, BinaryPrimitives.ReadUInt32LittleEndian(memory.Bytes.AsSpan(128)));
    }

    [Fact]
    public void LiftOfAMisalignedListTraps()
    {
        var cx = TestTypes.Context(new TestMemory());
        Assert.Contains("aligned", Assert.Throws<CanonicalAbiTrapException>(() => ListCodec.Lift<uint>(cx, 102, 1)).Message);
        Assert.Contains("aligned", Assert.Throws<CanonicalAbiTrapException>(() => ListCodec.Lift<double>(cx, 4, 1)).Message);
        Assert.Single(ListCodec.Lift<byte>(cx, 101, 1));
    }

    [Fact]
    public void LiftOutOfBoundsTraps()
    {
        var cx = TestTypes.Context(new TestMemory(size: 256));
        Assert.Contains("out of bounds", Assert.Throws<CanonicalAbiTrapException>(() => ListCodec.Lift<uint>(cx, 248, 3)).Message);
        Assert.Contains("out of bounds", Assert.Throws<CanonicalAbiTrapException>(() => ListCodec.Lift<byte>(cx, 0xFFFFFFF0, 0x20)).Message);
        Assert.Equal(2, ListCodec.Lift<uint>(cx, 248, 2).Length);
    }

    [Fact]
    public void LiftWhoseByteLengthOverflowsOrPassesTheLimitTraps()
    {
        var cx = TestTypes.Context(new TestMemory());
        // 2^61 × 8 wraps to 0 in 64 bits; the limit check must see the true length.
        Assert.Contains("limit", Assert.Throws<CanonicalAbiTrapException>(() => ListCodec.Lift<ulong>(cx, 0, 1UL << 61)).Message);
        Assert.Contains("limit", Assert.Throws<CanonicalAbiTrapException>(() => ListCodec.Lift<ushort>(cx, 0, 1UL << 27)).Message);
        Assert.Contains("limit", Assert.Throws<CanonicalAbiTrapException>(() => ListCodec.Lift<byte>(cx, 0, 1UL << 28)).Message);
    }

    [Fact]
    public void LowerTrapsOnABadReallocBlock()
    {
        var misaligned = new TestMemory { ForcedRealloc = 66 };
        Assert.Contains("aligned", Assert.Throws<CanonicalAbiTrapException>(() => ListCodec.Lower<ulong>(TestTypes.Context(misaligned), new ulong[] { 1 })).Message);
        var outside = new TestMemory(size: 256) { ForcedRealloc = 252 };
        Assert.Contains("out of bounds", Assert.Throws<CanonicalAbiTrapException>(() => ListCodec.Lower<uint>(TestTypes.Context(outside), new uint[] { 1, 2 })).Message);
    }

    [Fact]
    public void LowerAsksReallocForAnAlignedBlockOfTheExactSize()
    {
        var memory = new RecordingMemory();
        ListCodec.Lower<short>(TestTypes.Context(memory), new short[] { 1, 2, 3 });
        ListCodec.Lower<double>(TestTypes.Context(memory), ReadOnlySpan<double>.Empty);
        Assert.Equal(new[] { (0UL, 0UL, 2u, 6UL), (0UL, 0UL, 8u, 0UL) }, memory.Calls);
    }

    [Fact]
    public void OtherElementTypesAreRejected()
    {
        var cx = TestTypes.Context(new TestMemory());
        Assert.Contains("System.Char", Assert.Throws<NotSupportedException>(() => ListCodec.Lift<char>(cx, 0, 1)).Message);
        Assert.Throws<NotSupportedException>(() => ListCodec.Lower<bool>(cx, new[] { true }));
    }

    [Fact]
    public void LiftIntoFillsTheCallersBufferWithTheSameElements()
    {
        float[] values = Random<float>(11);
        values[0] = BitConverter.UInt32BitsToSingle(0xff800123);
        var memory = LoweredMemory(values, out ulong ptr);
        var buffer = new float[Count + 3];
        Assert.Equal(Count, ListCodec.LiftInto<float>(TestTypes.Context(memory), ptr, Count, buffer));
        Assert.Equal(ListCodec.Lift<float>(TestTypes.Context(memory), ptr, Count).Select(BitConverter.SingleToUInt32Bits),
            buffer.Take(Count).Select(BitConverter.SingleToUInt32Bits));
        Assert.Equal(0x7fc00000u, BitConverter.SingleToUInt32Bits(buffer[0]));
        Assert.Equal(0f, buffer[Count]);
    }

    [Fact]
    public void LiftIntoTrapsFirstThenRejectsAShortBuffer()
    {
        var cx = TestTypes.Context(new TestMemory(size: 256));
        Assert.Throws<CanonicalAbiTrapException>(() => ListCodec.LiftInto<uint>(cx, 2, 4, new uint[1]));
        Assert.Throws<CanonicalAbiTrapException>(() => ListCodec.LiftInto<byte>(cx, 250, 10, new byte[1]));
        Assert.Contains("destination holds 3", Assert.Throws<ArgumentException>(() => ListCodec.LiftInto<byte>(cx, 0, 4, new byte[3])).Message);
    }
}
