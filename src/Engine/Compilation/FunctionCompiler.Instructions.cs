using System;
using System.Collections.Generic;
using System.Reflection;
using System.Reflection.Emit;
using WitSharp.Engine.Execution;
using WitSharp.Engine.Model;

namespace WitSharp.Engine.Compilation;

internal sealed partial class FunctionCompiler
{
    private void EmitInstruction(int pc)
    {
        var op = (Op)_code[pc];
        int A(int k) => _code[pc + k];
        if (NumericMethods.TryGetValue(op, out (MethodInfo Apply, bool Unary) numeric))
        {
            EmitNumeric(op, A(1), A(2), numeric.Unary ? -1 : A(3), numeric);
            return;
        }
        switch (op)
        {
            case >= Op.I32Load and <= Op.I64Load32U:
                EmitEffectiveAddress(A(2), -1, (uint)A(3), CilMemory.Width(op));
                _il.Emit(OpCodes.Ldloc, _mem);
                _il.Emit(OpCodes.Ldloc, _ea);
                _il.Emit(OpCodes.Call, Method(typeof(CilMemory), op.ToString()));
                Store(A(1), SlotTypes.Prefix(op));
                return;
            case Op.I32LoadAdd or Op.I64LoadAdd or Op.I32Load8UAdd:
                EmitEffectiveAddress(A(2), A(3), (uint)A(4), CilMemory.Width(op));
                _il.Emit(OpCodes.Ldloc, _mem);
                _il.Emit(OpCodes.Ldloc, _ea);
                _il.Emit(OpCodes.Call, Method(typeof(CilMemory), op switch { Op.I32LoadAdd => nameof(CilMemory.I32Load), Op.I64LoadAdd => nameof(CilMemory.I64Load), _ => nameof(CilMemory.I32Load8U) }));
                StoreIntegerOrFloat(A(1), op);
                return;
            case >= Op.I32Store and <= Op.I64Store32:
                EmitEffectiveAddress(A(1), -1, (uint)A(3), CilMemory.Width(op));
                _il.Emit(OpCodes.Ldloc, _mem);
                _il.Emit(OpCodes.Ldloc, _ea);
                Load(A(2), SlotTypes.Prefix(op));
                _il.Emit(OpCodes.Call, Method(typeof(CilMemory), op.ToString()));
                return;
            case Op.MemorySize:
                _il.Emit(OpCodes.Ldloc, _memLen);
                EmitInt(16);
                _il.Emit(OpCodes.Shr_Un);
                _il.Emit(OpCodes.Conv_I4);
                Store(A(1), SlotType.I32);
                return;
            case Op.MemoryGrow:
                SaveBudget();
                LoadArgument(ArgEs);
                LoadArgument(ArgInst);
                Load(A(2), SlotType.I32);
                _il.Emit(OpCodes.Call, Method(typeof(CilRuntime), nameof(CilRuntime.MemoryGrow)));
                Store(A(1), SlotType.I32);
                LoadBudget();
                RefreshMemory();
                return;
            case >= Op.I32DivS and <= Op.I32RemU:
            case >= Op.I64DivS and <= Op.I64RemU:
                EmitDivision(op, A(1), A(2), A(3));
                return;
            case Op.I32TruncF32S or Op.I32TruncF32U or Op.I32TruncF64S or Op.I32TruncF64U
                or Op.I64TruncF32S or Op.I64TruncF32U or Op.I64TruncF64S or Op.I64TruncF64U:
                EmitTruncation(op, A(1), A(2));
                return;
            case >= Op.I32TruncSatF32S and <= Op.I64TruncSatF64U:
                EmitSaturatingTruncation(op, A(1), A(2));
                return;
            case >= Op.I32ReinterpretF32 and <= Op.F64ReinterpretI64:
                EmitReinterpret(op, A(1), A(2));
                return;
            case Op.Copy:
                CopySlot(A(1), A(2));
                return;
            case Op.Unreachable:
                _il.Emit(OpCodes.Br, TrapLabel(TrapKind.Unreachable));
                return;
            case Op.Br:
                EmitJump(pc, A(1));
                return;
            case Op.BrIfNez or Op.BrIfEqz:
                Load(A(1), SlotType.I32);
                EmitConditional(pc, op == Op.BrIfNez ? OpCodes.Brtrue : OpCodes.Brfalse, A(2));
                return;
            case >= Op.BrIfI32Eq and <= Op.BrIfI32GeU:
                Load(A(1), SlotType.I32);
                Load(A(2), SlotType.I32);
                EmitConditional(pc, CompareBranch(op - Op.BrIfI32Eq), A(3));
                return;
            case >= Op.BrIfI64Eq and <= Op.BrIfI64GeU:
                Load(A(1), SlotType.I64);
                Load(A(2), SlotType.I64);
                EmitConditional(pc, CompareBranch(op - Op.BrIfI64Eq), A(3));
                return;
            case Op.BrIfI64Eqz or Op.BrIfI64Nez:
                Load(A(1), SlotType.I64);
                EmitConditional(pc, op == Op.BrIfI64Nez ? OpCodes.Brtrue : OpCodes.Brfalse, A(2));
                return;
            case Op.BrTable:
                EmitBranchTable(pc);
                return;
            case Op.Return:
                EmitReturn();
                return;
            case Op.Call:
                EmitCall(A(1), A(2));
                return;
            case Op.CallIndirect:
                EmitCallIndirect(A(1), A(2), A(3), A(4));
                return;
            case Op.Select:
            {
                Label second = _il.DefineLabel(), done = _il.DefineLabel();
                Load(A(4), SlotType.I32);
                _il.Emit(OpCodes.Brfalse, second);
                CopySlot(A(1), A(2));
                _il.Emit(OpCodes.Br, done);
                _il.MarkLabel(second);
                CopySlot(A(1), A(3));
                _il.MarkLabel(done);
                return;
            }
            case Op.GlobalGet:
            {
                SlotType type = GlobalType(A(2));
                _il.Emit(OpCodes.Ldloc, _globals);
                EmitInt(A(2));
                _il.Emit(OpCodes.Ldelem_Ref);
                _il.Emit(OpCodes.Ldfld, Field(typeof(WasmGlobal), nameof(WasmGlobal.Bits)));
                SlotIl.EmitFromBits(_il, type);
                Store(A(1), type);
                return;
            }
            case Op.GlobalSet:
            {
                SlotType type = GlobalType(A(2));
                _il.Emit(OpCodes.Ldloc, _globals);
                EmitInt(A(2));
                _il.Emit(OpCodes.Ldelem_Ref);
                Load(A(1), type);
                SlotIl.EmitToBits(_il, type);
                _il.Emit(OpCodes.Stfld, Field(typeof(WasmGlobal), nameof(WasmGlobal.Bits)));
                return;
            }
            case Op.RefFunc:
                LoadArgument(ArgInst);
                EmitInt(A(2));
                _il.Emit(OpCodes.Call, Method(typeof(CilRuntime), nameof(CilRuntime.RefFunc)));
                Store(A(1), SlotType.I64);
                return;
            case Op.DataDrop or Op.ElemDrop:
                LoadArgument(ArgInst);
                EmitInt(A(1));
                _il.Emit(OpCodes.Call, Method(typeof(CilRuntime), op.ToString()));
                return;
            case Op.TableSize:
                LoadArgument(ArgInst);
                EmitInt(A(2));
                _il.Emit(OpCodes.Call, Method(typeof(CilRuntime), nameof(CilRuntime.TableSize)));
                Store(A(1), SlotType.I32);
                return;
            case Op.MemoryInit: EmitRuntimeCall(pc, immediates: new[] { A(4) }, result: -1); return;
            case Op.MemoryCopy or Op.MemoryFill: EmitRuntimeCall(pc, immediates: Array.Empty<int>(), result: -1); return;
            case Op.TableGet: EmitRuntimeCall(pc, immediates: new[] { A(3) }, result: A(1)); return;
            case Op.TableSet: EmitRuntimeCall(pc, immediates: new[] { A(3) }, result: -1); return;
            case Op.TableGrow: EmitRuntimeCall(pc, immediates: new[] { A(4) }, result: A(1)); return;
            case Op.TableFill: EmitRuntimeCall(pc, immediates: new[] { A(4) }, result: -1); return;
            case Op.TableCopy or Op.TableInit: EmitRuntimeCall(pc, immediates: new[] { A(4), A(5) }, result: -1); return;
            default:
                throw new InvalidOperationException($"internal error: IR opcode {op} at {pc} has no CIL translation");
        }
    }

