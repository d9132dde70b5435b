using System;
using static WitSharp.Engine.Execution.Interpreter;

namespace WitSharp.Engine.Execution;

/// <summary>
/// The rarer instructions (bulk memory, table and segment operations), kept out of the interpreter loop so
/// the loop stays small. Each returns the next pc, or the complement (~) of the trap it raises.
/// An operation is bounds-checked whole before it writes anything (as the spec requires), then charged in
/// proportion to its size (<see cref="WorkCost"/>), then done in chunks with an interrupt check between them,
/// so neither fuel nor interruption can be outrun by one large instruction.
/// </summary>
internal static class BulkOperations
{
    public static int Execute(WasmInstance inst, Span<byte> mem, ref ulong fr, ref int c0, int pc, ExecutionStack es, ref long budget)
    {
        int at = pc;
        Op op = (Op)A(ref c0, at, 0);
        TrapKind trap = op switch
        {
            Op.MemoryInit => MemoryInit(inst, mem, (uint)S(ref fr, ref c0, at, 1), (uint)S(ref fr, ref c0, at, 2), (uint)S(ref fr, ref c0, at, 3), A(ref c0, at, 4), es, ref budget),
            Op.DataDrop => DataDrop(inst, A(ref c0, at, 1)),
            Op.MemoryCopy => MemoryCopy(mem, (uint)S(ref fr, ref c0, at, 1), (uint)S(ref fr, ref c0, at, 2), (uint)S(ref fr, ref c0, at, 3), es, ref budget),
            Op.MemoryFill => MemoryFill(mem, (uint)S(ref fr, ref c0, at, 1), S(ref fr, ref c0, at, 2), (uint)S(ref fr, ref c0, at, 3), es, ref budget),
            Op.TableGet => TableGet(inst, (uint)S(ref fr, ref c0, at, 2), A(ref c0, at, 3), out S(ref fr, ref c0, at, 1)),
            Op.TableSet => TableSet(inst, (uint)S(ref fr, ref c0, at, 1), S(ref fr, ref c0, at, 2), A(ref c0, at, 3)),
            Op.TableSize => TableSize(inst, A(ref c0, at, 2), out S(ref fr, ref c0, at, 1)),
            Op.TableGrow => TableGrow(inst, S(ref fr, ref c0, at, 2), (uint)S(ref fr, ref c0, at, 3), A(ref c0, at, 4), es, ref budget, out S(ref fr, ref c0, at, 1)),
            Op.TableFill => TableFill(inst, (uint)S(ref fr, ref c0, at, 1), S(ref fr, ref c0, at, 2), (uint)S(ref fr, ref c0, at, 3), A(ref c0, at, 4), es, ref budget),
            Op.TableCopy => TableCopy(inst, (uint)S(ref fr, ref c0, at, 1), (uint)S(ref fr, ref c0, at, 2), (uint)S(ref fr, ref c0, at, 3), A(ref c0, at, 4), A(ref c0, at, 5), es, ref budget),
            Op.TableInit => TableInit(inst, (uint)S(ref fr, ref c0, at, 1), (uint)S(ref fr, ref c0, at, 2), (uint)S(ref fr, ref c0, at, 3), A(ref c0, at, 4), A(ref c0, at, 5), es, ref budget),
            Op.ElemDrop => ElemDrop(inst, A(ref c0, at, 1)),
            _ => throw new InvalidOperationException($"internal error: unknown IR opcode {A(ref c0, at, 0)} at {at}"),
        };
        return trap == TrapKind.None ? pc + 1 + OpLayout.Of(op)!.Length : ~(int)trap;
    }

    // One method per operation, on operand values, so the interpreter (through Execute) and the CIL tier share them.
    // Each returns TrapKind.None or the trap it raises; a trap leaves memory and tables unwritten.

    public static TrapKind MemoryInit(WasmInstance inst, Span<byte> mem, ulong d, ulong s, ulong n, int dataIndex, ExecutionStack es, ref long budget)
    {
        ReadOnlyMemory<byte> data = inst.DataSegments[dataIndex];
        if (s + n > (ulong)data.Length || d + n > (ulong)mem.Length) return TrapKind.MemoryOutOfBounds;
        if (!Pay(es, ref budget, WorkCost.ForBytes(n), out TrapKind trap)) return trap;
        return Copy(data.Span.Slice((int)s, (int)n), mem.Slice((int)d, (int)n), backward: false, WorkCost.ChunkBytes, es);
    }

    public static TrapKind DataDrop(WasmInstance inst, int dataIndex)
    {
        inst.DataSegments[dataIndex] = ReadOnlyMemory<byte>.Empty;
        return TrapKind.None;
    }

    public static TrapKind MemoryCopy(Span<byte> mem, ulong d, ulong s, ulong n, ExecutionStack es, ref long budget)
    {
        if (s + n > (ulong)mem.Length || d + n > (ulong)mem.Length) return TrapKind.MemoryOutOfBounds;
        if (!Pay(es, ref budget, WorkCost.ForBytes(n), out TrapKind trap)) return trap;
        return Copy(mem.Slice((int)s, (int)n), mem.Slice((int)d, (int)n), backward: d > s, WorkCost.ChunkBytes, es);
    }

    public static TrapKind MemoryFill(Span<byte> mem, ulong d, ulong value, ulong n, ExecutionStack es, ref long budget)
    {
        if (d + n > (ulong)mem.Length) return TrapKind.MemoryOutOfBounds;
        if (!Pay(es, ref budget, WorkCost.ForBytes(n), out TrapKind trap)) return trap;
        return Fill(mem.Slice((int)d, (int)n), (byte)value, WorkCost.ChunkBytes, es);
    }

