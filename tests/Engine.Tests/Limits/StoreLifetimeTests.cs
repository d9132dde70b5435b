using System;
using System.Runtime.CompilerServices;
using WitSharp.Engine.Tests.Embedding;

namespace WitSharp.Engine.Tests.Limits;

/// <summary>
/// A long-lived store keeps only what the host or the store's live tables and globals still hold (issue #10:
/// 100,000 instantiations of a one-page module held 6.3 GB after a full collection, and every externref ever
/// passed stayed referenced).
/// </summary>
[Collection(nameof(WholeHeapCollection))]
public sealed class StoreLifetimeTests
{
    // One page of memory, a function that becomes a reference (so the store makes a handle for it), and a call.
    private const string OnePage = """
        (module
          (memory 1)
          (table 1 funcref)
          (elem (i32.const 0) $f)
          (func $f (export "f") (result i32) (i32.store (i32.const 0) (i32.const 1)) (i32.const 7))
          (func (export "one") (result i32) (i32.const 1)))
        """;

    private const string Holder = """
        (module
          (table $t (export "table") 1 externref)
          (global $g (export "global") (mut externref) (ref.null extern))
          (func (export "pass") (param externref))
          (func (export "keep") (param externref) (table.set $t (i32.const 0) (local.get 0)))
          (func (export "keep-global") (param externref) (global.set $g (local.get 0)))
          (func (export "kept") (result externref) (table.get $t (i32.const 0))))
        """;

    [SkippableFact]
    public void ManyInstantiationsInOneStoreKeepMemoryFlat()
    {
        var engine = new WasmEngine();
        var store = new WasmStore(engine);
        WasmModule module = Wat.Load(engine, OnePage);
        var linker = new WasmLinker(engine);
        Instantiate(linker, store, module, 10_000);
        long atTenThousand = GC.GetTotalMemory(forceFullCollection: true);
        Instantiate(linker, store, module, 90_000);
        long atHundredThousand = GC.GetTotalMemory(forceFullCollection: true);
        // Held proportionally, the 90,000 more instances would add over 5.8 GB; flat, they add nothing but noise.
        Assert.InRange(atHundredThousand - atTenThousand, long.MinValue, 64L << 20);
        Assert.InRange(store.Handles.Count, 0, 4096);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Instantiate(WasmLinker linker, WasmStore store, WasmModule module, int count)
    {
        for (int i = 0; i < count; i++)
            Assert.Equal(1, linker.Instantiate(store, module).GetFunction<int>("one").Invoke());
    }

    [SkippableFact]
    public void ExternrefsNoLongerHeldAreReleasedAndHeldOnesSurvive()
    {
        var engine = new WasmEngine();
        var store = new WasmStore(engine);
        WasmInstance instance = new WasmLinker(engine).Instantiate(store, Wat.Load(engine, Holder));
        object inTable = new(), inGlobal = new();
        instance.GetFunction("keep")!.Invoke(WasmValue.ExternRef(inTable));
        instance.GetFunction("keep-global")!.Invoke(WasmValue.ExternRef(inGlobal));
        WeakReference first = PassMany(instance, 100_000);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        Assert.False(first.IsAlive);
        Assert.InRange(store.Handles.Count, 2, 4096);
        // What the table and the global hold came through every sweep.
        Assert.Same(inTable, instance.GetFunction("kept")!.Invoke()[0].Reference);
        Assert.Same(inTable, instance.GetTable("table")!.Get(0).Reference);
        Assert.Same(inGlobal, instance.GetGlobal("global")!.Value.Reference);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference PassMany(WasmInstance instance, int count)
    {
        WasmFunction pass = instance.GetFunction("pass")!;
        WeakReference first = PassOne(pass);
        for (int i = 1; i < count; i++) pass.Invoke(WasmValue.ExternRef(new object()));
        return first;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference PassOne(WasmFunction pass)
    {
        var value = new object();
        pass.Invoke(WasmValue.ExternRef(value));
        return new WeakReference(value);
    }

    [SkippableFact]
    public void AFunctionInAnotherInstancesTableOutlivesItsDroppedInstance()
    {
        var engine = new WasmEngine();
        var store = new WasmStore(engine);
        var linker = new WasmLinker(engine);
        WasmTable shared = new(store, Model.ValType.FuncRef, 1, null, WasmValue.FuncRef(null));
        linker.Define("host", "table", shared);
        WasmModule donor = Wat.Load(engine, """
            (module (import "host" "table" (table 1 funcref)) (elem (i32.const 0) $f) (func $f (result i32) (i32.const 42)))
            """);
        WasmModule caller = Wat.Load(engine, """
            (module (import "host" "table" (table 1 funcref))
              (func (export "call") (result i32) (call_indirect (result i32) (i32.const 0))))
            """);
        linker.Instantiate(store, donor);
        WasmInstance user = linker.Instantiate(store, caller);
        // Many handles later (several sweeps), the dropped donor's function is still in the table and callable.
        WasmInstance holder = linker.Instantiate(store, Wat.Load(engine, Holder));
        PassMany(holder, 20_000);
        GC.Collect();
        Assert.Equal(42, user.GetFunction<int>("call").Invoke());
    }
}
