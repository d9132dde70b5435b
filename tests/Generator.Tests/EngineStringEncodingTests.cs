using System;
using System.Collections.Generic;
using System.Reflection;
using WitSharp.Engine;
using WitSharp.Engine.Bindings;
using WitSharp.Runtime;

namespace WitSharp.Generator.Tests;

/// <summary>
/// <see cref="CanonicalLinker.Options"/> reach the bindings of every instance it makes, and each instance's
/// trampolines read that instance's memory: a UTF-16 guest (WebAssembly text), instantiated twice from one linker.
/// </summary>
public sealed class EngineStringEncodingTests
{
    private const string Wit = """
        package demo:enc;
        interface sink { note: func(s: string); }
        interface api {
          first-unit: func(s: string) -> u32;
          relay: func() -> u32;
        }
        world w { import sink; export api; }
        """;

    // first-unit answers the string's first 16-bit code unit and its length in units (high half);
    // relay hands the host the two UTF-16 units at address 96.
    private const string Guest = """
        (module
          (import "demo:enc/sink" "note" (func $note (param i32 i32)))
          (memory (export "memory") 1)
          (data (i32.const 96) "o\00k\00")
          (global $heap (mut i32) (i32.const 1024))
          (func (export "cabi_realloc") (param i32 i32 i32 i32) (result i32)
            (local $p i32)
            (local.set $p (global.get $heap))
            (global.set $heap (i32.add (local.get $p) (i32.and (i32.add (local.get 3) (i32.const 7)) (i32.const -8))))
            (local.get $p))
          (func (export "demo:enc/api#first-unit") (param i32 i32) (result i32)
            (i32.or (i32.load16_u (local.get 0)) (i32.shl (local.get 1) (i32.const 16))))
          (func (export "demo:enc/api#relay") (result i32)
            (call $note (i32.const 96) (i32.const 2))
            (i32.const 1)))
        """;

    private const string User = """
        using System.Collections.Generic;
        using WitSharp.Engine;
        using WitSharp.Engine.Bindings;
        using WitSharp.Runtime;
        using global::Demo.Enc.Api;
        using global::Demo.Enc.Sink;

        public sealed class Sink : ISink
        {
            public readonly List<string> Notes = new();
            public void Note(string s) => Notes.Add(s);
        }

        public static class Linking
        {
            // Two instances of one module from one linker, UTF-16 strings.
            public static (GuestInstance, IApiExports, GuestInstance, IApiExports) Instantiate(byte[] wasm, Sink sink)
            {
                var engine = new WasmEngine();
                var linker = new CanonicalLinker(engine) { Options = new CanonicalOptions(StringEncoding.Utf16) }
                    .DefineImport<ISink>("demo:enc/sink", "note", sink, SinkImportsBinding.Note);
                WasmModule module = engine.LoadModule(wasm);
                GuestInstance a = linker.Instantiate(new WasmStore(engine), module);
                GuestInstance b = linker.Instantiate(new WasmStore(engine), module);
                return (a, new ApiExportsBinding(a, a.Context, a.ResolveExport), b, new ApiExportsBinding(b, b.Context, b.ResolveExport));
            }
        }
        """;

    [SkippableFact]
    public void StringsTravelInTheLinkersEncodingAndEachInstanceReadsItsOwnMemory()
    {
        byte[] wasm = GuestCompiler.AssembleText(Guest);
        Assembly bindings = BindingsCompiler.Load(Generate.FromText(Wit).Sources, User);
        dynamic sink = Activator.CreateInstance(bindings.GetType("Sink")!)!;
        dynamic four = bindings.GetType("Linking")!.GetMethod("Instantiate")!.Invoke(null, new object[] { wasm, sink })!;
        GuestInstance a = four.Item1, b = four.Item3;
        dynamic apiA = four.Item2, apiB = four.Item4;

        Assert.Equal(StringEncoding.Utf16, a.Context.Options.StringEncoding);
        // "€uro" in UTF-16: first unit U+20AC, 4 units (in UTF-8 it would be 0x82E2 and 6 bytes).
        Assert.Equal(0x20ACu | (4u << 16), (uint)apiA.FirstUnit("€uro"));
        Assert.Equal(0x00E9u | (1u << 16), (uint)apiB.FirstUnit("é"));

        // Instance b's memory says "no" where a's says "ok": each trampoline call reads its caller's memory.
        b.Memory[96] = (byte)'n';
        b.Memory[98] = (byte)'o';
        Assert.Equal(1u, (uint)apiA.Relay());
        Assert.Equal(1u, (uint)apiB.Relay());
        Assert.Equal(new[] { "ok", "no" }, ((List<string>)sink.Notes).ToArray());
        Assert.NotSame(a.Context, b.Context);
    }
}