    public static TrapKind TableGet(WasmInstance inst, uint i, int tableIndex, out ulong result)
    {
        ulong[] elements = inst.Tables[tableIndex].Elements;
        result = 0;
        if (i >= (uint)elements.Length) return TrapKind.TableOutOfBounds;
        result = elements[i];
        return TrapKind.None;
    }

    public static TrapKind TableSet(WasmInstance inst, uint i, ulong value, int tableIndex)
    {
        ulong[] elements = inst.Tables[tableIndex].Elements;
        if (i >= (uint)elements.Length) return TrapKind.TableOutOfBounds;
        elements[i] = value;
        return TrapKind.None;
    }

    public static TrapKind TableSize(WasmInstance inst, int tableIndex, out ulong result)
    {
        result = (uint)inst.Tables[tableIndex].Elements.Length;
        return TrapKind.None;
    }

    public static TrapKind TableGrow(WasmInstance inst, ulong initial, uint delta, int tableIndex, ExecutionStack es, ref long budget, out ulong result)
    {
        WasmTable table = inst.Tables[tableIndex];
        int old = table.Grow(delta, initial);
        result = (uint)old;
        // Growing allocates and fills the whole new table: charged after the fact, at the same rate as table.fill.
        if (old >= 0 && !Pay(es, ref budget, WorkCost.ForElements(table.Size), out TrapKind trap)) return trap;
        return TrapKind.None;
    }

    public static TrapKind TableFill(WasmInstance inst, ulong d, ulong value, ulong n, int tableIndex, ExecutionStack es, ref long budget)
    {
        ulong[] elements = inst.Tables[tableIndex].Elements;
        if (d + n > (ulong)elements.Length) return TrapKind.TableOutOfBounds;
        if (!Pay(es, ref budget, WorkCost.ForElements(n), out TrapKind trap)) return trap;
        return Fill(elements.AsSpan((int)d, (int)n), value, WorkCost.ChunkElements, es);
    }

    public static TrapKind TableCopy(WasmInstance inst, ulong d, ulong s, ulong n, int targetTable, int sourceTable, ExecutionStack es, ref long budget)
    {
        ulong[] target = inst.Tables[targetTable].Elements, source = inst.Tables[sourceTable].Elements;
        if (s + n > (ulong)source.Length || d + n > (ulong)target.Length) return TrapKind.TableOutOfBounds;
        if (!Pay(es, ref budget, WorkCost.ForElements(n), out TrapKind trap)) return trap;
        bool backward = ReferenceEquals(source, target) && d > s;
        return Copy<ulong>(source.AsSpan((int)s, (int)n), target.AsSpan((int)d, (int)n), backward, WorkCost.ChunkElements, es);
    }

    public static TrapKind TableInit(WasmInstance inst, ulong d, ulong s, ulong n, int tableIndex, int elementIndex, ExecutionStack es, ref long budget)
    {
        ulong[] target = inst.Tables[tableIndex].Elements, source = inst.ElementSegments[elementIndex];
        if (s + n > (ulong)source.Length || d + n > (ulong)target.Length) return TrapKind.TableOutOfBounds;
        if (!Pay(es, ref budget, WorkCost.ForElements(n), out TrapKind trap)) return trap;
        return Copy<ulong>(source.AsSpan((int)s, (int)n), target.AsSpan((int)d, (int)n), backward: false, WorkCost.ChunkElements, es);
    }

    public static TrapKind ElemDrop(WasmInstance inst, int elementIndex)
    {
        inst.ElementSegments[elementIndex] = Array.Empty<ulong>();
        return TrapKind.None;
    }

    /// <summary>Charges <paramref name="cost"/> units; false (with the trap) when fuel or interruption stops it.</summary>
    internal static bool Pay(ExecutionStack es, ref long budget, long cost, out TrapKind trap)
    {
        trap = TrapKind.None;
        if (cost == 0) return true;
        long next = es.Charge(budget, cost);
        if (next < 0)
        {
            budget = 0;
            trap = (TrapKind)(-next);
            return false;
        }
        budget = next;
        return true;
    }

    /// <summary>Fills <paramref name="target"/> a chunk at a time; <see cref="TrapKind.Interrupted"/> when an interrupt arrived in between.</summary>
    private static TrapKind Fill<T>(Span<T> target, T value, int chunk, ExecutionStack es)
    {
        while (target.Length > chunk)
        {
            target[..chunk].Fill(value);
            target = target[chunk..];
            if (es.InterruptRequested) return TrapKind.Interrupted;
        }
        target.Fill(value);
        return TrapKind.None;
    }

    /// <summary>
    /// Copies <paramref name="source"/> to the same-length <paramref name="target"/> a chunk at a time (from the end when
    /// they overlap with the target after the source, so every chunk reads bytes not yet overwritten).
    /// </summary>
    private static TrapKind Copy<T>(ReadOnlySpan<T> source, Span<T> target, bool backward, int chunk, ExecutionStack es)
    {
        int n = source.Length;
        for (int done = 0; done < n;)
        {
            if (done > 0 && es.InterruptRequested) return TrapKind.Interrupted;
            int size = Math.Min(chunk, n - done);
            int start = backward ? n - done - size : done;
            source.Slice(start, size).CopyTo(target.Slice(start, size));
            done += size;
        }
        return TrapKind.None;
    }
}
