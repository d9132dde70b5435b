using System;
using System.Buffers.Binary;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text;
using WitSharp.Generator.Tests.Differential;
using WitSharp.Runtime;

namespace WitSharp.Generator.Tests;

/// <summary>
/// What <c>map&lt;K, V&gt;</c> bindings do beyond the byte-for-byte differential: a guest's repeated key keeps its last
/// value (WIT.md), an empty map is an empty dictionary, the host's dictionary goes to the guest in its enumeration
/// order, and a dictionary whose <c>Count</c> disagrees with its enumeration is an argument error.
/// </summary>
public sealed class MapBindingTests
{
    private const string Wit = """
        package t:maps;
        interface m {
          take: func(x: map<string, u32>) -> u32;
          put: func(x: map<string, u32>);
          switches: func(x: map<bool, u32>) -> u32;
        }
        world w { import m; export m; }
        """;

    private const string User = """
        using System.Collections.Generic;
        using System.Linq;
        using WitSharp.Runtime;
        using global::T.Maps.M;
        public sealed class Host : IM
        {
            public int Calls;
            public IReadOnlyDictionary<string, uint>? Last;
            public uint Take(IReadOnlyDictionary<string, uint> x) { Calls++; Last = x; return (uint)x.Count; }
            public void Put(IReadOnlyDictionary<string, uint> x) => Calls++;
            public uint Switches(IReadOnlyDictionary<bool, uint> x) => (uint)x.Count * 1000 + x[false] * 10 + x[true];
        }
        public static class Driver
        {
            public static string Take(CallContext cx, CoreValue[] args)
            {
                var host = new Host();
                MImportsBinding.Take(host, cx, args, new CoreValue[1]);
                return host.Calls + ":" + string.Join(",", host.Last!.Select(kv => kv.Key + "=" + kv.Value));
            }
            public static uint Switches(CallContext cx, CoreValue[] args)
            {
                var results = new CoreValue[1];
                MImportsBinding.Switches(new Host(), cx, args, results);
                return (uint)results[0].Bits;
            }
            public static void Put(ICoreFunctionInvoker guest, CallContext cx, IReadOnlyDictionary<string, uint> map) =>
                new MExportsBinding(guest, cx, n => 0).Put(map);
        }
        """;

    private static readonly Lazy<Type> s_driver = new(() => BindingsCompiler.Load(Generate.FromText(Wit).Sources, User).GetType("Driver")!);

    private static string Take(TestMemory memory, uint ptr, uint length) =>
        (string)s_driver.Value.GetMethod("Take")!.Invoke(null, new object[] { memory.Context(), new[] { CoreValue.I32(ptr), CoreValue.I32(length) } })!;

    // Entries are (key pointer, key length, value): 12 bytes, 4-aligned; key text lives at 200 onwards.
    private static TestMemory GuestMap(params (string Key, uint Value)[] entries)
    {
        var memory = new TestMemory(1024);
        int text = 200;
        for (int i = 0; i < entries.Length; i++)
        {
            var bytes = Encoding.UTF8.GetBytes(entries[i].Key);
            bytes.CopyTo(memory.Bytes, text);
            var entry = memory.Bytes.AsSpan(16 + i * 12);
            BinaryPrimitives.WriteUInt32LittleEndian(entry, (uint)text);
            BinaryPrimitives.WriteUInt32LittleEndian(entry.Slice(4), (uint)bytes.Length);
            BinaryPrimitives.WriteUInt32LittleEndian(entry.Slice(8), entries[i].Value);
            text += bytes.Length;
        }
        return memory;
    }

    [Fact]
    public void ARepeatedKeyFromTheGuestKeepsItsLastValueInItsFirstPlace()
    {
        var memory = GuestMap(("a", 1), ("b", 2), ("a", 3), ("c", 4), ("b", 5));
        Assert.Equal("1:a=3,b=5,c=4", Take(memory, 16, 5));
    }

