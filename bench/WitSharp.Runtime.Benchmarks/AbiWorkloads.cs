using System;
using System.Linq;
using System.Text;
using Bench.Echo.EchoValues;
using WitSharp.Runtime.Resources;
using WitSharp.WitParser;
using WitSharp.WitParser.Abi;
using WitSharp.WitParser.Resolution;

namespace WitSharp.Runtime.Benchmarks;

/// <summary>
/// The measured round trips (lower into guest memory through <c>cabi_realloc</c>, then lift back to .NET) and their
/// physical limits, over one set of inputs built once. Every method returns a value derived from its result so the
/// work cannot be optimised away.
/// </summary>
public sealed class AbiWorkloads
{
    /// <summary>Payload size of the string and byte-list cases.</summary>
    public const int OneMiB = 1 << 20;

    /// <summary>Element count of the record and variant lists.</summary>
    public const int ListElements = 10_000;

    private const string Wit = """
        package bench:abi;
        interface types {
          record entry { name: string, id: u32 }
          variant choice { a(u32), b(string), c }
          type entries = list<entry>;
          type choices = list<choice>;
        }
        """;

    private readonly BumpMemory _memory = new(16 * OneMiB);
    private readonly CallContext _cx;
    private readonly byte[] _limitBuffer = new byte[4 * OneMiB];
    private readonly byte[] _limitCopy = new byte[OneMiB];
    private readonly CanonicalType _entry;
    private readonly CanonicalType _choice;
    private readonly Bench.Echo.EchoWorld.ExportsBinding _echo;
    private readonly System.Buffers.ArrayBufferWriter<byte> _bytesWriter = new(OneMiB);

    /// <summary>Builds the inputs and the canonical types of the record and the variant.</summary>
    public AbiWorkloads()
    {
        _cx = new CallContext(_memory, CanonicalOptions.Default, new ComponentInstanceState(), new BorrowScope());
        var load = WitLoader.LoadText("bench.wit", Wit);
        if (!load.Success) throw new InvalidOperationException("benchmark WIT does not resolve: " + load.Diagnostics.FirstOrDefault());
        var resolve = load.Resolve!;
        var types = resolve.Interfaces.First(i => i.Name == "types").Types;
        var builder = new CanonicalTypeBuilder(new CanonicalLayout(resolve));
        _entry = builder.Build(WitType.FromId(types.GetValue("entry")));
        _choice = builder.Build(WitType.FromId(types.GetValue("choice")));

        Ascii = Repeat("The quick brown fox jumps over the lazy dog. 0123456789\n");
        NonAscii = Repeat("héllo wörld – ☃ 日本語 Ελληνικά 😀 ");
        Bytes = new byte[OneMiB];
        new Random(42).NextBytes(Bytes);
        Entries = WitValue.Sequence(Enumerable.Range(0, ListElements)
            .Select(i => WitValue.Sequence(new[] { WitValue.String("entry-" + i), WitValue.Unsigned((uint)i) })).ToArray());
        _echo = new Bench.Echo.EchoWorld.ExportsBinding(new EchoGuest(_memory), _cx, EchoGuest.ResolveExport);
        TypedEntries = Enumerable.Range(0, ListElements).Select(i => new Entry("entry-" + i, (uint)i)).ToArray();
        TypedChoices = Enumerable.Range(0, ListElements).Select(i => (i % 3) switch
        {
            0 => (Choice)new Choice.A((uint)i),
            1 => new Choice.B("b" + i),
            _ => new Choice.C(),
        }).ToArray();
        Choices = WitValue.Sequence(Enumerable.Range(0, ListElements).Select(i => (i % 3) switch
        {
            0 => WitValue.Variant(0, WitValue.Unsigned((uint)i)),
            1 => WitValue.Variant(1, WitValue.String("b" + i)),
            _ => WitValue.Variant(2),
        }).ToArray());
    }

    /// <summary>About 1 MiB of ASCII (as UTF-8).</summary>
    public string Ascii { get; }

    /// <summary>About 1 MiB of UTF-8 with 2-, 3- and 4-byte sequences.</summary>
    public string NonAscii { get; }

    /// <summary>1 MiB of random bytes.</summary>
    public byte[] Bytes { get; }

    /// <summary><c>list&lt;entry&gt;</c> with <see cref="ListElements"/> records.</summary>
    public WitValue Entries { get; }

    /// <summary><c>list&lt;choice&gt;</c> with <see cref="ListElements"/> variants, the three cases in turn.</summary>
    public WitValue Choices { get; }

    /// <summary>The same records as <see cref="Entries"/>, as the generated bindings' C# type.</summary>
    public Entry[] TypedEntries { get; }

    /// <summary>The same variants as <see cref="Choices"/>, as the generated bindings' C# type.</summary>
    public Choice[] TypedChoices { get; }

    /// <summary>Record list round trip through the generated export binding of <c>echo-values.entries</c>.</summary>
    public int GeneratedRecordsRoundTrip()
    {
        _memory.Reset();
        return _echo.EchoValues.Entries(TypedEntries).Length;
    }