    /// <summary>
    /// Stores the result of a fused load, which serves loads of more than one type (the IR moves bits and does not
    /// say which): <see cref="Op.I32LoadAdd"/> i32.load and f32.load, <see cref="Op.I64LoadAdd"/> i64.load and f64.load,
    /// <see cref="Op.I32Load8UAdd"/> i32.load8_u and i64.load8_u. The value goes into each of those types' locals the
    /// destination is read as, as the same bits (zero-extended for the byte). Writing all is exact: the ones not
    /// read are never read before the slot is written again.
    /// </summary>
    private void StoreIntegerOrFloat(int slot, Op op)
    {
        SlotType integer = op == Op.I64LoadAdd ? SlotType.I64 : SlotType.I32;
        if (op == Op.I32Load8UAdd ? _uses.Needs(slot, SlotType.I64) : _uses.Needs(slot, integer == SlotType.I32 ? SlotType.F32 : SlotType.F64))
        {
            _il.Emit(OpCodes.Dup);
            if (op == Op.I32Load8UAdd)
            {
                _il.Emit(OpCodes.Conv_U8);
                Store(slot, SlotType.I64);
            }
            else
            {
                _il.Emit(OpCodes.Call, integer == SlotType.I32 ? SlotIl.Int32BitsToSingle : SlotIl.Int64BitsToDouble);
                Store(slot, integer == SlotType.I32 ? SlotType.F32 : SlotType.F64);
            }
        }
        Store(slot, integer);
    }

