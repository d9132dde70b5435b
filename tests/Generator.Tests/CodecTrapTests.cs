using System;
using System.Reflection;
using WitSharp.Generator.Tests.Differential;
using WitSharp.Runtime;

namespace WitSharp.Generator.Tests;

/// <summary>
/// Bad values from the guest trap in the generated codecs with a message naming what was wrong, before the host
/// sees anything; bad values from the host are argument exceptions.
/// </summary>
public sealed class CodecTrapTests
{
    private const string Wit = """
        package t:trap;
        interface checks {
          variant v { a(u32), b(string), c(f32) }
          enum e { x, y }
          record r { name: string, id: u32 }
          variant joined { small(u32), big(u64), flag(bool), letter(char) }
          take-v: func(x: v) -> u32;
          take-joined: func(x: joined) -> u32;
          flags fl { a, b, c }
          take-fl: func(x: fl) -> u32;
          take-many: func(a: u64, b: u32, c: u32, d: u32, e: u32, f: u32, g: u32, h: u32, i: u32, j: u32, k: u32, l: u32, m: u32, n: u32, o: u32, p: u32, q: u32) -> u32;
          take-char: func(c: char) -> u32;
          take-list: func(x: list<u32>) -> u32;
          take-records: func(x: list<r>) -> u32;
          take-string: func(s: string) -> u32;
          take-fixed: func(x: list<u8, 3>) -> u32;
          get-u32: func() -> u32;
          get-e: func() -> e;
          get-records: func() -> list<r>;
          put-r: func(x: r);
          put-e: func(x: e);
          put-fixed: func(x: list<u8, 3>);
          put-string: func(x: string);
          put-records: func(tag: string, x: list<r>);
          put-nested: func(x: option<list<option<r>>>);
          take-map: func(x: map<string, u32>) -> u32;
          put-map: func(x: map<string, r>);
        }
        world w { import checks; export checks; }
        """;

    private const string User = """
        using WitSharp.Runtime;
        using global::T.Trap.Checks;
        public sealed class Host : IChecks
        {
            public int Calls;
            public object? Last;
            public uint TakeV(V x) { Calls++; return 0; }
            public uint TakeJoined(Joined x) { Calls++; Last = x; return 0; }
            public uint TakeFl(Fl x) { Calls++; Last = x; return 0; }
            public uint TakeMany(ulong a, uint b, uint c, uint d, uint e, uint f, uint g, uint h, uint i, uint j, uint k, uint l, uint m, uint n, uint o, uint p, uint q) { Calls++; return 0; }
            public uint TakeChar(System.Text.Rune c) { Calls++; return 0; }
            public uint TakeList(uint[] x) { Calls++; return 0; }
            public uint TakeRecords(R[] x) { Calls++; return 0; }
            public uint TakeString(string s) { Calls++; return 0; }
            public uint TakeFixed(byte[] x) { Calls++; return 0; }
            public uint GetU32() { Calls++; return 0; }
            public E GetE() { Calls++; return E.X; }
            public R[] GetRecords() { Calls++; return new R[0]; }
            public void PutR(R x) => Calls++;
            public void PutE(E x) => Calls++;
            public void PutFixed(byte[] x) => Calls++;
            public void PutString(string x) => Calls++;
            public void PutRecords(string tag, R[] x) => Calls++;
            public void PutNested(R?[]? x) => Calls++;
            public uint TakeMap(System.Collections.Generic.IReadOnlyDictionary<string, uint> x) { Calls++; return 0; }
            public void PutMap(System.Collections.Generic.IReadOnlyDictionary<string, R> x) => Calls++;
        }
        public static class Driver
        {
            public static void Import(string name, Host host, CallContext cx, CoreValue[] args) =>
                typeof(ChecksImportsBinding).GetMethod(name)!.CreateDelegate<Trampoline>()(host, cx, args, new CoreValue[1]);
            public delegate void Trampoline(IChecks host, CallContext cx, System.ReadOnlySpan<CoreValue> args, System.Span<CoreValue> results);
            public static object Bind(ICoreFunctionInvoker guest, CallContext cx) => new ChecksExportsBinding(guest, cx, n => 0);
            public static object Record(string name) => new R(name, 1);
            public static object Enum(int value) => (E)value;
            public static object MapWithANullRecord() => new System.Collections.Generic.Dictionary<string, R> { ["a"] = new R("a", 1), ["b"] = null! };
            public static object RecordsWithANullName() => new[] { new R("a", 1), new R(null!, 2) };
        }
        """;

    private static readonly Lazy<Assembly> s_assembly = new(() => BindingsCompiler.Load(Generate.FromText(Wit).Sources, User));

    private static Type Driver => s_assembly.Value.GetType("Driver")!;

    private static CoreValue I32(uint value) => CoreValue.I32(value);

