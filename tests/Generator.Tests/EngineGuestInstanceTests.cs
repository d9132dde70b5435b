using System;
using System.Linq;
using WitSharp.Engine;
using WitSharp.Engine.Bindings;
using WitSharp.Runtime;
using WitSharp.WitParser.Abi;

namespace WitSharp.Generator.Tests;

/// <summary>
/// <see cref="GuestInstance"/> as the engine seam on its own (no generated code): flat values in and out with their
/// core types, post-return, memory that grows, more than 16 flat values, no allocation per scalar call, and a
/// guest without <c>cabi_realloc</c>.
/// </summary>
public sealed class EngineGuestInstanceTests
{
    private const string Guest = """
        (module
          (memory (export "memory") 1)
          (global $post (mut i64) (i64.const 0))
          (func (export "mix") (param i32 i64 f32 f64) (result i64 f32 f64 i32)
            (i64.add (i64.extend_i32_u (local.get 0)) (local.get 1))
            (f32.mul (local.get 2) (f32.const 2))
            (f64.neg (local.get 3))
            (i32.const 7))
          (func (export "cabi_post_mix") (param i64 f32 f64 i32)
            (global.set $post (i64.add (local.get 0) (i64.extend_i32_u (local.get 3)))))
          (func (export "post-seen") (result i64) (global.get $post))
          (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0)))
          (func (export "odd") (result i32) (i32.const 1))
          (func (export "cabi_post_odd") (param i64))
          (func (export "sum16") (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)
            (i32.add (local.get 0) (local.get 15)))
          (func (export "wide") (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32)
            (result i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32)
            (local.get 19) (local.get 18) (local.get 17) (local.get 16) (local.get 15) (local.get 14)
            (local.get 13) (local.get 12) (local.get 11) (local.get 10) (local.get 9) (local.get 8)
            (local.get 7) (local.get 6) (local.get 5) (local.get 4) (local.get 3) (local.get 2)))
        """;

    private static readonly Lazy<byte[]> s_guest = new(() => GuestCompiler.AssembleText(Guest));

    private static GuestInstance NewInstance()
    {
        byte[] wasm = s_guest.Value;
        var engine = new WasmEngine();
        return new CanonicalLinker(engine).Instantiate(new WasmStore(engine), engine.LoadModule(wasm));
    }

    [SkippableFact]
    public void FlatValuesKeepTheirCoreTypesAndPostReturnGetsTheResults()
    {
        var guest = NewInstance();
        int mix = guest.ResolveExport("mix");
        Assert.Equal(mix, guest.ResolveExport("mix"));
        Span<CoreValue> results = stackalloc CoreValue[4];
        guest.Invoke(mix, new[] { CoreValue.I32(uint.MaxValue), CoreValue.I64(1UL << 40), CoreValue.F32(BitConverter.SingleToUInt32Bits(1.5f)), CoreValue.F64(BitConverter.DoubleToUInt64Bits(2.25)) }, results);
        Assert.Equal(CoreValue.I64(uint.MaxValue + (1UL << 40)), results[0]);
        Assert.Equal(CoreValue.F32(BitConverter.SingleToUInt32Bits(3f)), results[1]);
        Assert.Equal(CoreValue.F64(BitConverter.DoubleToUInt64Bits(-2.25)), results[2]);
        Assert.Equal(CoreValue.I32(7), results[3]);
        Assert.Equal(0L, guest.CoreInstance.GetFunction("post-seen")!.Invoke()[0].AsI64());
        guest.PostReturn(mix, results);
        Assert.Equal((long)(uint.MaxValue + (1UL << 40) + 7), guest.CoreInstance.GetFunction("post-seen")!.Invoke()[0].AsI64());
        Assert.False(guest.HasTrapped);
    }

    [SkippableFact]
    public void AnArgumentOfTheWrongCoreTypeTrapsAndPoisons()
    {
        var guest = NewInstance();
        int mix = guest.ResolveExport("mix");
        var results = new CoreValue[4];
        var trap = Assert.Throws<CanonicalAbiTrapException>(() => guest.Invoke(mix, new[] { CoreValue.I32(1), CoreValue.I32(2), CoreValue.F32(0), CoreValue.F64(0) }, results));
        Assert.Equal("core export mix value 1 is i64, the bindings pass i32", trap.Message);
        Assert.True(guest.HasTrapped);
    }

    [SkippableFact]
    public void APostReturnOfTheWrongTypeTrapsAndPoisons()
    {
        var guest = NewInstance();
        int odd = guest.ResolveExport("odd");
        var results = new CoreValue[1];
        guest.Invoke(odd, ReadOnlySpan<CoreValue>.Empty, results);
        var trap = Assert.Throws<CanonicalAbiTrapException>(() => guest.PostReturn(odd, results));
        Assert.Equal("cabi_post_odd value 0 is i64, the bindings pass i32", trap.Message);
        Assert.True(guest.HasTrapped);
    }

    [SkippableFact]
    public void MemoryIsFetchedAgainAfterTheGuestGrowsIt()
    {
        var guest = NewInstance();
        Assert.Equal(65536, guest.Memory.Length);
        Span<CoreValue> result = stackalloc CoreValue[1];
        guest.Invoke(guest.ResolveExport("grow"), new[] { CoreValue.I32(3) }, result);
        Assert.Equal(1u, (uint)result[0].Bits);
        Assert.Equal(4 * 65536, guest.Memory.Length);
        Assert.Equal(4UL * 65536, guest.Context.MemoryLength);
    }

