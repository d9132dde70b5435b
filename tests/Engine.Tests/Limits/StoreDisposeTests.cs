using System;
using WitSharp.Engine.Tests.Compilation;
using WitSharp.Engine.Tests.Embedding;

namespace WitSharp.Engine.Tests.Limits;

/// <summary>
/// <see cref="WasmStore.Dispose"/> hands linear memories back for reuse (issue #11: instantiating per request without
/// a generation-2 collection per large buffer). Reuse must never show one store's bytes to another, and a memory must
/// not be reused while a frame of its store may still hold it. Each test uses its own memory size, so that tests
/// running in parallel never rent each other's buffers.
/// </summary>
public sealed class StoreDisposeTests
{
    private static string Module(int pages) => $$"""
        (module
          (import "env" "dispose" (func $dispose))
          (memory (export "memory") {{pages}})
          (data (i32.const 16) "seg")
          (func (export "load") (param i32) (result i32) (i32.load8_u (local.get 0)))
          (func (export "store") (param i32 i32) (i32.store8 (local.get 0) (local.get 1)))
          (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0)))
          (func (export "dispose-then-load") (param i32) (result i32)
            (call $dispose) (i32.load8_u (local.get 0))))
        """;

    private sealed class Host
    {
        public WasmStore? Store;
    }

    private static (WasmInstance Instance, WasmStore Store) Instantiate(WasmEngine engine, WasmModule module, Host host)
    {
        var store = new WasmStore(engine);
        host.Store = store;
        var linker = new WasmLinker(engine).DefineFunction("env", "dispose", () => host.Store!.Dispose());
        return (linker.Instantiate(store, module), store);
    }

    [SkippableTheory]
    [MemberData(nameof(Tiers.All), MemberType = typeof(Tiers))]
    public void ADisposedStoresMemoryIsEmptyAndTrapsOnEveryAccess(CompilationMode mode)
    {
        var engine = new WasmEngine(Tiers.Options(mode));
        WasmModule module = Wat.Load(engine, Module(41));
        var (instance, store) = Instantiate(engine, module, new Host());
        instance.GetAction<int, int>("store").Invoke(100, 42);
        Assert.Equal(42, instance.GetFunction<int, int>("load").Invoke(100));

        store.Dispose();

        Assert.True(store.IsDisposed);
        var memory = (WasmMemory)instance.GetExport("memory")!;
        Assert.Equal(0u, memory.PageCount);
        Assert.Equal(0, memory.Span.Length);
        var trap = Assert.Throws<WasmTrapException>(() => instance.GetFunction<int, int>("load").Invoke(100));
        Assert.Equal(TrapKind.MemoryOutOfBounds, trap.Kind);
        Assert.Equal(-1, instance.GetFunction<int, int>("grow").Invoke(1));
        Assert.Throws<ArgumentOutOfRangeException>(() => memory.Read<byte>(100));
        Assert.Throws<ObjectDisposedException>(() => new WasmLinker(engine).DefineFunction("env", "dispose", () => { }).Instantiate(store, module));
    }

    [SkippableFact]
    public void AReusedBufferIsZeroExceptForTheNewInstancesDataSegments()
    {
        var engine = new WasmEngine();
        WasmMemory? reused = FirstReuse(engine, Wat.Load(engine, Module(43)), _ => { });

        Assert.NotNull(reused);
        Assert.Equal(43u * WasmMemory.PageSize, (uint)reused.Span.Length);
        AssertZeroExceptTheDataSegment(reused);
    }

    [SkippableFact]
    public void GrowingRentsAPooledBufferAndShowsNoneOfItsFormerBytes()
    {
        var engine = new WasmEngine();
        // Growing 53 pages by one doubles the capacity to 106 pages: the first instance leaves such a buffer in the
        // pool, and the second instance's growth takes it.
        WasmMemory? reused = FirstReuse(engine, Wat.Load(engine, Module(53)), instance => Assert.Equal(53, instance.GetFunction<int, int>("grow").Invoke(1)));

        Assert.NotNull(reused);
        Assert.Equal(106 * WasmMemory.PageSize, reused.Buffer.Length);
        Assert.Equal(54u * WasmMemory.PageSize, (uint)reused.Span.Length);
        AssertZeroExceptTheDataSegment(reused);
    }

    // Instantiates, runs `prepare`, fills the visible memory with 0xAB and disposes the store, then instantiates
    // again and runs `prepare`: the second memory if it got the first one's buffer, else null. The pool drops
    // everything at a full collection, which another test may force between dispose and reuse: a few rounds make
    // missing every one of them practically impossible, while a pool that never reuses fails.
    private static WasmMemory? FirstReuse(WasmEngine engine, WasmModule module, Action<WasmInstance> prepare)
    {
        for (int round = 0; round < 5; round++)
        {
            var (first, store) = Instantiate(engine, module, new Host());
            prepare(first);
            var firstMemory = (WasmMemory)first.GetExport("memory")!;
            byte[] buffer = firstMemory.Buffer;
            firstMemory.Span.Fill(0xAB);
            store.Dispose();
            var (second, _) = Instantiate(engine, module, new Host());
            prepare(second);
            var candidate = (WasmMemory)second.GetExport("memory")!;
            if (ReferenceEquals(buffer, candidate.Buffer)) return candidate;
        }
        return null;
    }

    private static void AssertZeroExceptTheDataSegment(WasmMemory memory)
    {
        Span<byte> bytes = memory.Span;
        Assert.Equal("seg"u8.ToArray(), bytes.Slice(16, 3).ToArray());
        bytes.Slice(16, 3).Clear();
        Assert.Equal(-1, bytes.IndexOfAnyExcept((byte)0));
    }

    [SkippableTheory]
    [MemberData(nameof(Tiers.All), MemberType = typeof(Tiers))]
    public void DisposingFromAHostFunctionEmptiesTheMemoryButNeverReusesItsBuffer(CompilationMode mode)
    {
        var engine = new WasmEngine(Tiers.Options(mode));
        WasmModule module = Wat.Load(engine, Module(47));
        var (instance, store) = Instantiate(engine, module, new Host());
        var memory = (WasmMemory)instance.GetExport("memory")!;
        byte[] buffer = memory.Buffer;

        var trap = Assert.Throws<WasmTrapException>(() => instance.GetFunction<int, int>("dispose-then-load").Invoke(16));

        Assert.Equal(TrapKind.MemoryOutOfBounds, trap.Kind);
        Assert.True(store.IsDisposed);
        var (next, _) = Instantiate(engine, module, new Host());
        Assert.NotSame(buffer, ((WasmMemory)next.GetExport("memory")!).Buffer);
    }

    [SkippableFact]
    public void AFullCollectionEmptiesThePool()
    {
        LinearMemoryPool.Return(new byte[51 * WasmMemory.PageSize], 0);
        for (int i = 0; i < 3; i++)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true);
            GC.WaitForPendingFinalizers();
        }
        Assert.Null(LinearMemoryPool.Rent(51 * WasmMemory.PageSize));
    }

    [SkippableFact]
    public void ABufferTooLargeForThePoolIsLeftToTheCollector()
    {
        byte[] large = new byte[LinearMemoryPool.MaxBufferBytes + WasmMemory.PageSize];
        LinearMemoryPool.Return(large, large.Length);
        Assert.Null(LinearMemoryPool.Rent(large.Length));
        Assert.InRange(LinearMemoryPool.PooledBytes, 0, LinearMemoryPool.MaxPooledBytes);
    }
}