    public static TheoryData<string, CoreValue[], string> GuestArguments() => new()
    {
        { "TakeV", new[] { I32(3), I32(0), I32(0) }, "discriminant 3 is out of range" },
        { "TakeChar", new[] { I32(0xD800) }, "0xd800 is not a Unicode scalar value" },
        { "TakeChar", new[] { I32(0x110000) }, "0x110000 is not a Unicode scalar value" },
        { "TakeList", new[] { I32(2), I32(1) }, "aligned" },
        { "TakeList", new[] { I32(0), I32(1u << 30) }, "exceeds the 2^28-1 byte limit" },
        { "TakeRecords", new[] { I32(4), I32(uint.MaxValue) }, "exceeds the 2^28-1 byte limit" },
        { "TakeRecords", new[] { I32(2), I32(1) }, "not 4-byte aligned" },
        { "TakeRecords", new[] { I32(1016), I32(2) }, "out of bounds" },
        { "TakeString", new[] { I32(1020), I32(10) }, "out of bounds" },
        { "TakeMap", new[] { I32(2), I32(1) }, "map<string, u32> pointer 2 is not 4-byte aligned" },
        { "TakeMap", new[] { I32(1016), I32(1) }, "out of bounds" },
        { "TakeMap", new[] { I32(0), I32(1u << 28) }, "exceeds the 2^28-1 byte limit" },
        { "TakeMany", new[] { I32(4) }, "take-many parameters pointer 4 is not 8-byte aligned" },
        { "TakeMany", new[] { I32(1016) }, "take-many parameters [1016, +72) is out of bounds" },
        { "TakeMany", new[] { CoreValue.I64(8) }, "take-many was called with core arguments (i64)" },
        // A guest that declared the import with other core types is stopped before anything is read.
        { "TakeV", new[] { I32(0), I32(0) }, "take-v was called with core arguments (i32 i32) and 1 result slot(s); its WIT signature lowers to (i32 i32 i32)" },
        { "TakeV", new[] { I32(0), CoreValue.I64(0), I32(0) }, "take-v was called with core arguments (i32 i64 i32)" },
    };

    [Theory]
    [MemberData(nameof(GuestArguments))]
    public void BadGuestArgumentsTrapBeforeTheHostRuns(string function, CoreValue[] args, string message)
    {
        var host = Activator.CreateInstance(s_assembly.Value.GetType("Host")!)!;
        var memory = new TestMemory(1024);
        var error = Assert.Throws<TargetInvocationException>(() => Driver.GetMethod("Import")!.Invoke(null, new object[] { function, host, memory.Context(), args }));
        var trap = Assert.IsType<CanonicalAbiTrapException>(error.InnerException);
        Assert.Contains(message, trap.Message);
        Assert.Equal(0, (int)host.GetType().GetField("Calls")!.GetValue(host)!);
    }

    [Theory]
    [InlineData("TakeRecords")] // a record's name
    [InlineData("TakeMap")] // a map entry's key
    public void AStringInAListElementOutOfBoundsTraps(string function)
    {
        var memory = new TestMemory(1024);
        // One element at 16 whose first field, a string, is (1000, 100): it runs past the end of memory.
        BitConverter.TryWriteBytes(memory.Bytes.AsSpan(16), 1000u);
        BitConverter.TryWriteBytes(memory.Bytes.AsSpan(20), 100u);
        var host = Activator.CreateInstance(s_assembly.Value.GetType("Host")!)!;
        var error = Assert.Throws<TargetInvocationException>(() => Driver.GetMethod("Import")!.Invoke(null, new object[] { function, host, memory.Context(), new[] { I32(16), I32(1) } }));
        Assert.Contains("out of bounds", Assert.IsType<CanonicalAbiTrapException>(error.InnerException).Message);
        Assert.Equal(0, (int)host.GetType().GetField("Calls")!.GetValue(host)!);
    }

    public static TheoryData<string, CoreValue, string> GuestResults() => new()
    {
        { "GetU32", CoreValue.I64(1), "get-u32 returned I64, expected I32" },
        { "GetE", CoreValue.I32(2), "discriminant 2 is out of range" },
        { "GetRecords", CoreValue.I32(2), "get-records return area pointer 2 is not 4-byte aligned" },
        { "GetRecords", CoreValue.I32(1020), "out of bounds" },
        { "GetRecords", CoreValue.F32(8), "return area pointer has core type F32" },
    };

    [Theory]
    [MemberData(nameof(GuestResults))]
    public void BadGuestResultsTrap(string function, CoreValue result, string message)
    {
        var guest = new ScriptedGuest(result);
        var binding = Driver.GetMethod("Bind")!.Invoke(null, new object[] { guest, guest.Memory.Context() })!;
        var error = Assert.Throws<TargetInvocationException>(() => binding.GetType().GetMethod(function)!.Invoke(binding, null));
        Assert.Contains(message, Assert.IsType<CanonicalAbiTrapException>(error.InnerException).Message);
        Assert.Equal(0, guest.PostReturns);
    }

