using System;
using System.Collections.Generic;
using System.Reflection;
using WitSharp.Engine;
using WitSharp.Engine.Bindings;
using WitSharp.Runtime;

namespace WitSharp.Generator.Tests;

/// <summary>
/// A hostile guest (WebAssembly text) on the managed engine behind generated bindings: bad pointers, bad
/// discriminants, bad core signatures and a bad allocator are Canonical ABI traps with clear messages, engine traps
/// stay engine traps, the host is not called with garbage, and a trapped instance cannot be entered again.
/// </summary>
public sealed class EngineHostileGuestTests
{
    private const string Wit = """
        package demo:hostile;
        interface sink { log: func(message: string); }
        interface api {
          name: func() -> string;
          misaligned: func() -> string;
          pick: func() -> option<u32>;
          shout: func() -> u32;
          crash: func() -> u32;
          fine: func() -> u32;
          mismatched: func(a: u32) -> u32;
          echo: func(s: string) -> u32;
          chat: func() -> u32;
        }
        world hostile { import sink; export api; }
        """;

    private const string Guest = """
        (module
          (import "demo:hostile/sink" "log" (func $log (param i32 i32)))
          (memory (export "memory") 1)
          ;; name: a string whose pointer lies past the end of the 64 KiB memory
          (data (i32.const 64) "\00\00\ff\00\05\00\00\00")
          ;; pick: discriminant 7 of an option
          (data (i32.const 80) "\07\00\00\00\2a\00\00\00")
          (func (export "cabi_realloc") (param i32 i32 i32 i32) (result i32)
            ;; honest for small blocks, a pointer out of memory for a 13-byte one
            (select (i32.const 0xfffffff0) (i32.const 1024) (i32.eq (local.get 3) (i32.const 13))))
          (func (export "demo:hostile/api#name") (result i32) (i32.const 64))
          (func (export "demo:hostile/api#misaligned") (result i32) (i32.const 66))
          (func (export "demo:hostile/api#pick") (result i32) (i32.const 80))
          (func (export "demo:hostile/api#shout") (result i32)
            (call $log (i32.const 0xffff0000) (i32.const 10))
            (i32.const 1))
          (func (export "demo:hostile/api#crash") (result i32) unreachable)
          (func (export "demo:hostile/api#fine") (result i32) (i32.const 42))
          (func (export "demo:hostile/api#mismatched") (result i32) (i32.const 0))
          (func (export "demo:hostile/api#echo") (param i32 i32) (result i32) (local.get 1))
          ;; chat: logs "hi" (a valid string)
          (data (i32.const 96) "hi")
          (func (export "demo:hostile/api#chat") (result i32)
            (call $log (i32.const 96) (i32.const 2))
            (i32.const 2)))
        """;

    private const string User = """
        using System.Collections.Generic;
        using WitSharp.Engine;
        using WitSharp.Engine.Bindings;
        using global::Demo.Hostile.Api;
        using global::Demo.Hostile.Sink;

        public sealed class Sink : ISink
        {
            public readonly List<string> Logged = new();
            public System.Func<uint>? Reenter;
            public void Log(string message)
            {
                if (Reenter != null) Reenter();
                Logged.Add(message);
            }
        }

        public static class Host
        {
            public static (GuestInstance, IApiExports) Instantiate(byte[] wasm, Sink sink)
            {
                var engine = new WasmEngine();
                var linker = new CanonicalLinker(engine).DefineImport<ISink>("demo:hostile/sink", "log", sink, SinkImportsBinding.Log);
                GuestInstance guest = linker.Instantiate(new WasmStore(engine), engine.LoadModule(wasm));
                return (guest, new ApiExportsBinding(guest, guest.Context, guest.ResolveExport));
            }
        }
        """;

    private static readonly Lazy<Assembly> s_bindings = new(() => BindingsCompiler.Load(Generate.FromText(Wit).Sources, User));
    private static readonly Lazy<byte[]> s_guest = new(() => GuestCompiler.AssembleText(Guest));

    private sealed record Instance(GuestInstance Guest, dynamic Api, dynamic Sink);

    private static Instance NewInstance()
    {
        byte[] wasm = s_guest.Value;
        object sink = Activator.CreateInstance(s_bindings.Value.GetType("Sink")!)!;
        dynamic pair = s_bindings.Value.GetType("Host")!.GetMethod("Instantiate")!.Invoke(null, new[] { wasm, sink })!;
        return new Instance((GuestInstance)pair.Item1, pair.Item2, sink);
    }

