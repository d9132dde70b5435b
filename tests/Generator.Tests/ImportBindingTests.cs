using System;
using System.Reflection;
using WitSharp.Runtime;

namespace WitSharp.Generator.Tests;

/// <summary>Import bindings lift the guest's flat arguments, call the host and lower its results.</summary>
public sealed class ImportBindingTests
{
    private const string Wit = """
        package t:host;
        interface logger {
          log: func(level: u8, message: string);
          scale: func(x: f32, by: s16) -> f32;
          describe: func(code: s32) -> string;
          checksum: func(data: list<u8>) -> u64;
          echo: func(data: list<u8>) -> list<u8>;
        }
        world w { import logger; }
        """;

    // The guest side is simulated: strings and bytes are placed in a byte-array memory, flat values built by hand.
    private const string User = """
        using System;
        using System.Text;
        using WitSharp.Runtime;
        using WitSharp.Runtime.Resources;
        using global::T.Host.Logger;
        public sealed class Host : ILogger
        {
            public string Last = "";
            public void Log(byte level, string message) => Last = level + ":" + message;
            public float Scale(float x, short by) => x * by;
            public string Describe(int code) => "code " + code + " ✓";
            public ulong Checksum(byte[] data) { ulong s = 0; foreach (var b in data) s += b; return s; }
            public byte[] Echo(byte[] data) => data;
        }
        public static class Driver
        {
            public static string Run()
            {
                var memory = new GuestMemory(1024, 512);
                var cx = new CallContext(memory, CanonicalOptions.Default, new ComponentInstanceState(), new BorrowScope());
                var host = new Host();
                var results = new CoreValue[1];
                Encoding.UTF8.GetBytes("héllo").CopyTo(memory.Bytes, 16);
                LoggerImportsBinding.Log(host, cx, new[] { CoreValue.I32(3), CoreValue.I32(16), CoreValue.I32(6) }, results);
                LoggerImportsBinding.Scale(host, cx, new[] { CoreValue.F32(BitConverter.SingleToUInt32Bits(1.5f)), CoreValue.I32(unchecked((uint)-2)) }, results);
                float scaled = BitConverter.UInt32BitsToSingle((uint)results[0].Bits);
                LoggerImportsBinding.Describe(host, cx, new[] { CoreValue.I32(unchecked((uint)-7)), CoreValue.I32(64) }, results);
                uint ptr = BitConverter.ToUInt32(memory.Bytes, 64), len = BitConverter.ToUInt32(memory.Bytes, 68);
                string described = Encoding.UTF8.GetString(memory.Bytes, (int)ptr, (int)len);
                new byte[] { 1, 2, 250 }.CopyTo(memory.Bytes, 32);
                LoggerImportsBinding.Checksum(host, cx, new[] { CoreValue.I32(32), CoreValue.I32(3) }, results);
                ulong sum = results[0].Bits;
                LoggerImportsBinding.Echo(host, cx, new[] { CoreValue.I32(32), CoreValue.I32(3), CoreValue.I32(72) }, results);
                uint echoPtr = BitConverter.ToUInt32(memory.Bytes, 72), echoLen = BitConverter.ToUInt32(memory.Bytes, 76);
                return host.Last + "|" + scaled + "|" + described + "|" + sum + "|" + string.Join(",", memory.Bytes[(int)echoPtr..(int)(echoPtr + echoLen)]);
            }
            public static void BadString()
            {
                var memory = new GuestMemory(1024, 512);
                var cx = new CallContext(memory, CanonicalOptions.Default, new ComponentInstanceState(), new BorrowScope());
                LoggerImportsBinding.Log(new Host(), cx, new[] { CoreValue.I32(0), CoreValue.I32(1020), CoreValue.I32(10) }, new CoreValue[0]);
            }
        }
        """;

    [Fact]
    public void HostFunctionsAreCalledWithLiftedArgumentsAndTheirResultsLowered()
    {
        var assembly = BindingsCompiler.Load(Generate.FromText(Wit).Sources, User, GuestMemorySource.Text);
        string result = (string)assembly.GetType("Driver")!.GetMethod("Run")!.Invoke(null, null)!;
        Assert.Equal("3:héllo|-3|code -7 ✓|253|1,2,250", result);
    }

    [Fact]
    public void WorldImportFunctionsGetTrampolinesToo()
    {
        var output = Generate.FromText("package t:wf; world w { import now: func() -> u64; import print: func(s: string); }");
        var assembly = BindingsCompiler.Load(output.Sources, """
            using WitSharp.Runtime;
            public sealed class Host : global::T.Wf.WWorld.IImports
            {
                public ulong Now() => 42;
                public void Print(string s) { }
            }
            public static class Driver
            {
                public static ulong Run()
                {
                    var r = new CoreValue[1];
                    global::T.Wf.WWorld.ImportsBinding.Now(new Host(), null!, new CoreValue[0], r);
                    return r[0].Bits;
                }
            }
            """);
        Assert.Equal(42UL, assembly.GetType("Driver")!.GetMethod("Run")!.Invoke(null, null));
    }

    [Fact]
    public void AnOutOfBoundsStringArgumentTraps()
    {
        var assembly = BindingsCompiler.Load(Generate.FromText(Wit).Sources, User, GuestMemorySource.Text);
        var error = Assert.Throws<TargetInvocationException>(() => assembly.GetType("Driver")!.GetMethod("BadString")!.Invoke(null, null));
        Assert.IsType<CanonicalAbiTrapException>(error.InnerException);
    }
}
