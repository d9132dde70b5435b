using System;
using System.Linq;
using System.Reflection;
using System.Text;
using WitSharp.Engine;
using WitSharp.Engine.Bindings;
using WitSharp.Runtime;

namespace WitSharp.Generator.Tests;

/// <summary>
/// Generated bindings end to end on the managed engine: a C guest (Guests/text_guest.c, compiled by clang-19)
/// implements <c>demo:text/text</c> and calls the host's <c>demo:text/host</c>; the host reaches it only through the
/// generated export binding over <see cref="GuestInstance"/> and answers it through generated import trampolines
/// linked by <see cref="CanonicalLinker"/>. Every answer is computed by the guest.
/// </summary>
public sealed class EngineGuestTests
{
    public const string Wit = """
        package demo:text@0.1.0;

        interface host {
          record entry { name: string, id: u32 }
          log: func(message: string);
          lookup: func(id: u32) -> entry;
          tags: func(prefix: string) -> list<string>;
          total: func(a: u32, b: u32, c: u32, d: u32, e: u32, f: u32, g: u32, h: u32, i: u32, j: u32, k: u32, l: u32, m: u32, n: u32, o: u32, p: u32, q: string) -> u64;
        }

        interface text {
          use host.{entry};
          variant shape { empty, digits(u32), word(string) }
          reverse: func(s: string) -> string;
          code-points: func(s: string) -> u32;
          sum: func(values: list<u32>) -> u64;
          score: func(entries: list<entry>) -> u32;
          make-entries: func(n: u32) -> list<entry>;
          longest: func(entries: list<entry>) -> option<string>;
          parse: func(s: string) -> result<u32, string>;
          classify: func(s: string) -> shape;
          weigh: func(a: u32, b: u32, c: u32, d: u32, e: u32, f: u32, g: u32, h: u32, i: u32, j: u32, k: u32, l: u32, m: u32, n: u32, o: u32, p: u32, q: u32) -> u64;
          split: func(s: string) -> tuple<string, string, u32>;
          greet: func(id: u32) -> string;
          tag-bytes: func(prefix: string) -> u32;
          audit: func(label: string) -> u64;
        }

        world guest {
          import host;
          export text;
          export checksum: func(data: list<u8>) -> u32;
        }
        """;

    // The host side a .NET user writes: an IHost, and the linking of the guest's imports to the generated trampolines.
    private const string User = """
        using System.Collections.Generic;
        using WitSharp.Engine;
        using WitSharp.Engine.Bindings;
        using global::Demo.Text.V0_1_0.Host;
        using global::Demo.Text.V0_1_0.Text;
        using global::Demo.Text.V0_1_0.GuestWorld;

        public sealed class Host : IHost
        {
            public readonly List<string> Logged = new();
            public void Log(string message) => Logged.Add(message);
            public Entry Lookup(uint id) => new Entry(id == 7 ? "Zoë" : "guest-" + id, id * 10);
            public string[] Tags(string prefix) => new[] { prefix + "-a", prefix + "-bb", "ünï" };
            public ulong Total(uint a, uint b, uint c, uint d, uint e, uint f, uint g, uint h, uint i, uint j, uint k, uint l, uint m, uint n, uint o, uint p, string q)
            {
                uint[] numbers = { a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p };
                ulong total = 0;
                for (int x = 0; x < numbers.Length; x++) total += (ulong)(x + 1) * numbers[x];
                return total + 1_000_000UL * (ulong)System.Text.Encoding.UTF8.GetByteCount(q);
            }
        }

        public sealed class Guest
        {
            public readonly Host Host = new();
            public readonly GuestInstance Instance;
            public readonly IExports World;
            public readonly ITextExports Text;

            public Guest(byte[] wasm)
            {
                var engine = new WasmEngine();
                var linker = new CanonicalLinker(engine)
                    .DefineImport<IHost>("demo:text/host@0.1.0", "log", Host, HostImportsBinding.Log)
                    .DefineImport<IHost>("demo:text/host@0.1.0", "lookup", Host, HostImportsBinding.Lookup)
                    .DefineImport<IHost>("demo:text/host@0.1.0", "tags", Host, HostImportsBinding.Tags)
                    .DefineImport<IHost>("demo:text/host@0.1.0", "total", Host, HostImportsBinding.Total);
                Instance = linker.Instantiate(new WasmStore(engine), engine.LoadModule(wasm));
                World = new ExportsBinding(Instance, Instance.Context, Instance.ResolveExport);
                Text = World.Text;
            }

            public int GuestCounter(string name) => Instance.CoreInstance.GetFunction(name)!.Invoke()[0].AsI32();
        }
        """;

