using System;
using static WitSharp.Engine.Execution.Interpreter;

namespace WitSharp.Engine.Execution;

/// <summary>
/// The rarer instructions (bulk memory, table and segment operations), kept out of the interpreter loop so
/// the loop stays small. Each returns the trap it raises, or <see cref="TrapKind.None"/>, and advances pc.
/// </summary>
internal static class BulkOperations
{
    public static TrapKind Execute(WasmInstance inst, ref byte[] mem, ref ulong fr, ref int c0, ref int pc)
    {
        int at = pc;
        switch ((Op)A(ref c0, at, 0))
        {
            case Op.MemoryInit:
            {
                ulong d = (uint)S(ref fr, ref c0, at, 1), s = (uint)S(ref fr, ref c0, at, 2), n = (uint)S(ref fr, ref c0, at, 3);
                ReadOnlyMemory<byte> data = inst.DataSegments[A(ref c0, at, 4)];
                if (s + n > (ulong)data.Length || d + n > (ulong)mem.Length) return TrapKind.MemoryOutOfBounds;
                data.Span.Slice((int)s, (int)n).CopyTo(mem.AsSpan((int)d));
                pc += 5;
                return TrapKind.None;
            }
            case Op.DataDrop:
                inst.DataSegments[A(ref c0, at, 1)] = ReadOnlyMemory<byte>.Empty;
                pc += 2;
                return TrapKind.None;
            case Op.MemoryCopy:
            {
                ulong d = (uint)S(ref fr, ref c0, at, 1), s = (uint)S(ref fr, ref c0, at, 2), n = (uint)S(ref fr, ref c0, at, 3);
                if (s + n > (ulong)mem.Length || d + n > (ulong)mem.Length) return TrapKind.MemoryOutOfBounds;
                mem.AsSpan((int)s, (int)n).CopyTo(mem.AsSpan((int)d));
                pc += 4;
                return TrapKind.None;
            }
            case Op.MemoryFill:
            {
                ulong d = (uint)S(ref fr, ref c0, at, 1), n = (uint)S(ref fr, ref c0, at, 3);
                if (d + n > (ulong)mem.Length) return TrapKind.MemoryOutOfBounds;
                mem.AsSpan((int)d, (int)n).Fill((byte)S(ref fr, ref c0, at, 2));
                pc += 4;
                return TrapKind.None;
            }
            case Op.TableGet:
            {
                ulong[] elements = inst.Tables[A(ref c0, at, 3)].Elements;
                uint i = (uint)S(ref fr, ref c0, at, 2);
                if (i >= (uint)elements.Length) return TrapKind.TableOutOfBounds;
                S(ref fr, ref c0, at, 1) = elements[i];
                pc += 4;
                return TrapKind.None;
            }
            case Op.TableSet:
            {
                ulong[] elements = inst.Tables[A(ref c0, at, 3)].Elements;
                uint i = (uint)S(ref fr, ref c0, at, 1);
                if (i >= (uint)elements.Length) return TrapKind.TableOutOfBounds;
                elements[i] = S(ref fr, ref c0, at, 2);
                pc += 4;
                return TrapKind.None;
            }
            case Op.TableSize:
                S(ref fr, ref c0, at, 1) = (uint)inst.Tables[A(ref c0, at, 2)].Elements.Length;
                pc += 3;
                return TrapKind.None;
            case Op.TableGrow:
                S(ref fr, ref c0, at, 1) = (uint)inst.Tables[A(ref c0, at, 4)].Grow((uint)S(ref fr, ref c0, at, 3), S(ref fr, ref c0, at, 2));
                pc += 5;
                return TrapKind.None;
            case Op.TableFill:
            {
                ulong[] elements = inst.Tables[A(ref c0, at, 4)].Elements;
                ulong d = (uint)S(ref fr, ref c0, at, 1), n = (uint)S(ref fr, ref c0, at, 3);
                if (d + n > (ulong)elements.Length) return TrapKind.TableOutOfBounds;
                elements.AsSpan((int)d, (int)n).Fill(S(ref fr, ref c0, at, 2));
                pc += 5;
                return TrapKind.None;
            }
            case Op.TableCopy:
            {
                ulong[] target = inst.Tables[A(ref c0, at, 4)].Elements, source = inst.Tables[A(ref c0, at, 5)].Elements;
                ulong d = (uint)S(ref fr, ref c0, at, 1), s = (uint)S(ref fr, ref c0, at, 2), n = (uint)S(ref fr, ref c0, at, 3);
                if (s + n > (ulong)source.Length || d + n > (ulong)target.Length) return TrapKind.TableOutOfBounds;
                source.AsSpan((int)s, (int)n).CopyTo(target.AsSpan((int)d));
                pc += 6;
                return TrapKind.None;
            }
            case Op.TableInit:
            {
                ulong[] target = inst.Tables[A(ref c0, at, 4)].Elements, source = inst.ElementSegments[A(ref c0, at, 5)];
                ulong d = (uint)S(ref fr, ref c0, at, 1), s = (uint)S(ref fr, ref c0, at, 2), n = (uint)S(ref fr, ref c0, at, 3);
                if (s + n > (ulong)source.Length || d + n > (ulong)target.Length) return TrapKind.TableOutOfBounds;
                source.AsSpan((int)s, (int)n).CopyTo(target.AsSpan((int)d));
                pc += 6;
                return TrapKind.None;
            }
            case Op.ElemDrop:
                inst.ElementSegments[A(ref c0, at, 1)] = Array.Empty<ulong>();
                pc += 2;
                return TrapKind.None;
            default:
                throw new InvalidOperationException($"internal error: unknown IR opcode {A(ref c0, at, 0)} at {at}");
        }
    }
}
