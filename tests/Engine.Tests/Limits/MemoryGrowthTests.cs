using WitSharp.Engine.Tests.Embedding;

namespace WitSharp.Engine.Tests.Limits;

/// <summary>
/// <c>memory.grow</c> is amortised (issue #10: it copied the whole memory on every call, so growing a page at a time
/// was quadratic: 2,048 pages took 22 s), and the spare capacity behind it is invisible.
/// </summary>
public sealed class MemoryGrowthTests
{
    private const string Module = """
        (module
          (memory (export "memory") 1)
          (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0)))
          (func (export "size") (result i32) (memory.size))
          (func (export "load") (param i32) (result i32) (i32.load8_u (local.get 0)))
          (func (export "store") (param i32 i32) (i32.store8 (local.get 0) (local.get 1))))
        """;

    [SkippableFact]
    public void GrowingAPageAtATimeCopiesTheMemoryALogarithmicNumberOfTimes()
    {
        WasmInstance instance = Wat.Instantiate(Module);
        WasmMemory memory = instance.GetMemory("memory")!;
        var grow = instance.GetFunction<int, int>("grow");
        byte[] buffer = memory.Buffer;
        int copies = 0;
        for (int pages = 1; pages < 2048; pages++)
        {
            Assert.Equal(pages, grow.Invoke(1));
            if (ReferenceEquals(buffer, memory.Buffer)) continue;
            buffer = memory.Buffer;
            copies++;
        }
        Assert.InRange(copies, 1, 12);
        Assert.Equal(2048u, memory.PageCount);
    }

    [SkippableFact]
    public void SpareCapacityIsOutOfBoundsAndGrowthKeepsContentsAndZeroesNewPages()
    {
        WasmInstance instance = Wat.Instantiate(Module);
        var grow = instance.GetFunction<int, int>("grow");
        var load = instance.GetFunction<int, int>("load");
        var store = instance.GetAction<int, int>("store");
        store.Invoke(WasmMemory.PageSize - 1, 99);
        Assert.Equal(1, grow.Invoke(1));
        Assert.Equal(2, grow.Invoke(1));
        WasmMemory memory = instance.GetMemory("memory")!;
        Assert.True(memory.Buffer.Length > 3 * WasmMemory.PageSize);
        Assert.Equal(3, instance.GetFunction<int>("size").Invoke());
        Assert.Equal(3 * WasmMemory.PageSize, memory.Span.Length);
        Assert.Equal(99, load.Invoke(WasmMemory.PageSize - 1));
        Assert.Equal(0, load.Invoke(3 * WasmMemory.PageSize - 1));
        // The byte after the last page lies in the buffer's spare capacity, yet is out of bounds.
        var trap = Assert.Throws<WasmTrapException>(() => load.Invoke(3 * WasmMemory.PageSize));
        Assert.Equal(TrapKind.MemoryOutOfBounds, trap.Kind);
        Assert.Throws<System.ArgumentOutOfRangeException>(() => memory.Read<byte>(3 * WasmMemory.PageSize));
    }
}