    private static readonly Lazy<Assembly> s_bindings = new(() => BindingsCompiler.Load(Generate.FromText(Wit).Sources, User));
    private static readonly Lazy<byte[]> s_guest = new(() => GuestCompiler.CompileC("text_guest.c"));

    private static dynamic NewGuest()
    {
        byte[] wasm = s_guest.Value;
        return Activator.CreateInstance(s_bindings.Value.GetType("Guest")!, wasm)!;
    }

    [SkippableFact]
    public void StringsGoBothWaysAndTheGuestComputesOnThem()
    {
        dynamic guest = NewGuest();
        Assert.Equal("olléh", (string)guest.Text.Reverse("héllo"));
        Assert.Equal("🦀 a ,ëoZ", (string)guest.Text.Reverse("Zoë, a 🦀"));
        Assert.Equal("", (string)guest.Text.Reverse(""));
        Assert.Equal(8u, (uint)guest.Text.CodePoints("Zoë, a 🦀"));
        Assert.Equal(0u, (uint)guest.Text.CodePoints(""));
    }

    [SkippableFact]
    public void AListOfU32IsSummedByTheGuestEvenWhenItMustGrowItsMemory()
    {
        dynamic guest = NewGuest();
        Assert.Equal(uint.MaxValue + 3UL, (ulong)guest.Text.Sum(new uint[] { uint.MaxValue, 1, 2 }));
        Assert.Equal(0UL, (ulong)guest.Text.Sum(Array.Empty<uint>()));
        // 800 KB of arguments: cabi_realloc grows the guest's memory from 2 pages while the host lowers the list.
        var big = Enumerable.Range(0, 200_000).Select(i => (uint)i * 3).ToArray();
        int pagesBefore = ((GuestInstance)guest.Instance).Memory.Length / 65536;
        Assert.Equal(big.Aggregate(0UL, (sum, v) => sum + v), (ulong)guest.Text.Sum(big));
        Assert.True(((GuestInstance)guest.Instance).Memory.Length / 65536 > pagesBefore + 10);
    }

    [SkippableFact]
    public void RecordListsGoInAndComeOut()
    {
        dynamic guest = NewGuest();
        Type entry = s_bindings.Value.GetType("Demo.Text.V0_1_0.Host.Entry")!;
        Array entries = Array.CreateInstance(entry, 3);
        entries.SetValue(Activator.CreateInstance(entry, "ab", 5u), 0);
        entries.SetValue(Activator.CreateInstance(entry, "Zoë", 7u), 1);
        entries.SetValue(Activator.CreateInstance(entry, "", 1000u), 2);
        Assert.Equal(5u * 2 + 7u * 4, (uint)guest.Text.Score((dynamic)entries));
        Assert.Equal("Zoë", (string?)guest.Text.Longest((dynamic)entries));
        Assert.Null((string?)guest.Text.Longest((dynamic)Array.CreateInstance(entry, 0)));

        dynamic made = guest.Text.MakeEntries(12u);
        Assert.Equal(12, made.Length);
        Assert.Equal("item-11", (string)made[11].Name);
        Assert.Equal(121u, (uint)made[11].Id);
        Assert.Equal("item-0", (string)made[0].Name);
        Assert.Empty((Array)guest.Text.MakeEntries(0u));
    }

