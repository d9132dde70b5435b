using System;
using System.Diagnostics;
using System.Threading;
using WitSharp.Engine.Tests.Compilation;
using WitSharp.Engine.Tests.Embedding;


namespace WitSharp.Engine.Tests.Limits;

/// <summary>
/// Fuel and interruption bound the work of bulk instructions and growth loops, not only of loop iterations (issue #10).
/// The interruption tests cancel after 50 ms and demand the trap within 2 s: the issue asks for 10 ms, and the generous
/// margin keeps a loaded CI machine from failing them, while before the fix these loops ran for tens of seconds.
/// </summary>
public sealed class BoundedWorkTests
{
    private const int MemoryBytes = 256 * WasmMemory.PageSize;

    private const string Module = """
        (module
          (memory (export "memory") 256)
          (table $t 0 externref)
          (func (export "fill-forever")
            (loop $l (memory.fill (i32.const 0) (i32.const 7) (i32.const 16777216)) (br $l)))
          (func (export "copy-forever")
            (loop $l (memory.copy (i32.const 1) (i32.const 0) (i32.const 16777215)) (br $l)))
          (func (export "grow-table-forever")
            (loop $l (drop (table.grow $t (ref.null extern) (i32.const 1000))) (br $l)))
          (func (export "fill") (param i32) (memory.fill (i32.const 0) (i32.const 7) (local.get 0)))
          (func (export "copy") (param i32 i32 i32) (memory.copy (local.get 0) (local.get 1) (local.get 2)))
          (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0))))
        """;

    public static TheoryData<string, CompilationMode> ForeverLoops()
    {
        var data = new TheoryData<string, CompilationMode>();
        foreach (string export in new[] { "fill-forever", "copy-forever", "grow-table-forever" })
            foreach (CompilationMode mode in Enum.GetValues<CompilationMode>()) data.Add(export, mode);
        return data;
    }

    [SkippableTheory]
    [MemberData(nameof(ForeverLoops))]
    public void CancellationStopsBulkWorkLoopsPromptly(string export, CompilationMode mode)
    {
        WasmInstance instance = Wat.Instantiate(Module, Tiers.Options(mode));
        using var cancel = new CancellationTokenSource();
        instance.Store.InterruptToken = cancel.Token;
        var clock = Stopwatch.StartNew();
        cancel.CancelAfter(50);
        var trap = Assert.Throws<WasmTrapException>(() => instance.GetAction(export).Invoke());
        Assert.Equal(TrapKind.Interrupted, trap.Kind);
        Assert.InRange(clock.Elapsed.TotalSeconds, 0, 2);
    }

    [SkippableTheory]
    [MemberData(nameof(Tiers.All), MemberType = typeof(Tiers))]
    public void FuelPaysForEveryByteABulkOperationTouches(CompilationMode mode)
    {
        WasmInstance instance = Wat.Instantiate(Module, Tiers.Options(mode, fuel: true));
        WasmStore store = instance.Store;
        store.Fuel = 1_000_000;
        instance.GetAction<int>("fill").Invoke(WasmMemory.PageSize);
        long spent = 1_000_000 - store.Fuel;
        Assert.InRange(spent, WasmMemory.PageSize / 64, WasmMemory.PageSize / 64 + 10);

        // Too little fuel for the whole operation: it traps before writing anything.
        store.Fuel = 1_000;
        var trap = Assert.Throws<WasmTrapException>(() => instance.GetAction<int>("fill").Invoke(MemoryBytes));
        Assert.Equal(TrapKind.OutOfFuel, trap.Kind);
        Assert.Equal(0, store.Fuel);
        Assert.Equal(0, instance.GetMemory("memory")!.Span[MemoryBytes - 1]);
    }

    [SkippableTheory]
    [MemberData(nameof(Tiers.All), MemberType = typeof(Tiers))]
    public void FuelPaysForTheZeroedPagesOfMemoryGrow(CompilationMode mode)
    {
        WasmInstance instance = Wat.Instantiate(Module, Tiers.Options(mode, fuel: true));
        instance.Store.Fuel = 10_000;
        var trap = Assert.Throws<WasmTrapException>(() => instance.GetFunction<int, int>("grow").Invoke(16));
        Assert.Equal(TrapKind.OutOfFuel, trap.Kind);
    }

    [SkippableTheory]
    [InlineData(1, 0)]
    [InlineData(0, 1)]
    [InlineData(3 * WorkChunk + 5, 0)]
    [InlineData(0, 3 * WorkChunk + 5)]
    public void ChunkedCopiesOfOverlappingRangesKeepMemmoveSemantics(int target, int source)
    {
        WasmInstance instance = Wat.Instantiate(Module);
        Span<byte> memory = instance.GetMemory("memory")!.Span;
        var expected = new byte[MemoryBytes];
        new Random(10).NextBytes(expected);
        expected.CopyTo(memory);
        int count = 5 * WorkChunk + 3;
        Array.Copy(expected, source, expected, target, count);
        instance.GetAction<int, int, int>("copy").Invoke(target, source, count);
        Assert.True(memory.SequenceEqual(expected));
    }

    /// <summary>Larger than the engine's 256 KiB chunk, so copies span several chunks.</summary>
    private const int WorkChunk = 1 << 18;
}