    // The call traps with `message`; afterwards the instance refuses every call, naming the first trap.
    private static void AssertTrapsAndPoisons(Instance instance, Func<dynamic, object> call, string message)
    {
        var trap = Assert.Throws<CanonicalAbiTrapException>(() => call(instance.Api));
        Assert.Contains(message, trap.Message);
        Assert.True(instance.Guest.HasTrapped);
        var refused = Assert.Throws<CanonicalAbiTrapException>(() => (object)instance.Api.Fine());
        Assert.Contains("can no longer be entered", refused.Message);
    }

    [SkippableFact]
    public void AHealthyCallWorksAndLeavesTheInstanceUsable()
    {
        var instance = NewInstance();
        Assert.Equal(42u, (uint)instance.Api.Fine());
        Assert.Equal(5u, (uint)instance.Api.Echo("héll"));
        Assert.False(instance.Guest.HasTrapped);
    }

    [SkippableFact]
    public void AnOutOfBoundsStringPointerTraps() =>
        AssertTrapsAndPoisons(NewInstance(), api => api.Name(), "[16711680, +5) is out of bounds of a 65536-byte memory");

    [SkippableFact]
    public void AMisalignedReturnAreaTraps() =>
        AssertTrapsAndPoisons(NewInstance(), api => api.Misaligned(), "misaligned return area pointer 66 is not 4-byte aligned");

    [SkippableFact]
    public void ABadDiscriminantTraps() =>
        AssertTrapsAndPoisons(NewInstance(), api => api.Pick(), "discriminant 7 is out of range for a type with 2 cases");

    [SkippableFact]
    public void ABadPointerFromCabiReallocTrapsBeforeTheGuestIsEntered()
    {
        var instance = NewInstance();
        var trap = Assert.Throws<CanonicalAbiTrapException>(() => (object)instance.Api.Echo("thirteen char"));
        Assert.Contains("realloc result [4294967280, +13) is out of bounds", trap.Message);
        // Only the allocator ran and it returned: the guest was never entered with the bad block, so it stays usable.
        Assert.False(instance.Guest.HasTrapped);
        Assert.Equal(42u, (uint)instance.Api.Fine());
    }

    [SkippableFact]
    public void ACoreSignatureThatDoesNotMatchTheWitTraps() =>
        AssertTrapsAndPoisons(NewInstance(), api => api.Mismatched(1u), "core export demo:hostile/api#mismatched takes 0 core value(s), the bindings pass 1");

    [SkippableFact]
    public void AnAbiTrapInsideAnImportTrampolineReachesTheHostUnwrappedAndTheHostIsNotCalled()
    {
        var instance = NewInstance();
        AssertTrapsAndPoisons(instance, api => api.Shout(), "out of bounds");
        Assert.Empty((List<string>)instance.Sink.Logged);
    }

    [SkippableFact]
    public void AHostImportCallingBackIntoTheGuestTraps()
    {
        var instance = NewInstance();
        Assert.Equal(2u, (uint)instance.Api.Chat());
        Assert.Equal(new[] { "hi" }, (List<string>)instance.Sink.Logged);
        dynamic api = instance.Api;
        instance.Sink.Reenter = (Func<uint>)(() => (uint)api.Fine());
        AssertTrapsAndPoisons(instance, a => a.Chat(), "cannot call demo:hostile/api#fine: the component instance is waiting on a host import and cannot be re-entered");
        Assert.Single((List<string>)instance.Sink.Logged);
    }

    [SkippableFact]
    public void AHostImportThatThrowsIsAHostErrorTrapCarryingTheExceptionAndPoisons()
    {
        var instance = NewInstance();
        instance.Sink.Reenter = (Func<uint>)(() => throw new InvalidOperationException("the host's disk is full"));
        var trap = Assert.Throws<WasmTrapException>(() => (object)instance.Api.Chat());
        Assert.Equal(TrapKind.HostError, trap.Kind);
        Assert.Equal("the host's disk is full", Assert.IsType<InvalidOperationException>(trap.InnerException).Message);
        Assert.True(instance.Guest.HasTrapped);
        Assert.Empty((List<string>)instance.Sink.Logged);
    }

    [SkippableFact]
    public void AnEngineTrapStaysAnEngineTrapAndPoisonsTheInstance()
    {
        var instance = NewInstance();
        var trap = Assert.Throws<WasmTrapException>(() => (object)instance.Api.Crash());
        Assert.Equal(TrapKind.Unreachable, trap.Kind);
        var refused = Assert.Throws<CanonicalAbiTrapException>(() => (object)instance.Api.Fine());
        Assert.Contains("demo:hostile/api#crash trapped: unreachable", refused.Message);
    }

    [SkippableFact]
    public void AnUnknownExportIsAClearErrorWhenTheBindingsAreMade()
    {
        var instance = NewInstance();
        var error = Assert.Throws<KeyNotFoundException>(() => instance.Guest.ResolveExport("demo:hostile/api#missing"));
        Assert.Contains("no function named 'demo:hostile/api#missing'", error.Message);
    }
}