    private SlotType GlobalType(int global) => SlotTypes.Of(_module.Definition.AllGlobals[global].ValueType);

    /// <summary>ea = (u32)a [+ (u32)b, wrapped to 32 bits] + offset, then the bounds check against the memory's length.</summary>
    private void EmitEffectiveAddress(int address, int addend, uint offset, int width)
    {
        Load(address, SlotType.I32);
        if (addend >= 0)
        {
            Load(addend, SlotType.I32);
            _il.Emit(OpCodes.Add);
        }
        // conv.u8 of an int32 zero-extends: the address is unsigned.
        _il.Emit(OpCodes.Conv_U8);
        if (offset != 0)
        {
            _il.Emit(OpCodes.Ldc_I8, (long)offset);
            _il.Emit(OpCodes.Add);
        }
        _il.Emit(OpCodes.Stloc, _ea);
        _il.Emit(OpCodes.Ldloc, _ea);
        _il.Emit(OpCodes.Ldc_I8, (long)width);
        _il.Emit(OpCodes.Add);
        _il.Emit(OpCodes.Ldloc, _memLen);
        _il.Emit(OpCodes.Bgt_Un, TrapLabel(TrapKind.MemoryOutOfBounds));
    }

    /// <summary>The CIL branch for the k-th comparison of the fused branches (Eq, Ne, LtS, LtU, GtS, GtU, LeS, LeU, GeS, GeU).</summary>
    private static OpCode CompareBranch(int k) => k switch
    {
        0 => OpCodes.Beq, 1 => OpCodes.Bne_Un, 2 => OpCodes.Blt, 3 => OpCodes.Blt_Un, 4 => OpCodes.Bgt, 5 => OpCodes.Bgt_Un,
        6 => OpCodes.Ble, 7 => OpCodes.Ble_Un, 8 => OpCodes.Bge, _ => OpCodes.Bge_Un,
    };

    /// <summary>An unconditional branch; a backward one (a loop's back-edge, target at or before pc) charges one unit first.</summary>
    private void EmitJump(int pc, int target)
    {
        if (target <= pc) Charge();
        _il.Emit(OpCodes.Br, Target(target));
    }

    /// <summary>A conditional branch whose operands are on the stack.</summary>
    private void EmitConditional(int pc, OpCode branch, int target)
    {
        if (target > pc)
        {
            _il.Emit(branch, Target(target));
            return;
        }
        Label taken = _il.DefineLabel(), fallThrough = _il.DefineLabel();
        _il.Emit(branch, taken);
        _il.Emit(OpCodes.Br, fallThrough);
        _il.MarkLabel(taken);
        Charge();
        _il.Emit(OpCodes.Br, Target(target));
        _il.MarkLabel(fallThrough);
    }

    private void EmitBranchTable(int pc)
    {
        int count = _code[pc + 2];
        var stubs = new List<(Label Stub, int Target)>();
        Label Resolve(int target)
        {
            if (target > pc) return Target(target);
            Label stub = _il.DefineLabel();
            stubs.Add((stub, target));
            return stub;
        }
        var labels = new Label[count];
        for (int k = 0; k < count; k++) labels[k] = Resolve(_code[pc + OpWidth.BrTable + k]);
        Label fallback = Resolve(_code[pc + OpWidth.BrTable + count]);
        Load(_code[pc + 1], SlotType.I32);
        _il.Emit(OpCodes.Switch, labels);
        _il.Emit(OpCodes.Br, fallback);
        foreach ((Label stub, int target) in stubs)
        {
            _il.MarkLabel(stub);
            Charge();
            _il.Emit(OpCodes.Br, Target(target));
        }
    }

