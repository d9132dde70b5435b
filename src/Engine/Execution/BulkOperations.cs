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
        switch ((Op)A(ref c0, at, 0))
        {
            case Op.MemoryInit:
            {
                ulong d = (uint)S(ref fr, ref c0, at, 1), s = (uint)S(ref fr, ref c0, at, 2), n = (uint)S(ref fr, ref c0, at, 3);
                ReadOnlyMemory<byte> data = inst.DataSegments[A(ref c0, at, 4)];
                if (s + n > (ulong)data.Length || d + n > (ulong)mem.Length) return ~(int)TrapKind.MemoryOutOfBounds;
                if (!Pay(es, ref budget, WorkCost.ForBytes(n), out int trap)) return trap;
                if (!Copy(data.Span.Slice((int)s, (int)n), mem.Slice((int)d, (int)n), backward: false, WorkCost.ChunkBytes, es)) return Interrupted;
                return pc + 5;
            }
            case Op.DataDrop:
                inst.DataSegments[A(ref c0, at, 1)] = ReadOnlyMemory<byte>.Empty;
                return pc + 2;
            case Op.MemoryCopy:
            {
                ulong d = (uint)S(ref fr, ref c0, at, 1), s = (uint)S(ref fr, ref c0, at, 2), n = (uint)S(ref fr, ref c0, at, 3);
                if (s + n > (ulong)mem.Length || d + n > (ulong)mem.Length) return ~(int)TrapKind.MemoryOutOfBounds;
                if (!Pay(es, ref budget, WorkCost.ForBytes(n), out int trap)) return trap;
                if (!Copy(mem.Slice((int)s, (int)n), mem.Slice((int)d, (int)n), backward: d > s, WorkCost.ChunkBytes, es)) return Interrupted;
                return pc + 4;
            }
            case Op.MemoryFill:
            {
                ulong d = (uint)S(ref fr, ref c0, at, 1), n = (uint)S(ref fr, ref c0, at, 3);
                if (d + n > (ulong)mem.Length) return ~(int)TrapKind.MemoryOutOfBounds;
                if (!Pay(es, ref budget, WorkCost.ForBytes(n), out int trap)) return trap;
                if (!Fill(mem.Slice((int)d, (int)n), (byte)S(ref fr, ref c0, at, 2), WorkCost.ChunkBytes, es)) return Interrupted;
                return pc + 4;
            }
            case Op.TableGet:
            {
                ulong[] elements = inst.Tables[A(ref c0, at, 3)].Elements;
                uint i = (uint)S(ref fr, ref c0, at, 2);
                if (i >= (uint)elements.Length) return ~(int)TrapKind.TableOutOfBounds;
                S(ref fr, ref c0, at, 1) = elements[i];
                return pc + 4;
            }
            case Op.TableSet:
            {
                ulong[] elements = inst.Tables[A(ref c0, at, 3)].Elements;
                uint i = (uint)S(ref fr, ref c0, at, 1);
                if (i >= (uint)elements.Length) return ~(int)TrapKind.TableOutOfBounds;
                elements[i] = S(ref fr, ref c0, at, 2);
                return pc + 4;
            }
            case Op.TableSize:
                S(ref fr, ref c0, at, 1) = (uint)inst.Tables[A(ref c0, at, 2)].Elements.Length;
                return pc + 3;
            case Op.TableGrow:
            {
                WasmTable table = inst.Tables[A(ref c0, at, 4)];
                uint delta = (uint)S(ref fr, ref c0, at, 3);
                int old = table.Grow(delta, S(ref fr, ref c0, at, 2));
                S(ref fr, ref c0, at, 1) = (uint)old;
                // Growing allocates and fills the whole new table: charged after the fact, at the same rate as table.fill.
                if (old >= 0 && !Pay(es, ref budget, WorkCost.ForElements(table.Size), out int trap)) return trap;
                return pc + 5;
            }
            case Op.TableFill:
            {
                ulong[] elements = inst.Tables[A(ref c0, at, 4)].Elements;
                ulong d = (uint)S(ref fr, ref c0, at, 1), n = (uint)S(ref fr, ref c0, at, 3);
                if (d + n > (ulong)elements.Length) return ~(int)TrapKind.TableOutOfBounds;
                if (!Pay(es, ref budget, WorkCost.ForElements(n), out int trap)) return trap;
                if (!Fill(elements.AsSpan((int)d, (int)n), S(ref fr, ref c0, at, 2), WorkCost.ChunkElements, es)) return Interrupted;
                return pc + 5;
            }
            case Op.TableCopy:
            {
                ulong[] target = inst.Tables[A(ref c0, at, 4)].Elements, source = inst.Tables[A(ref c0, at, 5)].Elements;
                ulong d = (uint)S(ref fr, ref c0, at, 1), s = (uint)S(ref fr, ref c0, at, 2), n = (uint)S(ref fr, ref c0, at, 3);
                if (s + n > (ulong)source.Length || d + n > (ulong)target.Length) return ~(int)TrapKind.TableOutOfBounds;
                if (!Pay(es, ref budget, WorkCost.ForElements(n), out int trap)) return trap;
                bool backward = ReferenceEquals(source, target) && d > s;
                if (!Copy<ulong>(source.AsSpan((int)s, (int)n), target.AsSpan((int)d, (int)n), backward, WorkCost.ChunkElements, es)) return Interrupted;
                return pc + 6;
            }
            case Op.TableInit:
            {
                ulong[] target = inst.Tables[A(ref c0, at, 4)].Elements, source = inst.ElementSegments[A(ref c0, at, 5)];
                ulong d = (uint)S(ref fr, ref c0, at, 1), s = (uint)S(ref fr, ref c0, at, 2), n = (uint)S(ref fr, ref c0, at, 3);
                if (s + n > (ulong)source.Length || d + n > (ulong)target.Length) return ~(int)TrapKind.TableOutOfBounds;
                if (!Pay(es, ref budget, WorkCost.ForElements(n), out int trap)) return trap;
                if (!Copy<ulong>(source.AsSpan((int)s, (int)n), target.AsSpan((int)d, (int)n), backward: false, WorkCost.ChunkElements, es)) return Interrupted;
                return pc + 6;
            }
            case Op.ElemDrop:
                inst.ElementSegments[A(ref c0, at, 1)] = Array.Empty<ulong>();
                return pc + 2;
            default:
                throw new InvalidOperationException($"internal error: unknown IR opcode {A(ref c0, at, 0)} at {at}");
        }
    }

    private const int Interrupted = ~(int)TrapKind.Interrupted;

    /// <summary>Charges <paramref name="cost"/> units; false (with the complemented trap) when fuel or interruption stops it.</summary>
    internal static bool Pay(ExecutionStack es, ref long budget, long cost, out int trap)
    {
        trap = 0;
        if (cost == 0) return true;
        long next = es.Charge(budget, cost);
        if (next < 0)
        {
            budget = 0;
            trap = ~(int)(-next);
            return false;
        }
        budget = next;
        return true;
    }

    /// <summary>Fills <paramref name="target"/> a chunk at a time; false when an interrupt arrived in between.</summary>
    private static bool Fill<T>(Span<T> target, T value, int chunk, ExecutionStack es)
    {
        while (target.Length > chunk)
        {
            target[..chunk].Fill(value);
            target = target[chunk..];
            if (es.InterruptRequested) return false;
        }
        target.Fill(value);
        return true;
    }

    /// <summary>
    /// Copies <paramref name="source"/> to the same-length <paramref name="target"/> a chunk at a time (from the end when
    /// they overlap with the target after the source, so every chunk reads bytes not yet overwritten).
    /// </summary>
    private static bool Copy<T>(ReadOnlySpan<T> source, Span<T> target, bool backward, int chunk, ExecutionStack es)
    {
        int n = source.Length;
        for (int done = 0; done < n;)
        {
            if (done > 0 && es.InterruptRequested) return false;
            int size = Math.Min(chunk, n - done);
            int start = backward ? n - done - size : done;
            source.Slice(start, size).CopyTo(target.Slice(start, size));
            done += size;
        }
        return true;
    }
}
