using System;
using WitSharp.Engine.Binary;
using WitSharp.Engine.Model;

namespace WitSharp.Engine.Validation;

/// <summary>
/// Validates function bodies by streaming over their instructions with <see cref="InstructionReader"/> and
/// typing them with <see cref="TypeStack"/>. One instance serves all functions of a module (buffers are reused).
/// </summary>
[System.Runtime.CompilerServices.SkipLocalsInit] // hot loops: no zeroing of the many struct locals per call
internal sealed class FunctionValidator
{
    private const int FlatLocalLimit = 1 << 16;

    private readonly ModuleDefinition _module;
    private readonly ModuleContext _context;
    private readonly TypeStack _stack;
    private ValType[] _locals = new ValType[32];
    private int _localCount;
    // For functions with very many locals: cumulative run ends, searched instead of a flat array.
    private ulong[]? _runEnds;
    private ValType[]? _runTypes;
    private FuncType _functionType = FuncType.Empty;

    public FunctionValidator(ModuleDefinition module, ModuleContext context, TypeStack stack)
    {
        _module = module;
        _context = context;
        _stack = stack;
    }

    public void Validate(int definedIndex)
    {
        FunctionDefinition function = _module.Functions[definedIndex];
        if (function.TypeIndex >= (uint)_context.Types.Length)
        {
            throw new WasmValidationException($"unknown type {function.TypeIndex}", function.Body.CodeOffset);
        }
        _functionType = _context.Types[function.TypeIndex];
        SetUpLocals(function.Body);
        _stack.Reset(_context.Types);
        _stack.PushFrame(Opcode.Block, Array.Empty<ValType>(), TypeStack.Types(_functionType.Results));

        var reader = new InstructionReader(function.Body);
        var instruction = default(Instruction);
        while (_stack.Depth > 0)
        {
            if (reader.AtEnd) throw new WasmDecodeException("END opcode expected", reader.Offset);
            Opcode op = reader.Read(ref instruction);
            _stack.ErrorOffset = instruction.Offset;
            Check(op, ref instruction, ref reader);
        }
        if (!reader.AtEnd) throw new WasmDecodeException("section size mismatch", reader.Offset);
    }

    private void SetUpLocals(FunctionBody body)
    {
        int parameters = _functionType.Parameters.Length;
        ulong total = (ulong)parameters + body.LocalCount;
        if (total <= FlatLocalLimit)
        {
            _runEnds = null;
            if (_locals.Length < (int)total) _locals = new ValType[Math.Max((int)total, _locals.Length * 2)];
            _functionType.Parameters.AsSpan().CopyTo(_locals);
            int n = parameters;
            foreach (LocalDeclaration run in body.Locals)
            {
                _locals.AsSpan(n, (int)run.Count).Fill(run.Type);
                n += (int)run.Count;
            }
            _localCount = n;
            return;
        }
        _runEnds = new ulong[body.Locals.Length];
        _runTypes = new ValType[body.Locals.Length];
        ulong end = (ulong)parameters;
        for (int i = 0; i < body.Locals.Length; i++)
        {
            end += body.Locals[i].Count;
            _runEnds[i] = end;
            _runTypes[i] = body.Locals[i].Type;
        }
        _localCount = -1;
    }