    private void EmitCall(int calleeIndex, int argBase)
    {
        FuncType type = _module.FunctionTypes[calleeIndex];
        Charge();
        SaveBudget();
        DynamicMethod? direct = _direct(calleeIndex);
        if (direct is null)
        {
            // Imported, or not compiled when this function was: through the callee's compiled entry once it has one.
            LoadArgument(ArgInst);
            _il.Emit(OpCodes.Ldfld, Field(typeof(WasmInstance), nameof(WasmInstance.Functions)));
            EmitInt(calleeIndex);
            _il.Emit(OpCodes.Ldelem_Ref);
            LocalBuilder callee = _il.DeclareLocal(typeof(WasmFunction));
            _il.Emit(OpCodes.Stloc, callee);
            EmitCallThroughEntry(callee, type, argBase);
        }
        else
        {
            LoadArgument(ArgEs);
            LoadArgument(ArgInst);
            LoadArgument(ArgFp);
            EmitTypedCall(type, argBase, () => _il.Emit(OpCodes.Call, direct));
        }
        LoadBudget();
        RefreshMemory();
    }

    /// <summary>
    /// Pushes the arguments in slots argBase.. in their types, runs <paramref name="call"/> (to a method of
    /// <see cref="Signature"/>, whose first three arguments are already pushed), and stores its results in slots argBase...
    /// </summary>
    private void EmitTypedCall(FuncType type, int argBase, Action call)
    {
        for (int i = 0; i < type.Parameters.Length; i++) Load(argBase + i, SlotTypes.Of(type.Parameters[i]));
        for (int i = 1; i < type.Results.Length; i++) _il.Emit(OpCodes.Ldloca, ResultScratch(i - 1, SlotTypes.Of(type.Results[i])));
        call();
        if (type.Results.Length > 0) Store(argBase, SlotTypes.Of(type.Results[0]));
        for (int i = 1; i < type.Results.Length; i++)
        {
            SlotType result = SlotTypes.Of(type.Results[i]);
            _il.Emit(OpCodes.Ldloc, ResultScratch(i - 1, result));
            Store(argBase + i, result);
        }
    }

    private void EmitCallIndirect(int typeIndex, int tableIndex, int elementSlot, int argBase)
    {
        FuncType type = _module.Definition.Types[typeIndex];
        SaveBudget();
        LoadArgument(ArgEs);
        LoadArgument(ArgInst);
        EmitInt(typeIndex);
        EmitInt(tableIndex);
        Load(elementSlot, SlotType.I32);
        _il.Emit(OpCodes.Call, Method(typeof(CilRuntime), nameof(CilRuntime.ResolveIndirect)));
        LocalBuilder callee = _il.DeclareLocal(typeof(WasmFunction));
        _il.Emit(OpCodes.Stloc, callee);
        Charge();
        SaveBudget();
        EmitCallThroughEntry(callee, type, argBase);
        LoadBudget();
        RefreshMemory();
    }

    /// <summary>
    /// Calls the function in <paramref name="callee"/>: through its compiled entry (<see cref="CompiledFunction.CompiledEntry"/>,
    /// with its own instance) when it has one, else by the value-stack convention through <see cref="CilRuntime.Call"/>.
    /// The signature matches: a direct call's callee has the type the module declares, an indirect one was checked.
    /// </summary>
    private void EmitCallThroughEntry(LocalBuilder callee, FuncType type, int argBase)
    {
        Label slow = _il.DefineLabel(), done = _il.DefineLabel();
        Type delegateType = DelegateType(type);
        LocalBuilder entry = _il.DeclareLocal(typeof(Delegate));
        _il.Emit(OpCodes.Ldloc, callee);
        _il.Emit(OpCodes.Ldfld, Field(typeof(WasmFunction), nameof(WasmFunction.Compiled)));
        _il.Emit(OpCodes.Dup);
        Label noCode = _il.DefineLabel();
        _il.Emit(OpCodes.Brfalse, noCode);
        _il.Emit(OpCodes.Ldfld, Field(typeof(CompiledFunction), nameof(CompiledFunction.CompiledEntry)));
        _il.Emit(OpCodes.Stloc, entry);
        _il.Emit(OpCodes.Ldloc, entry);
        _il.Emit(OpCodes.Brfalse, slow);
        _il.Emit(OpCodes.Ldloc, entry);
        _il.Emit(OpCodes.Castclass, delegateType);
        LoadArgument(ArgEs);
        _il.Emit(OpCodes.Ldloc, callee);
        _il.Emit(OpCodes.Call, Method(typeof(WasmFunction), "get_" + nameof(WasmFunction.Instance)));
        LoadArgument(ArgFp);
        EmitTypedCall(type, argBase, () => _il.Emit(OpCodes.Callvirt, delegateType.GetMethod("Invoke")!));
        _il.Emit(OpCodes.Br, done);
        _il.MarkLabel(noCode);
        _il.Emit(OpCodes.Pop);
        _il.MarkLabel(slow);
        StageArguments(type, argBase);
        LoadArgument(ArgEs);
        LoadArgument(ArgInst);
        _il.Emit(OpCodes.Ldloc, callee);
        LoadArgument(ArgFp);
        _il.Emit(OpCodes.Call, Method(typeof(CilRuntime), nameof(CilRuntime.Call)));
        ReadResults(type, argBase);
        _il.MarkLabel(done);
    }

