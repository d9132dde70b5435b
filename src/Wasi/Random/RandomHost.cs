using System;
using System.Security.Cryptography;
using WitSharp.Wasi.Bindings.Wasi.Random.V0_2_12.Insecure;
using WitSharp.Wasi.Bindings.Wasi.Random.V0_2_12.InsecureSeed;
using WitSharp.Wasi.Bindings.Wasi.Random.V0_2_12.Random;

namespace WitSharp.Wasi.Random;

/// <summary>
/// <c>wasi:random</c>: <c>random</c> from the operating system's CSPRNG, <c>insecure</c> from <see cref="System.Random.Shared"/>,
/// and <c>insecure-seed</c> one value per context (made on first use and the same after). A request is bounded by the
/// context's <see cref="WasiLimits.MaxIoChunk"/>, so a guest cannot make the host allocate without end.
/// </summary>
internal sealed class RandomHost(Func<WasiContext> context) : IRandom, IInsecure, IInsecureSeed
{
    public byte[] GetRandomBytes(ulong len) => RandomNumberGenerator.GetBytes(Checked(len));

    public ulong GetRandomU64()
    {
        Span<byte> bytes = stackalloc byte[8];
        RandomNumberGenerator.Fill(bytes);
        return BitConverter.ToUInt64(bytes);
    }

    public byte[] GetInsecureRandomBytes(ulong len)
    {
        byte[] bytes = new byte[Checked(len)];
        System.Random.Shared.NextBytes(bytes);
        return bytes;
    }

    public ulong GetInsecureRandomU64() => (ulong)System.Random.Shared.NextInt64() ^ ((ulong)System.Random.Shared.Next() << 63);

    public (ulong, ulong) InsecureSeed() => context().GetState(_ => new Seed()).Value;

    private int Checked(ulong length)
    {
        int limit = context().Limits.MaxIoChunk;
        if (length > (ulong)limit) throw new InvalidOperationException($"wasi:random: {length} bytes asked for, more than this host's limit of {limit}");
        return (int)length;
    }

    private sealed class Seed
    {
        public (ulong, ulong) Value { get; } = ((ulong)System.Random.Shared.NextInt64(), (ulong)System.Random.Shared.NextInt64());
    }
}
