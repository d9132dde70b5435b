using WitSharp.Engine.Binary;
using WitSharp.Engine.Model;

namespace WitSharp.Engine.Validation;

/// <summary>Typing of the <c>0xFC</c>-prefixed instructions: saturating truncations, bulk memory and table operations.</summary>
internal static class BulkOperations
{
    public static void Check(Opcode op, ref Instruction ins, TypeStack s, ModuleContext context)
    {
        switch (op)
        {
            case >= Opcode.I32TruncSatF32S and <= Opcode.I64TruncSatF64U:
            {
                OperatorTypes.Signature sig = OperatorTypes.Saturating((int)op & 0xFF);
                s.Pop(sig.First);
                s.Push(sig.Result);
                break;
            }
            case Opcode.MemoryInit:
                context.RequireMemory(0, s);
                context.RequireData(ins.Index, s);
                PopI32s(s, 3);
                break;
            case Opcode.DataDrop:
                context.RequireData(ins.Index, s);
                break;
            case Opcode.MemoryCopy:
            case Opcode.MemoryFill:
                context.RequireMemory(0, s);
                PopI32s(s, 3);
                break;
            case Opcode.TableInit:
            {
                TableType table = context.Table(ins.Index2, s);
                if (context.ElementType(ins.Index, s) != table.ElementType) throw s.Error("type mismatch");
                PopI32s(s, 3);
                break;
            }
            case Opcode.ElemDrop:
                context.ElementType(ins.Index, s);
                break;
            case Opcode.TableCopy:
            {
                TableType destination = context.Table(ins.Index, s);
                TableType source = context.Table(ins.Index2, s);
                if (destination.ElementType != source.ElementType) throw s.Error("type mismatch");
                PopI32s(s, 3);
                break;
            }
            case Opcode.TableGrow:
            {
                TableType table = context.Table(ins.Index, s);
                s.Pop(ValType.I32);
                s.Pop(table.ElementType);
                s.Push(ValType.I32);
                break;
            }
            case Opcode.TableSize:
                context.Table(ins.Index, s);
                s.Push(ValType.I32);
                break;
            case Opcode.TableFill:
            {
                TableType table = context.Table(ins.Index, s);
                s.Pop(ValType.I32);
                s.Pop(table.ElementType);
                s.Pop(ValType.I32);
                break;
            }
            default:
                throw new WasmDecodeException("illegal opcode", ins.Offset);
        }
    }

    private static void PopI32s(TypeStack s, int count)
    {
        for (int i = 0; i < count; i++) s.Pop(ValType.I32);
    }
}
