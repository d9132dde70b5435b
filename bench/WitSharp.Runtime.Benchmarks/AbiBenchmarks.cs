using BenchmarkDotNet.Attributes;

namespace WitSharp.Runtime.Benchmarks;

/// <summary>BenchmarkDotNet runs of the <see cref="AbiWorkloads"/> round trips, each beside its limit.</summary>
[MemoryDiagnoser]
public class AbiBenchmarks
{
    private AbiWorkloads _w = null!;

    /// <summary>Builds the inputs once.</summary>
    [GlobalSetup]
    public void Setup() => _w = new AbiWorkloads();

    /// <summary>1 MiB ASCII string lower+lift.</summary>
    [Benchmark]
    public int AsciiString() => _w.StringRoundTrip(_w.Ascii);

    /// <summary>Its limit: UTF8 GetBytes + GetString.</summary>
    [Benchmark]
    public int AsciiStringLimit() => _w.StringLimit(_w.Ascii);

    /// <summary>1 MiB non-ASCII string lower+lift.</summary>
    [Benchmark]
    public int NonAsciiString() => _w.StringRoundTrip(_w.NonAscii);

    /// <summary>Its limit: UTF8 GetBytes + GetString.</summary>
    [Benchmark]
    public int NonAsciiStringLimit() => _w.StringLimit(_w.NonAscii);

    /// <summary>1 MiB list&lt;u8&gt; through the generated export binding.</summary>
    [Benchmark]
    public int Bytes() => _w.GeneratedBytesRoundTrip();

    /// <summary>1 MiB list&lt;u8&gt; lower+lift into a reused buffer.</summary>
    [Benchmark]
    public int BytesIntoBuffer() => _w.BytesIntoBufferRoundTrip();

    /// <summary>1 MiB list&lt;u8&gt; through the generated binding's IBufferWriter overload, into a reused writer.</summary>
    [Benchmark]
    public int BytesIntoWriter() => _w.GeneratedBytesIntoWriterRoundTrip();

    /// <summary>Its limit: two span copies.</summary>
    [Benchmark]
    public int BytesLimit() => _w.BytesLimit();

    /// <summary>The bytes limit when the result is a new array.</summary>
    [Benchmark]
    public int BytesFreshArrayLimit() => _w.BytesFreshArrayLimit();

    /// <summary>10k records through the generated export binding.</summary>
    [Benchmark]
    public int GeneratedRecords() => _w.GeneratedRecordsRoundTrip();

    /// <summary>10k variants through the generated export binding.</summary>
    [Benchmark]
    public int GeneratedVariants() => _w.GeneratedVariantsRoundTrip();

    /// <summary>10k records through the dynamic path.</summary>
    [Benchmark]
    public int Records() => _w.RecordsRoundTrip();

    /// <summary>10k variants through the dynamic path.</summary>
    [Benchmark]
    public int Variants() => _w.VariantsRoundTrip();
}
