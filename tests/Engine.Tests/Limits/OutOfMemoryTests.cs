using System;
using System.Linq;
using WitSharp.Engine.Tests.Embedding;

namespace WitSharp.Engine.Tests.Limits;

/// <summary>
/// Under a heap limit the engine reports running out of memory as its documented limit failures (issue #10:
/// <c>Instantiate</c> threw a raw <see cref="OutOfMemoryException"/> and <c>table.grow</c> threw instead of returning -1).
/// The engine's own element limits are lifted so that only the heap can refuse.
/// </summary>
[Collection(nameof(WholeHeapCollection))]
public sealed class OutOfMemoryTests
{
    private const int TableCount = 32;

    private static readonly WasmEngineOptions Unlimited = new()
    {
        MaxTableElementsPerInstance = long.MaxValue,
        MaxTableElementsPerStore = long.MaxValue,
    };

    [SkippableFact]
    public void RunningOutOfHeapFailsInstantiationAndGrowAsDocumented()
    {
        var engine = new WasmEngine(Unlimited);
        // 32 tables of 10 M elements want 2.6 GB; each grow function grows one of 32 small tables by almost 80 MB.
        WasmModule huge = Wat.Load(engine, "(module " + string.Concat(Enumerable.Repeat($"(table {WasmTable.MaxSupportedElements} funcref)", TableCount)) + ")");
        WasmModule growable = Wat.Load(engine, "(module "
            + string.Concat(Enumerable.Range(0, TableCount).Select(i =>
                $"(table $t{i} 1 funcref) (func (export \"grow{i}\") (param i32) (result i32) (table.grow $t{i} (ref.null func) (local.get 0)))"))
            + ")");
        var linker = new WasmLinker(engine);
        var store = new WasmStore(engine);
        WasmInstance small = linker.Instantiate(store, growable);

        using (HeapLimit.Below(300 << 20))
        {
            Assert.Throws<WasmResourceLimitException>(() => linker.Instantiate(store, huge));
            int[] results = Enumerable.Range(0, TableCount)
                .Select(i => small.GetFunction<int, int>("grow" + i).Invoke((int)WasmTable.MaxSupportedElements - 1))
                .ToArray();
            Assert.Contains(-1, results);
        }
        GC.KeepAlive(small);
        // The limit is lifted again for the tests that follow: what failed above fits now.
        Assert.Equal(1, linker.Instantiate(new WasmStore(engine), growable).GetFunction<int, int>("grow0").Invoke((int)WasmTable.MaxSupportedElements - 1));
    }

    /// <summary>Sets a GC heap hard limit a given amount above what the process uses now, until disposed.</summary>
    private sealed class HeapLimit : IDisposable
    {
        private HeapLimit(ulong bytes)
        {
            AppContext.SetData("GCHeapHardLimit", bytes);
            GC.RefreshMemoryLimit();
        }

        public static HeapLimit Below(long headroom)
        {
            // The limit must lie above what the GC has committed, or it is refused.
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            return new HeapLimit((ulong)(GC.GetGCMemoryInfo().TotalCommittedBytes + headroom));
        }

        public void Dispose()
        {
            AppContext.SetData("GCHeapHardLimit", 0UL);
            GC.Collect();
            GC.RefreshMemoryLimit();
        }
    }
}
