using System;
using System.Collections.Generic;
using WitSharp.Engine.Binary;
using WitSharp.Engine.Model;

namespace WitSharp.Engine.Execution;

internal sealed partial class Translator
{
    private void TranslateBody(FunctionBody body)
    {
        _frames.Add(new ControlFrame { Kind = FrameKind.Function, ResultCount = _resultCount });
        var reader = new InstructionReader(body);
        var ins = default(Instruction);
        while (!reader.AtEnd)
        {
            Opcode op = reader.Read(ref ins);
            if (Current.Unreachable && SkipDead(op)) continue;
            switch (op)
            {
                case Opcode.Unreachable: EmitEffect(Op.Unreachable); MarkUnreachable(); break;
                case Opcode.Nop: break;
                case Opcode.Block: Block(ins.BlockType); break;
                case Opcode.Loop: Loop(ins.BlockType); break;
                case Opcode.If: If(ins.BlockType); break;
                case Opcode.Else: Else(); break;
                case Opcode.End: if (End()) return; break;
                case Opcode.Br: BranchTo(Label(ins.Index)); MarkUnreachable(); break;
                case Opcode.BrIf: BrIf(ins.Index); break;
                case Opcode.BrTable: BrTable(reader.GetBranchTableLabels(ins)); break;
                case Opcode.Return: Return(); break;
                case Opcode.Call: Call(_module.GetFunctionType(ins.Index), Op.Call, (int)ins.Index, 0); break;
                case Opcode.CallIndirect: CallIndirect((int)ins.Index, (int)ins.Index2); break;
                case Opcode.Drop: Pop(); break;
                case Opcode.Select: case Opcode.SelectT: EmitComputation(Op.Select); break;
                case Opcode.LocalGet: Push(Operand.Local((int)ins.Index)); break;
                case Opcode.LocalSet: SetLocal((int)ins.Index, Current.Height); break;
                case Opcode.LocalTee: SetLocal((int)ins.Index, Current.Height); Push(Operand.Local((int)ins.Index)); break;
                case Opcode.GlobalGet: EmitComputation(Op.GlobalGet, (int)ins.Index); break;
                case Opcode.GlobalSet: EmitEffect(Op.GlobalSet, (int)ins.Index); break;
                case Opcode.TableGet: EmitComputation(Op.TableGet, (int)ins.Index); break;
                case Opcode.TableSet: EmitEffect(Op.TableSet, (int)ins.Index); break;
                case Opcode.I32Const: Push(Constant((uint)ins.Value)); break;
                case Opcode.I64Const: case Opcode.F32Const: case Opcode.F64Const: Push(Constant(ins.Value)); break;
                case Opcode.MemorySize: EmitComputation(Op.MemorySize); break;
                case Opcode.MemoryGrow: EmitComputation(Op.MemoryGrow); break;
                case Opcode.RefNull: Push(Constant(0)); break;
                case Opcode.RefIsNull: EmitComputation(Op.I64Eqz); break;
                case Opcode.RefFunc: EmitComputation(Op.RefFunc, (int)ins.Index); break;
                default:
                    TranslateOther(op, in ins);
                    break;
            }
        }
        throw new InvalidOperationException("internal error: function body without final end");
    }

    private void TranslateOther(Opcode op, in Instruction ins)
    {
        int code = (int)op;
        if (code >= 0x28 && code <= 0x35)
        {
            if (TryFuseAddressAdd((Op)code, (uint)ins.Value)) return;
            EmitComputation((Op)code, (int)(uint)ins.Value);
            return;
        }
        if (code >= 0x36 && code <= 0x3E)
        {
            EmitEffect((Op)code, (int)(uint)ins.Value);
            return;
        }
        if (code >= 0x45 && code <= 0xC4)
        {
            EmitComputation((Op)code);
            // i32 and i64 compares (and eqz) may fuse with the branch that consumes them.
            if (code <= 0x5A) _lastCompare = _lastDestination - 1;
            return;
        }
        if (code >= 0xFC00 && code <= 0xFC07)
        {
            EmitComputation((Op)((int)Op.I32TruncSatF32S + (code - 0xFC00)));
            return;
        }
        switch (op)
        {
            case Opcode.MemoryInit: EmitEffect(Op.MemoryInit, (int)ins.Index); break;
            case Opcode.DataDrop: EmitEffect(Op.DataDrop, (int)ins.Index); break;
            case Opcode.MemoryCopy: EmitEffect(Op.MemoryCopy); break;
            case Opcode.MemoryFill: EmitEffect(Op.MemoryFill); break;
            case Opcode.TableInit: EmitEffect(Op.TableInit, (int)ins.Index2, (int)ins.Index); break;
            case Opcode.ElemDrop: EmitEffect(Op.ElemDrop, (int)ins.Index); break;
            case Opcode.TableCopy: EmitEffect(Op.TableCopy, (int)ins.Index, (int)ins.Index2); break;
            case Opcode.TableGrow: EmitComputation(Op.TableGrow, (int)ins.Index); break;
            case Opcode.TableSize: EmitComputation(Op.TableSize, (int)ins.Index); break;
            case Opcode.TableFill: EmitEffect(Op.TableFill, (int)ins.Index); break;
            default: throw new InvalidOperationException($"internal error: no translation for {op}");
        }
    }