    private LocalBuilder ResultScratch(int i, SlotType type)
    {
        while (_resultScratch.Count <= i * SlotTypes.Count + (int)type) _resultScratch.Add(null);
        return _resultScratch[i * SlotTypes.Count + (int)type] ??= _il.DeclareLocal(SlotTypes.Clr(type));
    }

    /// <summary>Writes the arguments in slots argBase.. into the value stack at fp (as raw bits), for a call that leaves the compiled tier.</summary>
    private void StageArguments(FuncType type, int argBase)
    {
        int count = type.Parameters.Length;
        LoadArgument(ArgEs);
        LoadArgument(ArgFp);
        EmitInt(count);
        _il.Emit(OpCodes.Call, Method(typeof(CilRuntime), nameof(CilRuntime.Arguments)));
        _il.Emit(OpCodes.Stloc, _values);
        for (int i = 0; i < count; i++)
        {
            SlotType parameter = SlotTypes.Of(type.Parameters[i]);
            LoadValueStackIndex(i);
            Load(argBase + i, parameter);
            SlotIl.EmitToBits(_il, parameter);
            _il.Emit(OpCodes.Stelem_I8);
        }
    }

    /// <summary>Reads results from the value stack at fp (which the call may have moved) into slots argBase..</summary>
    private void ReadResults(FuncType type, int argBase)
    {
        int count = type.Results.Length;
        if (count == 0) return;
        LoadArgument(ArgEs);
        _il.Emit(OpCodes.Call, ValuesGetter);
        _il.Emit(OpCodes.Stloc, _values);
        for (int i = 0; i < count; i++)
        {
            SlotType result = SlotTypes.Of(type.Results[i]);
            LoadValueStackIndex(i);
            _il.Emit(OpCodes.Ldelem_I8);
            SlotIl.EmitFromBits(_il, result);
            Store(argBase + i, result);
        }
    }

    /// <summary>Pushes the value stack and the index fp + i, for an element load or store.</summary>
    private void LoadValueStackIndex(int i)
    {
        _il.Emit(OpCodes.Ldloc, _values);
        LoadArgument(ArgFp);
        EmitInt(i);
        _il.Emit(OpCodes.Add);
    }

    /// <summary>
    /// A bulk memory or table operation through <see cref="CilRuntime"/> (whose method has the opcode's name): es and
    /// inst where it takes them, the slot operands (<see cref="SlotUses.Reads"/>, widened to the raw bits the runtime
    /// takes), the immediates; the budget saved before and reloaded after. A result is an i32, or a reference (table.get).
    /// </summary>
    private void EmitRuntimeCall(int pc, int[] immediates, int result)
    {
        var op = (Op)_code[pc];
        MethodInfo method = Method(typeof(CilRuntime), op.ToString());
        SaveBudget();
        if (method.GetParameters()[0].ParameterType == typeof(ExecutionStack)) LoadArgument(ArgEs);
        LoadArgument(ArgInst);
        foreach ((int operand, SlotType type) in SlotUses.Reads(op))
        {
            Load(_code[pc + operand], type);
            SlotIl.EmitToBits(_il, type);
        }
        foreach (int immediate in immediates) EmitInt(immediate);
        _il.Emit(OpCodes.Call, method);
        if (result >= 0)
        {
            SlotType type = op == Op.TableGet ? SlotType.I64 : SlotType.I32;
            SlotIl.EmitFromBits(_il, type);
            Store(result, type);
        }
        LoadBudget();
    }
}
