using System;
using System.Reflection;
using WitSharp.Runtime;

namespace WitSharp.Generator.Tests;

/// <summary>Export bindings with strings and bytes lower arguments through cabi_realloc and lift results through the return area.</summary>
public sealed class StringExportBindingTests
{
    private const string Wit = """
        package t:greet;
        interface greeter {
          greet: func(name: string, times: u8) -> string;
          length: func(text: string) -> u32;
          reverse: func(data: list<u8>) -> list<u8>;
        }
        world w { export greeter; }
        """;

    // A fake guest over a byte array: realloc bumps, `greet` writes "hello, <name>" (times) into memory and
    // returns a pointer to (ptr, len); `length` counts UTF-8 bytes. The last bytes hold a corrupt return area.
    private const string Guest = """
        using System;
        using System.Text;
        using WitSharp.Runtime;
        using WitSharp.Runtime.Resources;
        public sealed class FakeGuest : ICoreFunctionInvoker
        {
            public readonly GuestMemory Memory = new GuestMemory(4096, 16);
            public int PostReturns;
            public uint ReturnArea = 0;
            private byte[] _memory => Memory.Bytes;
            private ulong Realloc(ulong oldPtr, ulong oldSize, uint alignment, ulong newSize) => Memory.Realloc(oldPtr, oldSize, alignment, newSize);
            public void Invoke(int export, ReadOnlySpan<CoreValue> a, Span<CoreValue> r)
            {
                string name = Encoding.UTF8.GetString(_memory, (int)a[0].Bits, (int)a[1].Bits);
                if (export == 1) { r[0] = CoreValue.I32((uint)a[1].Bits); return; }
                byte[] text;
                if (export == 2)
                {
                    text = _memory.AsSpan((int)a[0].Bits, (int)a[1].Bits).ToArray();
                    Array.Reverse(text);
                }
                else
                {
                    var sb = new StringBuilder();
                    for (uint i = 0; i < a[2].Bits; i++) sb.Append("hello, ").Append(name).Append(' ');
                    text = Encoding.UTF8.GetBytes(sb.ToString().TrimEnd());
                }
                ulong at = Realloc(0, 0, 1, (ulong)text.Length);
                text.CopyTo(_memory, (int)at);
                ulong area = Realloc(0, 0, 4, 8);
                BitConverter.TryWriteBytes(_memory.AsSpan((int)area), (uint)at);
                BitConverter.TryWriteBytes(_memory.AsSpan((int)area + 4), (uint)text.Length);
                r[0] = CoreValue.I32(ReturnArea != 0 ? ReturnArea : (uint)area);
            }
            public void PostReturn(int export, ReadOnlySpan<CoreValue> r) => PostReturns++;
        }
        public static class Driver
        {
            public static global::T.Greet.Greeter.IGreeterExports Bind(FakeGuest guest) =>
                new global::T.Greet.Greeter.GreeterExportsBinding(guest,
                    new CallContext(guest.Memory, CanonicalOptions.Default, new ComponentInstanceState(), new BorrowScope()),
                    n => n.EndsWith("#greet") ? 0 : n.EndsWith("#length") ? 1 : 2);
            public static string Run(FakeGuest guest)
            {
                var api = Bind(guest);
                return api.Greet("wörld", 2) + "|" + api.Length("wörld") + "|" + string.Join(",", api.Reverse(new byte[] { 1, 2, 3 }))
                    + "|" + api.Reverse(new byte[0]).Length + "|" + guest.PostReturns;
            }
            // The IBufferWriter overload: bytes land in the caller's writer, appended, with the count returned.
            public static string ReverseInto(FakeGuest guest)
            {
                var binding = (global::T.Greet.Greeter.GreeterExportsBinding)Bind(guest);
                var writer = new System.Buffers.ArrayBufferWriter<byte>();
                int first = binding.Reverse(new byte[] { 1, 2, 3 }, writer);
                int second = binding.Reverse(new byte[] { 9, 8 }, writer);
                return first + "," + second + "|" + string.Join(",", writer.WrittenSpan.ToArray()) + "|" + guest.PostReturns;
            }
            // A hostile length is a trap before the writer is asked for space.
            public static int HugeLengthInto(FakeGuest guest)
            {
                var binding = (global::T.Greet.Greeter.GreeterExportsBinding)Bind(guest);
                guest.ReturnArea = 4000;
                BitConverter.TryWriteBytes(guest.Memory.Bytes.AsSpan(4000), 0u);
                BitConverter.TryWriteBytes(guest.Memory.Bytes.AsSpan(4004), 0x7fff_fff0u);
                return binding.Reverse(new byte[] { 1 }, new System.Buffers.ArrayBufferWriter<byte>());
            }
            public static string CorruptReturnArea(FakeGuest guest)
            {
                guest.ReturnArea = 4094;
                return Bind(guest).Greet("x", 1);
            }
        }
        """;

    private static (Type Driver, object Guest) Load()
    {
        var assembly = BindingsCompiler.Load(Generate.FromText(Wit).Sources, Guest, GuestMemorySource.Text);
        return (assembly.GetType("Driver")!, Activator.CreateInstance(assembly.GetType("FakeGuest")!)!);
    }

    [Fact]
    public void StringsRoundTripThroughGuestMemory()
    {
        var (driver, guest) = Load();
        Assert.Equal("hello, wörld hello, wörld|6|3,2,1|0|4", driver.GetMethod("Run")!.Invoke(null, new[] { guest }));
    }

    [Fact]
    public void ByteResultsCanBeWrittenIntoACallersBufferWriter()
    {
        var (driver, guest) = Load();
        Assert.Equal("3,2|3,2,1,8,9|2", driver.GetMethod("ReverseInto")!.Invoke(null, new[] { guest }));
        var error = Assert.Throws<TargetInvocationException>(() => driver.GetMethod("HugeLengthInto")!.Invoke(null, new[] { guest }));
        Assert.Contains("exceeds the 2^28-1 byte limit", Assert.IsType<CanonicalAbiTrapException>(error.InnerException).Message);
    }

    [Fact]
    public void AnOutOfBoundsReturnAreaTraps()
    {
        var (driver, guest) = Load();
        var error = Assert.Throws<TargetInvocationException>(() => driver.GetMethod("CorruptReturnArea")!.Invoke(null, new[] { guest }));
        Assert.IsType<CanonicalAbiTrapException>(error.InnerException);
    }
}