    [SkippableFact]
    public void OptionResultAndVariantCasesAllLift()
    {
        dynamic guest = NewGuest();
        dynamic ok = guest.Text.Parse("40213");
        Assert.True((bool)ok.IsOk);
        Assert.Equal(40213u, (uint)ok.Value);
        dynamic bad = guest.Text.Parse("12x4");
        Assert.Equal("not a digit at 2", (string)bad.Error);
        Assert.Equal("empty", (string)guest.Text.Parse("").Error);

        Assert.Equal("Empty", guest.Text.Classify("").GetType().Name);
        dynamic digits = guest.Text.Classify("1234");
        Assert.Equal("Digits", digits.GetType().Name);
        Assert.Equal(10u, (uint)digits.Value);
        dynamic word = guest.Text.Classify("wasm 2.0");
        Assert.Equal("Word", word.GetType().Name);
        Assert.Equal("WASM 2.0", (string)word.Value);
    }

    [SkippableFact]
    public void SeventeenParametersTravelInMemoryAndTupleResultsThroughAReturnPointer()
    {
        dynamic guest = NewGuest();
        uint[] p = Enumerable.Range(1, 17).Select(i => (uint)(i * 1000 + i)).ToArray();
        ulong expected = 0;
        for (int i = 0; i < 17; i++) expected += (ulong)(i + 1) * p[i];
        Assert.Equal(expected, (ulong)guest.Text.Weigh(p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], p[8], p[9], p[10], p[11], p[12], p[13], p[14], p[15], p[16]));

        (string, string, uint) split = guest.Text.Split("key:välue:x");
        Assert.Equal(("key", "välue:x", 3u), split);
        Assert.Equal(("plain", "", 5u), ((string, string, uint))guest.Text.Split("plain"));
    }

    [SkippableFact]
    public void TheGuestCallsTheHostsImportsThroughTheTrampolines()
    {
        dynamic guest = NewGuest();
        Assert.Equal("hello, Zoë #70", (string)guest.Text.Greet(7u));
        Assert.Equal("hello, guest-12 #120", (string)guest.Text.Greet(12u));
        Assert.Equal(new[] { "hello, Zoë #70", "hello, guest-12 #120" }, ((System.Collections.Generic.List<string>)guest.Host.Logged).ToArray());
    }

    [SkippableFact]
    public void TheHostLowersAListOfStringsIntoTheGuestWhileTheGuestRuns()
    {
        dynamic guest = NewGuest();
        // Tags: "wit-a" (5), "wit-bb" (6), "ünï" (5 UTF-8 bytes).
        Assert.Equal(1u * 5 + 2u * 6 + 3u * 5, (uint)guest.Text.TagBytes("wit"));
        Assert.Equal(1u * 2 + 2u * 3 + 3u * 5, (uint)guest.Text.TagBytes(""));
    }

    [SkippableFact]
    public void TheGuestPassesEighteenFlatParametersToTheHostInItsMemory()
    {
        dynamic guest = NewGuest();
        ulong squares = 0;
        for (ulong i = 1; i <= 16; i++) squares += i * i;
        Assert.Equal(squares + 1_000_000UL * 4 + 1, (ulong)guest.Text.Audit("Zoë"));
    }

    [SkippableFact]
    public void TheWorldsOwnExportTakesBytes()
    {
        dynamic guest = NewGuest();
        byte[] data = Encoding.UTF8.GetBytes("The quick brown fox 🦊");
        uint expected = 2166136261u;
        foreach (byte b in data) expected = unchecked((expected ^ b) * 16777619u);
        Assert.Equal(expected, (uint)guest.World.Checksum(data));
        Assert.Equal(2166136261u, (uint)guest.World.Checksum(Array.Empty<byte>()));
    }

    [SkippableFact]
    public void EveryCallRunsItsPostReturnSoTheGuestHeapDoesNotGrow()
    {
        dynamic guest = NewGuest();
        string text = new string('x', 1000) + "é";
        guest.Text.Reverse(text);
        int afterOne = guest.GuestCounter("heap-high-water");
        for (int i = 0; i < 200; i++) Assert.Equal(1001u, (uint)guest.Text.CodePoints(guest.Text.Reverse(text)));
        Assert.Equal(401, guest.GuestCounter("post-returns"));
        Assert.Equal(afterOne, guest.GuestCounter("heap-high-water"));
    }
}