    [SkippableFact]
    public void MoreThanSixteenFlatValuesTravelToo()
    {
        var guest = NewInstance();
        var args = Enumerable.Range(1, 20).Select(i => CoreValue.I32((uint)i)).ToArray();
        var results = new CoreValue[18];
        guest.Invoke(guest.ResolveExport("wide"), args, results);
        Assert.Equal(Enumerable.Range(3, 18).Reverse().Select(i => CoreValue.I32((uint)i)), results);
    }

    [SkippableFact]
    public void AScalarCallAllocatesNothing()
    {
        var guest = NewInstance();
        int sum16 = guest.ResolveExport("sum16");
        CoreValue[] args = Enumerable.Range(1, 16).Select(i => CoreValue.I32((uint)i)).ToArray();
        var results = new CoreValue[1];
        // mix also runs a post-return.
        int mix = guest.ResolveExport("mix");
        CoreValue[] mixArgs = { CoreValue.I32(1), CoreValue.I64(2), CoreValue.F32(0), CoreValue.F64(0) };
        var mixResults = new CoreValue[4];
        for (int i = 0; i < 100; i++)
        {
            Call(guest, sum16, args, results);
            Call(guest, mix, mixArgs, mixResults);
        }
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1000; i++)
        {
            Call(guest, sum16, args, results);
            Call(guest, mix, mixArgs, mixResults);
        }
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(CoreValue.I32(17), results[0]);
        Assert.Equal(CoreValue.I64(3), mixResults[0]);
    }

    private static void Call(GuestInstance guest, int export, CoreValue[] args, CoreValue[] results)
    {
        guest.Invoke(export, args, results);
        guest.PostReturn(export, results);
    }

    private const string Importer = """
        (module
          (import "x" "scale" (func $scale (param i64 f64) (result i64 f32)))
          (import "x" "early" (func $early))
          (memory (export "memory") 1)
          (global $run-early (mut i32) (i32.const 0))
          (func $start (if (global.get $run-early) (then (call $early))))
          (start $start)
          (func (export "scale") (param i64 f64) (result i64 f32) (call $scale (local.get 0) (local.get 1))))
        """;

    [SkippableFact]
    public void AnIntrinsicGetsTypedFlatValuesAndItsResultsReachTheGuest()
    {
        byte[] wasm = GuestCompiler.AssembleText(Importer);
        var engine = new WasmEngine();
        CallContext? seen = null;
        var linker = new CanonicalLinker(engine)
            .DefineIntrinsic("x", "scale", (cx, args, results) =>
            {
                seen = cx;
                Assert.Equal(CoreValueType.I64, args[0].Type);
                Assert.Equal(CoreValueType.F64, args[1].Type);
                double factor = BitConverter.UInt64BitsToDouble(args[1].Bits);
                results[0] = CoreValue.I64((ulong)((long)args[0].Bits * (long)factor));
                results[1] = CoreValue.F32(BitConverter.SingleToUInt32Bits((float)factor / 2));
            })
            .DefineIntrinsic("x", "early", (cx, args, results) => { });
        GuestInstance guest = linker.Instantiate(new WasmStore(engine), engine.LoadModule(wasm));
        var results = new CoreValue[2];
        guest.Invoke(guest.ResolveExport("scale"), new[] { CoreValue.I64(unchecked((ulong)-21L)), CoreValue.F64(BitConverter.DoubleToUInt64Bits(3.0)) }, results);
        Assert.Equal(CoreValue.I64(unchecked((ulong)-63L)), results[0]);
        Assert.Equal(CoreValue.F32(BitConverter.SingleToUInt32Bits(1.5f)), results[1]);
        Assert.Same(guest.Context, seen);
    }

    [SkippableFact]
    public void AMissingImportIsALinkErrorNamingIt()
    {
        byte[] wasm = GuestCompiler.AssembleText(Importer);
        var engine = new WasmEngine();
        var linker = new CanonicalLinker(engine).DefineIntrinsic("x", "scale", (cx, args, results) => { });
        var error = Assert.Throws<WasmLinkException>(() => linker.Instantiate(new WasmStore(engine), engine.LoadModule(wasm)));
        Assert.Contains("x::early", error.Message);
    }

    [SkippableFact]
    public void AnImportCalledByTheStartFunctionTrapsBeforeTheInstanceExists()
    {
        // The start function runs the import only when the global says so: flip it in the binary's init expression.
        byte[] wasm = GuestCompiler.AssembleText(Importer.Replace("(global $run-early (mut i32) (i32.const 0))", "(global $run-early (mut i32) (i32.const 1))"));
        var engine = new WasmEngine();
        var linker = new CanonicalLinker(engine)
            .DefineIntrinsic("x", "scale", (cx, args, results) => { })
            .DefineIntrinsic("x", "early", (cx, args, results) => { });
        var trap = Assert.Throws<WasmTrapException>(() => linker.Instantiate(new WasmStore(engine), engine.LoadModule(wasm)));
        Assert.Equal(TrapKind.HostError, trap.Kind);
        Assert.Contains("x::early was called while the module was being instantiated",
            Assert.IsType<CanonicalAbiTrapException>(trap.InnerException).Message);
    }

    [SkippableFact]
    public void AGuestWithoutCabiReallocTrapsWhenACallNeedsIt()
    {
        var guest = NewInstance();
        var trap = Assert.Throws<CanonicalAbiTrapException>(() => guest.Context.Allocate(4, 16));
        Assert.Contains("exports no cabi_realloc", trap.Message);
    }
}
