using System;
using System.Linq;
using System.Runtime.CompilerServices;
using WitSharp.Engine.Tests.Embedding;

namespace WitSharp.Engine.Tests.Limits;

/// <summary>Tables count against per-instance and per-store element limits (issue #10: 50 tables of 10 M elements took 3.9 GB).</summary>
public sealed class TableLimitTests
{
    private static string Tables(int count, uint elements) =>
        "(module " + string.Concat(Enumerable.Repeat($"(table {elements} funcref)", count)) + ")";

    private const string Growable = """
        (module
          (table $t (export "table") 10 externref)
          (func (export "grow") (param i32) (result i32) (table.grow $t (ref.null extern) (local.get 0))))
        """;

    [SkippableFact]
    public void TablesOverTheInstanceLimitFailInstantiationWithTheDocumentedException()
    {
        var engine = new WasmEngine();
        WasmModule module = Wat.Load(engine, Tables(2, WasmTable.MaxSupportedElements));
        var error = Assert.Throws<WasmResourceLimitException>(() => new WasmLinker(engine).Instantiate(new WasmStore(engine), module));
        Assert.Contains("instance", error.Message);
    }

    [SkippableFact]
    public void TablesOverTheStoreLimitFailUntilTheInstancesHoldingThemAreDropped()
    {
        var engine = new WasmEngine();
        var store = new WasmStore(engine) { MaxTableElements = 1_000 };
        WasmModule module = Wat.Load(engine, Tables(1, 600));
        var linker = new WasmLinker(engine);
        FillTheStore(linker, store, module);
        // The first instance is garbage now: the store notices before refusing.
        for (int i = 0; i < 10; i++) linker.Instantiate(store, module);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void FillTheStore(WasmLinker linker, WasmStore store, WasmModule module)
    {
        WasmInstance first = linker.Instantiate(store, module);
        Assert.Throws<WasmResourceLimitException>(() => linker.Instantiate(store, module));
        GC.KeepAlive(first);
    }

    [SkippableFact]
    public void RepeatedFailingGrowsFromTheHostDoNotForceACollectionEach()
    {
        // Before refusing, the store collects to count only live tables; a host retrying a refused grow in a loop
        // must not turn that into one full collection per call (forced collections are amortised over time).
        var engine = new WasmEngine();
        var store = new WasmStore(engine) { MaxTableElements = 100 };
        var grow = new WasmLinker(engine).Instantiate(store, Wat.Load(engine, Growable)).GetFunction<int, int>("grow");
        int before = GC.CollectionCount(2);
        for (int i = 0; i < 1_000; i++) Assert.Equal(-1, grow.Invoke(1_000));
        Assert.InRange(GC.CollectionCount(2) - before, 1, 100);
    }

    [SkippableFact]
    public void TableGrowBeyondALimitReturnsMinusOne()
    {
        var engine = new WasmEngine();
        var store = new WasmStore(engine);
        WasmInstance instance = new WasmLinker(engine).Instantiate(store, Wat.Load(engine, Growable), new WasmInstanceLimits { MaxTableElements = 100 });
        var grow = instance.GetFunction<int, int>("grow");
        Assert.Equal(10, grow.Invoke(50));
        Assert.Equal(-1, grow.Invoke(41));
        Assert.Equal(60, grow.Invoke(40));
        Assert.Equal(100u, instance.GetTable("table")!.Size);

        store.MaxTableElements = 150;
        WasmInstance other = new WasmLinker(engine).Instantiate(store, Wat.Load(engine, Growable));
        Assert.Equal(-1, other.GetFunction<int, int>("grow").Invoke(41));
        Assert.Equal(10, other.GetFunction<int, int>("grow").Invoke(40));
        GC.KeepAlive(instance);
    }
}
