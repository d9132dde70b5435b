using System;
using System.Linq;
using WitSharp.Engine.Tests.Embedding;

namespace WitSharp.Engine.Tests.Limits;

/// <summary>Runs alone: it lowers the process's GC heap limit while it runs.</summary>
[CollectionDefinition(nameof(HeapLimitCollection), DisableParallelization = true)]
public sealed class HeapLimitCollection;

/// <summary>
/// Under a heap limit the engine reports running out of memory as its documented limit failures (issue #10:
/// <c>Instantiate</c> threw a raw <see cref="OutOfMemoryException"/> and <c>table.grow</c> threw instead of returning -1).
/// The engine's own element limits are lifted so that only the heap can refuse.
/// </summary>
[Collection(nameof(HeapLimitCollection))]
public sealed class OutOfMemoryTests
{
    private const int TableCount = 16;

    private static readonly WasmEngineOptions Unlimited = new()
    {
        MaxTableElementsPerInstance = long.MaxValue,
        MaxTableElementsPerStore = long.MaxValue,
    };

    [SkippableFact]
    public void RunningOutOfHeapFailsInstantiationAndGrowAsDocumented()
    {
        var engine = new WasmEngine(Unlimited);
        // 16 tables of 10 M elements want 1.3 GB; each grow function grows one of 16 small tables by almost that much.
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
            GC.Collect();
            return new HeapLimit((ulong)(GC.GetTotalMemory(true) + headroom));
        }

        public void Dispose()
        {
            AppContext.SetData("GCHeapHardLimit", 0UL);
            GC.Collect();
            GC.RefreshMemoryLimit();
        }
    }
}