    /// <summary>Variant list round trip through the generated export binding of <c>echo-values.choices</c>.</summary>
    public int GeneratedVariantsRoundTrip()
    {
        _memory.Reset();
        return _echo.EchoValues.Choices(TypedChoices).Length;
    }

    /// <summary>
    /// The records' names alone, each stored and lifted through <see cref="StringCodec"/> as the generated record codec
    /// does: the string share of a record's per-element cost.
    /// </summary>
    public int ShortStringsRoundTrip()
    {
        _memory.Reset();
        int total = 0;
        foreach (Entry entry in TypedEntries)
        {
            (ulong ptr, ulong units) = StringCodec.StoreIntoRange(_cx, entry.Name, StringSourceEncoding.Utf16);
            total += StringCodec.Lift(_cx, ptr, units, out _).Length;
        }
        return total;
    }

    /// <summary><c>list&lt;u8&gt;</c> round trip through the generated export binding of <c>echo-bytes.bytes</c>.</summary>
    public int GeneratedBytesRoundTrip()
    {
        _memory.Reset();
        return _echo.EchoBytes.Bytes(Bytes).Length;
    }

    /// <summary>
    /// <c>list&lt;u8&gt;</c> round trip through the generated binding's <c>IBufferWriter&lt;byte&gt;</c> overload of
    /// <c>echo-bytes.bytes</c>, into a writer reused across calls: no new array per call.
    /// </summary>
    public int GeneratedBytesIntoWriterRoundTrip()
    {
        _memory.Reset();
        _bytesWriter.ResetWrittenCount();
        return ((Bench.Echo.EchoBytes.EchoBytesExportsBinding)_echo.EchoBytes).Bytes(Bytes, _bytesWriter);
    }

    /// <summary>String round trip through <see cref="StringCodec"/> (utf8 guest, .NET UTF-16 source).</summary>
    public int StringRoundTrip(string text)
    {
        _memory.Reset();
        (ulong ptr, ulong units) = StringCodec.StoreIntoRange(_cx, text, StringSourceEncoding.Utf16);
        return StringCodec.Lift(_cx, ptr, units, out _).Length;
    }

    /// <summary>The limit for strings: <c>Encoding.UTF8.GetBytes</c> then <c>GetString</c> of the same text.</summary>
    public int StringLimit(string text)
    {
        int length = Encoding.UTF8.GetBytes(text, _limitBuffer);
        return Encoding.UTF8.GetString(_limitBuffer, 0, length).Length;
    }

    /// <summary><c>list&lt;u8&gt;</c> round trip lifting into a reused buffer (<see cref="Bindings.ListCodec.LiftInto{T}"/>): no fresh array.</summary>
    public int BytesIntoBufferRoundTrip()
    {
        _memory.Reset();
        (ulong ptr, ulong length) = Bindings.ListCodec.Lower<byte>(_cx, Bytes);
        return Bindings.ListCodec.LiftInto<byte>(_cx, ptr, length, _limitCopy);
    }

    /// <summary>
    /// The bytes limit when the result must be a new array, as the generated API's <c>byte[]</c> is: one copy in, then
    /// a new uninitialised 1 MiB array (a large-object-heap allocation) and the copy out.
    /// </summary>
    public int BytesFreshArrayLimit()
    {
        Bytes.AsSpan().CopyTo(_limitBuffer);
        byte[] copy = GC.AllocateUninitializedArray<byte>(OneMiB);
        _limitBuffer.AsSpan(0, OneMiB).CopyTo(copy);
        return copy[OneMiB - 1];
    }

    /// <summary>The limit for bytes: two <c>Span.CopyTo</c> of the same 1 MiB.</summary>
    public int BytesLimit()
    {
        Bytes.AsSpan().CopyTo(_limitBuffer);
        _limitBuffer.AsSpan(0, OneMiB).CopyTo(_limitCopy);
        return _limitCopy[OneMiB - 1];
    }

    /// <summary>Record list round trip through the dynamic <see cref="CanonicalAbi"/> path.</summary>
    public int RecordsRoundTrip() => ListRoundTrip(Entries, _entry);

    /// <summary>Variant list round trip through the dynamic <see cref="CanonicalAbi"/> path.</summary>
    public int VariantsRoundTrip() => ListRoundTrip(Choices, _choice);

    private int ListRoundTrip(WitValue list, CanonicalType element)
    {
        _memory.Reset();
        (ulong ptr, ulong length) = CanonicalAbi.StoreListIntoRange(_cx, list, element);
        return CanonicalAbi.LoadListFromRange(_cx, ptr, length, element).Items.Count;
    }

    private static string Repeat(string unit)
    {
        var text = new StringBuilder();
        int bytes = Encoding.UTF8.GetByteCount(unit);
        for (int total = 0; total + bytes <= OneMiB; total += bytes) text.Append(unit);
        return text.ToString();
    }
}