    /// <summary>Folds a preceding <c>i32.add</c> that computed the address into the load, saving a dispatch.</summary>
    private bool TryFuseAddressAdd(Op load, uint offset)
    {
        Op fused = load switch
        {
            Op.I32Load or Op.F32Load => Op.I32LoadAdd,
            Op.I64Load or Op.F64Load => Op.I64LoadAdd,
            Op.I32Load8U or Op.I64Load8U => Op.I32Load8UAdd,
            _ => default,
        };
        if (fused == default || !IsLastResult(_stack[_height - 1])) return false;
        int add = _lastDestination - 1;
        if ((Op)_code[add] != Op.I32Add) return false;
        // [add, dst, a, b] -> [load_add, dst, a, b, offset]: the result takes the address's stack slot.
        _code[add] = (int)fused;
        EmitImmediate((int)offset);
        _lastDestination = add + 1;
        _lastCompare = -1;
        return true;
    }

    /// <summary>
    /// Emits an instruction with no result by its layout: its leading slot operands are sources popped from the
    /// stack, and <paramref name="immediates"/> follow.
    /// </summary>
    private void EmitEffect(Op op, params ReadOnlySpan<int> immediates)
    {
        int sourceCount = OpLayout.LeadingSlots(op);
        Span<Operand> sources = stackalloc Operand[sourceCount];
        for (int i = sourceCount - 1; i >= 0; i--) sources[i] = Pop();
        EmitOp(op);
        foreach (Operand source in sources) EmitSlot(source);
        foreach (int immediate in immediates) EmitImmediate(immediate);
    }

    /// <summary>In unreachable code: tracks nesting and says whether <paramref name="op"/> is skipped.</summary>
    private bool SkipDead(Opcode op)
    {
        switch (op)
        {
            case Opcode.Block: case Opcode.Loop: case Opcode.If:
                _deadDepth++;
                return true;
            case Opcode.Else:
                return _deadDepth > 0;
            case Opcode.End:
                if (_deadDepth == 0) return false;
                _deadDepth--;
                return true;
            default:
                return true;
        }
    }

    private void Call(FuncType type, Op op, int immediate, int extra)
    {
        int parameters = type.Parameters.Length;
        MaterializeTop(parameters);
        Operand argumentBase = Operand.Temp(_height - parameters);
        _height -= parameters;
        for (int i = 0; i < type.Results.Length; i++) PushTemp();
        EmitOp(op);
        EmitImmediate(immediate);
        if (op == Op.CallIndirect)
        {
            EmitImmediate(extra);
            EmitSlot(_pendingElement);
        }
        EmitSlot(argumentBase);
        // The callee's frame starts at the arguments; make sure this frame counts that slot.
        if (argumentBase.Index + 1 > _maxHeight) _maxHeight = argumentBase.Index + 1;
    }

    private Operand _pendingElement;

    private void CallIndirect(int typeIndex, int tableIndex)
    {
        _pendingElement = Pop();
        Call(_module.Types[typeIndex], Op.CallIndirect, typeIndex, tableIndex);
    }

    private void BrTable(BranchTableLabels labels)
    {
        Operand index = Pop();
        var targets = new List<uint>();
        foreach (uint depth in labels) targets.Add(depth);
        int arity = Label(targets[targets.Count - 1]).LabelArity;
        MaterializeTop(arity);
        EmitOp(Op.BrTable);
        EmitSlot(index);
        EmitImmediate(targets.Count - 1);
        int first = _length;
        for (int i = 0; i < targets.Count; i++) EmitTargetPlaceholder();
        var stubs = new Dictionary<uint, int>();
        for (int i = 0; i < targets.Count; i++)
        {
            ControlFrame target = Label(targets[i]);
            if (ValuesInPlace(target))
            {
                AddTarget(target, first + i);
                continue;
            }
            // Values must move first: branch to a stub that copies them, then jumps.
            if (!stubs.TryGetValue(targets[i], out int stub))
            {
                stub = _length;
                stubs.Add(targets[i], stub);
                BranchTo(target);
            }
            Patch(first + i, stub);
        }
        MarkUnreachable();
    }
}