    [Fact]
    public void AVariantPayloadInAJoinedSlotLiftsAsTheSpecCoercesIt()
    {
        // v's payload slot joins u32, string pointer and f32 to i32: c(f32) arrives as the float's bits.
        var host = Activator.CreateInstance(s_assembly.Value.GetType("Host")!)!;
        var memory = new TestMemory(1024);
        Driver.GetMethod("Import")!.Invoke(null, new object[] { "TakeV", host, memory.Context(), new[] { I32(2), I32(BitConverter.SingleToUInt32Bits(1.5f)), I32(0) } });
        Assert.Equal(1, (int)host.GetType().GetField("Calls")!.GetValue(host)!);
    }

    [Theory]
    [InlineData(0u, 0x1_0000_0005UL, "Small { Value = 5 }")]
    [InlineData(2u, 0x1_0000_0000UL, "Flag { Value = False }")]
    [InlineData(3u, 0x7_0000_0041UL, "Letter { Value = A }")]
    public void A32BitPayloadInAJoinedI64SlotWrapsAsTheSpecSays(uint discriminant, ulong bits, string expected)
    {
        // joined's payload slot is i64 (u64 joins u32, bool and char): the upper half is dropped, not checked.
        var host = Activator.CreateInstance(s_assembly.Value.GetType("Host")!)!;
        var memory = new TestMemory(1024);
        Driver.GetMethod("Import")!.Invoke(null, new object[] { "TakeJoined", host, memory.Context(), new[] { I32(discriminant), CoreValue.I64(bits) } });
        Assert.Equal(expected, host.GetType().GetField("Last")!.GetValue(host)!.ToString());
    }

    [Fact]
    public void FlagBitsPastTheLastFlagAreDropped()
    {
        var host = Activator.CreateInstance(s_assembly.Value.GetType("Host")!)!;
        Driver.GetMethod("Import")!.Invoke(null, new object[] { "TakeFl", host, new TestMemory(64).Context(), new[] { I32(0xFFFF_FFFEu) } });
        Assert.Equal("B, C", host.GetType().GetField("Last")!.GetValue(host)!.ToString());
    }

    public static TheoryData<string, Func<object?>, Type> HostArguments() => new()
    {
        { "PutR", () => null, typeof(ArgumentNullException) },
        { "PutE", () => Driver.GetMethod("Enum")!.Invoke(null, new object[] { 5 }), typeof(ArgumentOutOfRangeException) },
        { "PutFixed", () => new byte[2], typeof(ArgumentException) },
        { "PutString", () => "a\uD800b", typeof(ArgumentException) },
        { "PutString", () => null, typeof(ArgumentNullException) },
        { "PutMap", () => null, typeof(ArgumentNullException) },
        { "PutMap", () => Driver.GetMethod("MapWithANullRecord")!.Invoke(null, null), typeof(ArgumentNullException) },
    };

    [Fact]
    public void ANullDeepInAListIsFoundBeforeAnyStringIsStored()
    {
        var guest = new ScriptedGuest(default);
        var binding = Driver.GetMethod("Bind")!.Invoke(null, new object[] { guest, guest.Memory.Context() })!;
        var records = Driver.GetMethod("RecordsWithANullName")!.Invoke(null, null);
        var error = Assert.Throws<TargetInvocationException>(() => binding.GetType().GetMethod("PutRecords")!.Invoke(binding, new[] { "tag", records }));
        Assert.IsType<ArgumentNullException>(error.InnerException);
        Assert.Equal(0, guest.Memory.Reallocs);
        Assert.Equal(0, guest.Calls);
    }

    [Theory]
    [MemberData(nameof(HostArguments))]
    public void BadHostValuesAreArgumentErrorsAndTheGuestIsNotCalled(string function, Func<object?> value, Type exception)
    {
        var guest = new ScriptedGuest(default);
        var binding = Driver.GetMethod("Bind")!.Invoke(null, new object[] { guest, guest.Memory.Context() })!;
        var error = Assert.Throws<TargetInvocationException>(() => binding.GetType().GetMethod(function)!.Invoke(binding, new[] { value() }));
        Assert.IsType(exception, error.InnerException);
        Assert.Equal(0, guest.Calls);
        Assert.Equal(0, guest.Memory.Reallocs);
    }

    private sealed class ScriptedGuest : ICoreFunctionInvoker
    {
        private readonly CoreValue _result;

        public ScriptedGuest(CoreValue result) => _result = result;

        public TestMemory Memory { get; } = new(1024);

        public int Calls { get; private set; }

        public int PostReturns { get; private set; }

        public void Invoke(int export, ReadOnlySpan<CoreValue> arguments, Span<CoreValue> results)
        {
            Calls++;
            if (results.Length > 0) results[0] = _result;
        }

        public void PostReturn(int export, ReadOnlySpan<CoreValue> results) => PostReturns++;
    }
}
