using System;
using static WitSharp.Engine.Execution.Interpreter;

namespace WitSharp.Engine.Execution;

/// <summary>
/// The rarer instructions (bulk memory, table and segment operations), kept out of the interpreter loop so
/// the loop stays small. Each returns the next pc, or the complement (~) of the trap it raises.
/// </summary>
internal static class BulkOperations
{
    public static int Execute(WasmInstance inst, byte[] mem, ref ulong fr, ref int c0, int pc)
    {
        int at = pc;
        switch ((Op)A(ref c0, at, 0))
        {
            case Op.MemoryInit:
            {
                ulong d = (uint)S(ref fr, ref c0, at, 1), s = (uint)S(ref fr, ref c0, at, 2), n = (uint)S(ref fr, ref c0, at, 3);
                ReadOnlyMemory<byte> data = inst.DataSegments[A(ref c0, at, 4)];
                if (s + n > (ulong)data.Length || d + n > (ulong)mem.Length) return ~(int)TrapKind.MemoryOutOfBounds;
                data.Span.Slice((int)s, (int)n).CopyTo(mem.AsSpan((int)d));
                return pc + 5;
            }
            case Op.DataDrop:
                inst.DataSegments[A(ref c0, at, 1)] = ReadOnlyMemory<byte>.Empty;
                return pc + 2;
            case Op.MemoryCopy:
            {
                ulong d = (uint)S(ref fr, ref c0, at, 1), s = (uint)S(ref fr, ref c0, at, 2), n = (uint)S(ref fr, ref c0, at, 3);
                if (s + n > (ulong)mem.Length || d + n > (ulong)mem.Length) return ~(int)TrapKind.MemoryOutOfBounds;
                mem.AsSpan((int)s, (int)n).CopyTo(mem.AsSpan((int)d));
                return pc + 4;
            }
            case Op.MemoryFill:
            {
                ulong d = (uint)S(ref fr, ref c0, at, 1), n = (uint)S(ref fr, ref c0, at, 3);
                if (d + n > (ulong)mem.Length) return ~(int)TrapKind.MemoryOutOfBounds;
                mem.AsSpan((int)d, (int)n).Fill((byte)S(ref fr, ref c0, at, 2));
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
                S(ref fr, ref c0, at, 1) = (uint)inst.Tables[A(ref c0, at, 4)].Grow((uint)S(ref fr, ref c0, at, 3), S(ref fr, ref c0, at, 2));
                return pc + 5;
            case Op.TableFill:
            {
                ulong[] elements = inst.Tables[A(ref c0, at, 4)].Elements;
                ulong d = (uint)S(ref fr, ref c0, at, 1), n = (uint)S(ref fr, ref c0, at, 3);
                if (d + n > (ulong)elements.Length) return ~(int)TrapKind.TableOutOfBounds;
                elements.AsSpan((int)d, (int)n).Fill(S(ref fr, ref c0, at, 2));
                return pc + 5;
            }
            case Op.TableCopy:
            {
                ulong[] target = inst.Tables[A(ref c0, at, 4)].Elements, source = inst.Tables[A(ref c0, at, 5)].Elements;
                ulong d = (uint)S(ref fr, ref c0, at, 1), s = (uint)S(ref fr, ref c0, at, 2), n = (uint)S(ref fr, ref c0, at, 3);
                if (s + n > (ulong)source.Length || d + n > (ulong)target.Length) return ~(int)TrapKind.TableOutOfBounds;
                source.AsSpan((int)s, (int)n).CopyTo(target.AsSpan((int)d));
                return pc + 6;
            }
            case Op.TableInit:
            {
                ulong[] target = inst.Tables[A(ref c0, at, 4)].Elements, source = inst.ElementSegments[A(ref c0, at, 5)];
                ulong d = (uint)S(ref fr, ref c0, at, 1), s = (uint)S(ref fr, ref c0, at, 2), n = (uint)S(ref fr, ref c0, at, 3);
                if (s + n > (ulong)source.Length || d + n > (ulong)target.Length) return ~(int)TrapKind.TableOutOfBounds;
                source.AsSpan((int)s, (int)n).CopyTo(target.AsSpan((int)d));
                return pc + 6;
            }
            case Op.ElemDrop:
                inst.ElementSegments[A(ref c0, at, 1)] = Array.Empty<ulong>();
                return pc + 2;
            default:
                throw new InvalidOperationException($"internal error: unknown IR opcode {A(ref c0, at, 0)} at {at}");
        }
    }
}