    [Fact]
    public void ManyRepeatsOfANarrowKeyLiftToItsFewKeys()
    {
        // 4000 (bool, u32) entries of 8 bytes alternate false, true: two keys, the last values 3998 and 3999.
        var memory = new TestMemory(40000);
        for (int i = 0; i < 4000; i++)
        {
            memory.Bytes[16 + i * 8] = (byte)(i % 2);
            BinaryPrimitives.WriteUInt32LittleEndian(memory.Bytes.AsSpan(16 + i * 8 + 4), (uint)i % 10);
        }
        var result = s_driver.Value.GetMethod("Switches")!.Invoke(null, new object[] { memory.Context(), new[] { CoreValue.I32(16), CoreValue.I32(4000) } });
        Assert.Equal(2000u + 8 * 10 + 9, result);
    }

    [Fact]
    public void AnEmptyGuestMapIsAnEmptyDictionary()
    {
        Assert.Equal("1:", Take(new TestMemory(64), 0, 0));
    }

    [Fact]
    public void TheHostDictionaryReachesTheGuestInEnumerationOrder()
    {
        var guest = new RecordingGuest();
        var map = new SortedDictionary<string, uint>(StringComparer.Ordinal) { ["zeta"] = 26, ["alpha"] = 1, ["mu"] = 12 };
        s_driver.Value.GetMethod("Put")!.Invoke(null, new object[] { guest, guest.Memory.Context(), map });
        Assert.Equal("alpha=1,mu=12,zeta=26", guest.Received);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void ADictionaryWhoseCountDisagreesWithItsEntriesIsAnArgumentError(int count)
    {
        var guest = new RecordingGuest();
        var error = Assert.Throws<TargetInvocationException>(() =>
            s_driver.Value.GetMethod("Put")!.Invoke(null, new object[] { guest, guest.Memory.Context(), new MiscountedMap(count) }));
        Assert.Contains("Count", Assert.IsType<ArgumentException>(error.InnerException).Message);
        Assert.Null(guest.Received);
    }

    // A guest export that decodes the map<string, u32> it was passed.
    private sealed class RecordingGuest : ICoreFunctionInvoker
    {
        public TestMemory Memory { get; } = new(1024);

        public string? Received { get; private set; }

        public void Invoke(int export, ReadOnlySpan<CoreValue> arguments, Span<CoreValue> results)
        {
            int ptr = (int)arguments[0].Bits, length = (int)arguments[1].Bits;
            var entries = new List<string>();
            for (int i = 0; i < length; i++)
            {
                var entry = Memory.Bytes.AsSpan(ptr + i * 12);
                string key = Encoding.UTF8.GetString(Memory.Bytes, (int)BinaryPrimitives.ReadUInt32LittleEndian(entry), (int)BinaryPrimitives.ReadUInt32LittleEndian(entry.Slice(4)));
                entries.Add(key + "=" + BinaryPrimitives.ReadUInt32LittleEndian(entry.Slice(8)));
            }
            Received = string.Join(",", entries);
        }

        public void PostReturn(int export, ReadOnlySpan<CoreValue> results)
        {
        }
    }

    // Two entries, whatever Count says.
    private sealed class MiscountedMap : IReadOnlyDictionary<string, uint>
    {
        private readonly Dictionary<string, uint> _entries = new() { ["a"] = 1, ["b"] = 2 };

        public MiscountedMap(int count) => Count = count;

        public int Count { get; }

        public uint this[string key] => _entries[key];

        public IEnumerable<string> Keys => _entries.Keys;

        public IEnumerable<uint> Values => _entries.Values;

        public bool ContainsKey(string key) => _entries.ContainsKey(key);

        public bool TryGetValue(string key, out uint value) => _entries.TryGetValue(key, out value);

        public IEnumerator<KeyValuePair<string, uint>> GetEnumerator() => _entries.GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