    private ValType Local(uint index)
    {
        if (_runEnds is null)
        {
            if (index >= (uint)_localCount) throw _stack.Error($"unknown local {index}");
            return _locals[index];
        }
        if (index < (uint)_functionType.Parameters.Length) return _functionType.Parameters[(int)index];
        int lo = 0, hi = _runEnds.Length - 1;
        if (hi < 0 || index >= _runEnds[hi]) throw _stack.Error($"unknown local {index}");
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (index < _runEnds[mid]) hi = mid;
            else lo = mid + 1;
        }
        return _runTypes![lo];
    }

    /// <summary>The most frequent instructions (numeric, memory access, locals, integer constants), kept in a small method so that its prologue stays cheap.</summary>
    private void Check(Opcode op, ref Instruction ins, ref InstructionReader reader)
    {
        TypeStack s = _stack;
        if ((uint)op - 0x45 <= 0xC4 - 0x45)
        {
            OperatorTypes.Signature sig = OperatorTypes.Simple((byte)op);
            if (sig.Second != 0) s.Pop(sig.Second);
            s.Pop(sig.First);
            s.Push(sig.Result);
            return;
        }
        if ((uint)op - (uint)Opcode.I32Load <= (uint)(Opcode.I64Store32 - Opcode.I32Load))
        {
            CheckMemoryAccess(op, ref ins);
            return;
        }
        switch (op)
        {
            case Opcode.LocalGet:
                s.Push(Local(ins.Index));
                return;
            case Opcode.LocalSet:
                s.Pop(Local(ins.Index));
                return;
            case Opcode.LocalTee:
            {
                ValType t = Local(ins.Index);
                s.Pop(t);
                s.Push(t);
                return;
            }
            case Opcode.I32Const:
                s.Push(ValType.I32);
                return;
            case Opcode.I64Const:
                s.Push(ValType.I64);
                return;
        }
        CheckOther(op, ref ins, ref reader);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private void CheckOther(Opcode op, ref Instruction ins, ref InstructionReader reader)
    {
        TypeStack s = _stack;
        switch (op)
        {
            case Opcode.Unreachable: s.SetUnreachable(); break;
            case Opcode.Nop: break;
            case Opcode.Block:
            case Opcode.Loop:
            {
                ValType[] start = s.StartTypes(ins.BlockType);
                ValType[] end = s.EndTypes(ins.BlockType);
                s.PopAll(start);
                s.PushFrame(op, start, end);
                break;
            }
            case Opcode.If:
            {
                ValType[] start = s.StartTypes(ins.BlockType);
                ValType[] end = s.EndTypes(ins.BlockType);
                s.Pop(ValType.I32);
                s.PopAll(start);
                s.PushFrame(op, start, end);
                break;
            }
            case Opcode.Else:
            {
                TypeStack.ControlFrame frame = s.PopFrame();
                if (frame.Kind != Opcode.If) throw new WasmDecodeException("else without matching if", ins.Offset);
                s.PushFrame(Opcode.Else, frame.StartTypes, frame.EndTypes);
                break;
            }
            case Opcode.End:
            {
                TypeStack.ControlFrame frame = s.PopFrame();
                // An if without else acts as if the else passed its parameters through unchanged.
                if (frame.Kind == Opcode.If && !frame.StartTypes.AsSpan().SequenceEqual(frame.EndTypes)) throw s.Error("type mismatch");
                s.PushAll(frame.EndTypes);
                break;
            }
            case Opcode.Br:
                s.PopAll(s.LabelTypes(ins.Index));
                s.SetUnreachable();
                break;
            case Opcode.BrIf:
            {
                // Unlike br_table, br_if leaves the label's types (not the popped ones) on the stack.
                s.Pop(ValType.I32);
                ReadOnlySpan<ValType> types = s.LabelTypes(ins.Index);
                s.PopAll(types);
                s.PushAll(types);
                break;
            }
            case Opcode.BrTable:
                CheckBrTable(ref ins, ref reader);
                break;
            case Opcode.Return:
                s.PopAll(_functionType.Results.AsSpan());
                s.SetUnreachable();
                break;
            case Opcode.Call:
            {
                FuncType type = _context.FunctionType(ins.Index, s);
                s.PopAll(type.Parameters.AsSpan());
                s.PushAll(type.Results.AsSpan());
                break;
            }
            case Opcode.CallIndirect:
            {
                TableType table = _context.Table(ins.Index2, s);
                if (table.ElementType != ValType.FuncRef) throw s.Error("type mismatch");
                if (ins.Index >= (uint)_context.Types.Length) throw s.Error($"unknown type {ins.Index}");
                FuncType type = _context.Types[ins.Index];
                s.Pop(ValType.I32);
                s.PopAll(type.Parameters.AsSpan());
                s.PushAll(type.Results.AsSpan());
                break;
            }
            case Opcode.Drop: s.Pop(); break;
            case Opcode.Select: CheckSelect(); break;
            case Opcode.SelectT:
            {
                if (ins.TypeCount != 1) throw s.Error("invalid result arity");
                s.Pop(ValType.I32);
                s.Pop(ins.ValueType);
                s.Pop(ins.ValueType);
                s.Push(ins.ValueType);
                break;
            }
            case Opcode.GlobalGet: s.Push(_context.Global(ins.Index, s).ValueType); break;
            case Opcode.GlobalSet:
            {
                GlobalType g = _context.Global(ins.Index, s);
                if (!g.Mutable) throw s.Error("global is immutable");
                s.Pop(g.ValueType);
                break;
            }
            case Opcode.TableGet:
            {
                TableType t = _context.Table(ins.Index, s);
                s.Pop(ValType.I32);
                s.Push(t.ElementType);
                break;
            }
            case Opcode.TableSet:
            {
                TableType t = _context.Table(ins.Index, s);
                s.Pop(t.ElementType);
                s.Pop(ValType.I32);
                break;
            }
            case Opcode.MemorySize:
                _context.RequireMemory(0, s);
                s.Push(ValType.I32);
                break;
            case Opcode.MemoryGrow:
                _context.RequireMemory(0, s);
                s.Pop(ValType.I32);
                s.Push(ValType.I32);
                break;
            case Opcode.F32Const: s.Push(ValType.F32); break;
            case Opcode.F64Const: s.Push(ValType.F64); break;
            case Opcode.RefNull: s.Push(ins.ValueType); break;
            case Opcode.RefIsNull:
                s.PopReference();
                s.Push(ValType.I32);
                break;
            case Opcode.RefFunc:
                _context.FunctionType(ins.Index, s);
                if (!_context.IsDeclaredReference(ins.Index)) throw s.Error($"undeclared function reference {ins.Index}");
                s.Push(ValType.FuncRef);
                break;
            default:
                BulkOperations.Check(op, ref ins, s, _context);
                break;
        }
    }

    private void CheckMemoryAccess(Opcode op, ref Instruction ins)
    {
        TypeStack s = _stack;
        _context.RequireMemory(0, s);
        var (type, maxAlignment) = OperatorTypes.MemoryAccess(op);
        if (ins.Alignment > maxAlignment) throw s.Error("alignment must not be larger than natural");
        if (op <= Opcode.I64Load32U)
        {
            s.Pop(ValType.I32);
            s.Push(type);
        }
        else
        {
            s.Pop(type);
            s.Pop(ValType.I32);
        }
    }

    private void CheckSelect()
    {
        TypeStack s = _stack;
        s.Pop(ValType.I32);
        ValType t1 = s.Pop();
        ValType t2 = s.Pop();
        bool numeric1 = t1 == TypeStack.Unknown || t1.IsNumeric();
        bool numeric2 = t2 == TypeStack.Unknown || t2.IsNumeric();
        if (!numeric1 || !numeric2) throw s.Error("type mismatch");
        if (t1 != t2 && t1 != TypeStack.Unknown && t2 != TypeStack.Unknown) throw s.Error("type mismatch");
        s.Push(t1 == TypeStack.Unknown ? t2 : t1);
    }

    private void CheckBrTable(ref Instruction ins, ref InstructionReader reader)
    {
        TypeStack s = _stack;
        s.Pop(ValType.I32);
        int arity = s.LabelTypes(ins.Index2).Length;
        BranchTableLabels labels = reader.GetBranchTableLabels(ins);
        while (labels.MoveNext())
        {
            if (!labels.IsTarget) break;
            ReadOnlySpan<ValType> types = s.LabelTypes(labels.Current);
            if (types.Length != arity) throw s.Error("type mismatch");
            s.PopAndRepush(types);
        }
        s.PopAll(s.LabelTypes(ins.Index2));
        s.SetUnreachable();
    }
}
