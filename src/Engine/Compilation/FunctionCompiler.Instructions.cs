using System;
using System.Collections.Generic;
using System.Reflection;
using System.Reflection.Emit;
using WitSharp.Engine.Execution;
using WitSharp.Engine.Model;

namespace WitSharp.Engine.Compilation;

internal sealed partial class FunctionCompiler
{
    /// <summary>
    /// The interpreter's pure numeric instructions, found by name: each <see cref="Op"/> from 0x45 up has a struct of the
    /// same name whose static <c>Apply</c> computes it on raw slot bits. Those without one (division, trapping and
    /// saturating truncation, reinterpretation) are emitted by hand below.
    /// </summary>
    private static readonly Dictionary<Op, (MethodInfo Apply, bool Unary)> NumericMethods = FindNumericMethods();

    private static Dictionary<Op, (MethodInfo, bool)> FindNumericMethods()
    {
        var methods = new Dictionary<Op, (MethodInfo, bool)>();
        Assembly engine = typeof(IBinaryOp).Assembly;
        foreach (Op op in Enum.GetValues<Op>())
        {
            if ((int)op < 0x45 || op > Op.I64TruncSatF64U) continue;
            Type? type = engine.GetType(typeof(IBinaryOp).Namespace + "." + op);
            if (type is null) continue;
            bool unary = typeof(IUnaryOp).IsAssignableFrom(type);
            if (!unary && !typeof(IBinaryOp).IsAssignableFrom(type)) continue;
            methods[op] = (type.GetMethod("Apply", BindingFlags.Public | BindingFlags.Static)!, unary);
        }
        return methods;
    }

    private static bool IsSpecialNumeric(Op op) =>
        op is >= Op.I32DivS and <= Op.I32RemU or >= Op.I64DivS and <= Op.I64RemU
            or Op.I32TruncF32S or Op.I32TruncF32U or Op.I32TruncF64S or Op.I32TruncF64U
            or Op.I64TruncF32S or Op.I64TruncF32U or Op.I64TruncF64S or Op.I64TruncF64U
            or >= Op.I32ReinterpretF32 and <= Op.F64ReinterpretI64
            or >= Op.I32TruncSatF32S and <= Op.I64TruncSatF64U;

    private void EmitInstruction(int pc)
    {
        var op = (Op)_code[pc];
        int A(int k) => _code[pc + k];
        if (NumericMethods.TryGetValue(op, out (MethodInfo Apply, bool Unary) numeric))
        {
            Load(A(2));
            if (!numeric.Unary) Load(A(3));
            _il.Emit(OpCodes.Call, numeric.Apply);
            Store(A(1));
            return;
        }
        switch (op)
        {
            case >= Op.I32Load and <= Op.I64Load32U:
                EmitEffectiveAddress(A(2), -1, (uint)A(3), CilMemory.Width(op));
                _il.Emit(OpCodes.Ldloc, _mem);
                _il.Emit(OpCodes.Ldloc, _ea);
                _il.Emit(OpCodes.Call, Method(typeof(CilMemory), op.ToString()));
                Store(A(1));
                return;
            case Op.I32LoadAdd or Op.I64LoadAdd or Op.I32Load8UAdd:
                EmitEffectiveAddress(A(2), A(3), (uint)A(4), CilMemory.Width(op));
                _il.Emit(OpCodes.Ldloc, _mem);
                _il.Emit(OpCodes.Ldloc, _ea);
                _il.Emit(OpCodes.Call, Method(typeof(CilMemory), op switch { Op.I32LoadAdd => nameof(CilMemory.I32Load), Op.I64LoadAdd => nameof(CilMemory.I64Load), _ => nameof(CilMemory.I32Load8U) }));
                Store(A(1));
                return;
            case >= Op.I32Store and <= Op.I64Store32:
                EmitEffectiveAddress(A(1), -1, (uint)A(3), CilMemory.Width(op));
                _il.Emit(OpCodes.Ldloc, _mem);
                _il.Emit(OpCodes.Ldloc, _ea);
                Load(A(2));
                _il.Emit(OpCodes.Call, Method(typeof(CilMemory), op.ToString()));
                return;
            case Op.MemorySize:
                _il.Emit(OpCodes.Ldloc, _memLen);
                EmitInt(16);
                _il.Emit(OpCodes.Shr_Un);
                Store(A(1));
                return;
            case Op.MemoryGrow:
                SaveBudget();
                LoadArgument(ArgEs);
                LoadArgument(ArgInst);
                Load(A(2));
                _il.Emit(OpCodes.Call, Method(typeof(CilRuntime), nameof(CilRuntime.MemoryGrow)));
                Store(A(1));
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
            case Op.Copy:
                Load(A(2));
                Store(A(1));
                return;
            case Op.Unreachable:
                _il.Emit(OpCodes.Br, TrapLabel(TrapKind.Unreachable));
                return;
            case Op.Br:
                EmitJump(pc, A(1));
                return;
            case Op.BrIfNez or Op.BrIfEqz:
                Load(A(1));
                _il.Emit(OpCodes.Conv_I4);
                EmitConditional(pc, op == Op.BrIfNez ? OpCodes.Brtrue : OpCodes.Brfalse, A(2));
                return;
            case >= Op.BrIfI32Eq and <= Op.BrIfI32GeU:
                Load(A(1));
                _il.Emit(OpCodes.Conv_I4);
                Load(A(2));
                _il.Emit(OpCodes.Conv_I4);
                EmitConditional(pc, CompareBranch(op - Op.BrIfI32Eq), A(3));
                return;
            case >= Op.BrIfI64Eq and <= Op.BrIfI64GeU:
                Load(A(1));
                Load(A(2));
                EmitConditional(pc, CompareBranch(op - Op.BrIfI64Eq), A(3));
                return;
            case Op.BrIfI64Eqz or Op.BrIfI64Nez:
                Load(A(1));
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
                Load(A(4));
                _il.Emit(OpCodes.Conv_I4);
                _il.Emit(OpCodes.Brfalse, second);
                Load(A(2));
                Store(A(1));
                _il.Emit(OpCodes.Br, done);
                _il.MarkLabel(second);
                Load(A(3));
                Store(A(1));
                _il.MarkLabel(done);
                return;
            }
            case Op.GlobalGet:
                _il.Emit(OpCodes.Ldloc, _globals);
                EmitInt(A(2));
                _il.Emit(OpCodes.Ldelem_Ref);
                _il.Emit(OpCodes.Ldfld, Field(typeof(WasmGlobal), nameof(WasmGlobal.Bits)));
                Store(A(1));
                return;
            case Op.GlobalSet:
                _il.Emit(OpCodes.Ldloc, _globals);
                EmitInt(A(2));
                _il.Emit(OpCodes.Ldelem_Ref);
                Load(A(1));
                _il.Emit(OpCodes.Stfld, Field(typeof(WasmGlobal), nameof(WasmGlobal.Bits)));
                return;
            case Op.RefFunc:
                LoadArgument(ArgInst);
                EmitInt(A(2));
                _il.Emit(OpCodes.Call, Method(typeof(CilRuntime), nameof(CilRuntime.RefFunc)));
                Store(A(1));
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
                Store(A(1));
                return;
            case Op.MemoryInit: EmitRuntimeCall(op, slots: new[] { A(1), A(2), A(3) }, immediates: new[] { A(4) }, result: -1); return;
            case Op.MemoryCopy or Op.MemoryFill: EmitRuntimeCall(op, slots: new[] { A(1), A(2), A(3) }, immediates: Array.Empty<int>(), result: -1); return;
            case Op.TableGet: EmitRuntimeCall(op, slots: new[] { A(2) }, immediates: new[] { A(3) }, result: A(1)); return;
            case Op.TableSet: EmitRuntimeCall(op, slots: new[] { A(1), A(2) }, immediates: new[] { A(3) }, result: -1); return;
            case Op.TableGrow: EmitRuntimeCall(op, slots: new[] { A(2), A(3) }, immediates: new[] { A(4) }, result: A(1)); return;
            case Op.TableFill: EmitRuntimeCall(op, slots: new[] { A(1), A(2), A(3) }, immediates: new[] { A(4) }, result: -1); return;
            case Op.TableCopy or Op.TableInit: EmitRuntimeCall(op, slots: new[] { A(1), A(2), A(3) }, immediates: new[] { A(4), A(5) }, result: -1); return;
            default:
                throw new InvalidOperationException($"internal error: IR opcode {op} at {pc} has no CIL translation");
        }
    }

    /// <summary>ea = (u32)a [+ (u32)b, wrapped to 32 bits] + offset, then the bounds check against the memory's length.</summary>
    private void EmitEffectiveAddress(int address, int addend, uint offset, int width)
    {
        Load(address);
        if (addend >= 0)
        {
            Load(addend);
            _il.Emit(OpCodes.Add);
        }
        _il.Emit(OpCodes.Conv_U4);
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

    /// <summary>Division and remainder with the interpreter's traps: zero divisor, and signed overflow for div_s only.</summary>
    private void EmitDivision(Op op, int dst, int a, int b)
    {
        bool wide = op >= Op.I64DivS;
        Op kind = wide ? op - Op.I64DivS + Op.I32DivS : op;
        void Operand(int slot)
        {
            Load(slot);
            if (!wide) _il.Emit(OpCodes.Conv_I4);
        }
        void Result()
        {
            if (!wide) _il.Emit(OpCodes.Conv_U8);
            Store(dst);
        }
        Operand(b);
        _il.Emit(OpCodes.Brfalse, TrapLabel(TrapKind.IntegerDivideByZero));
        Label done = _il.DefineLabel();
        if (kind is Op.I32DivS or Op.I32RemS)
        {
            Label normal = _il.DefineLabel();
            Operand(b);
            if (wide) _il.Emit(OpCodes.Ldc_I8, -1L); else _il.Emit(OpCodes.Ldc_I4_M1);
            _il.Emit(OpCodes.Bne_Un, normal);
            if (kind == Op.I32DivS)
            {
                // MIN / -1 overflows; any other dividend divides normally.
                Operand(a);
                if (wide) _il.Emit(OpCodes.Ldc_I8, long.MinValue); else EmitInt(int.MinValue);
                _il.Emit(OpCodes.Beq, TrapLabel(TrapKind.IntegerOverflow));
            }
            else
            {
                // x rem -1 is 0 (CIL's rem would throw on MIN rem -1).
                if (wide) _il.Emit(OpCodes.Ldc_I8, 0L); else _il.Emit(OpCodes.Ldc_I4_0);
                Result();
                _il.Emit(OpCodes.Br, done);
            }
            _il.MarkLabel(normal);
        }
        Operand(a);
        Operand(b);
        _il.Emit(kind switch { Op.I32DivS => OpCodes.Div, Op.I32DivU => OpCodes.Div_Un, Op.I32RemS => OpCodes.Rem, _ => OpCodes.Rem_Un });
        Result();
        _il.MarkLabel(done);
    }

    /// <summary>Trapping float-to-int truncation through the interpreter's <see cref="Truncation"/>.</summary>
    private void EmitTruncation(Op op, int dst, int src)
    {
        LoadFloatAsDouble(src, single: op is Op.I32TruncF32S or Op.I32TruncF32U or Op.I64TruncF32S or Op.I64TruncF32U);
        _il.Emit(OpCodes.Ldloca, _truncated);
        string name = op switch
        {
            Op.I32TruncF32S or Op.I32TruncF64S => nameof(Truncation.ToI32S),
            Op.I32TruncF32U or Op.I32TruncF64U => nameof(Truncation.ToI32U),
            Op.I64TruncF32S or Op.I64TruncF64S => nameof(Truncation.ToI64S),
            _ => nameof(Truncation.ToI64U),
        };
        _il.Emit(OpCodes.Call, Method(typeof(Truncation), name));
        TrapIfKind();
        _il.Emit(OpCodes.Ldloc, _truncated);
        Store(dst);
    }

    private void EmitSaturatingTruncation(Op op, int dst, int src)
    {
        LoadFloatAsDouble(src, single: op is Op.I32TruncSatF32S or Op.I32TruncSatF32U or Op.I64TruncSatF32S or Op.I64TruncSatF32U);
        string name = op switch
        {
            Op.I32TruncSatF32S or Op.I32TruncSatF64S => nameof(Truncation.SatI32S),
            Op.I32TruncSatF32U or Op.I32TruncSatF64U => nameof(Truncation.SatI32U),
            Op.I64TruncSatF32S or Op.I64TruncSatF64S => nameof(Truncation.SatI64S),
            _ => nameof(Truncation.SatI64U),
        };
        _il.Emit(OpCodes.Call, Method(typeof(Truncation), name));
        Store(dst);
    }

    private void LoadFloatAsDouble(int slot, bool single)
    {
        Load(slot);
        if (single)
        {
            _il.Emit(OpCodes.Call, Method(typeof(FloatBits), nameof(FloatBits.F32)));
            _il.Emit(OpCodes.Conv_R8);
        }
        else
        {
            _il.Emit(OpCodes.Call, Method(typeof(FloatBits), nameof(FloatBits.F64)));
        }
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
        for (int k = 0; k < count; k++) labels[k] = Resolve(_code[pc + 3 + k]);
        Label fallback = Resolve(_code[pc + 3 + count]);
        Load(_code[pc + 1]);
        _il.Emit(OpCodes.Conv_I4);
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
            for (int i = 0; i < type.Parameters.Length; i++) Load(argBase + i);
            for (int i = 1; i < type.Results.Length; i++) _il.Emit(OpCodes.Ldloca, ResultScratch(i - 1));
            _il.Emit(OpCodes.Call, direct);
            if (type.Results.Length > 0) Store(argBase);
            for (int i = 1; i < type.Results.Length; i++)
            {
                _il.Emit(OpCodes.Ldloc, ResultScratch(i - 1));
                Store(argBase + i);
            }
        }
        LoadBudget();
        RefreshMemory();
    }

    private void EmitCallIndirect(int typeIndex, int tableIndex, int elementSlot, int argBase)
    {
        FuncType type = _module.Definition.Types[typeIndex];
        SaveBudget();
        LoadArgument(ArgEs);
        LoadArgument(ArgInst);
        EmitInt(typeIndex);
        EmitInt(tableIndex);
        Load(elementSlot);
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
        for (int i = 0; i < type.Parameters.Length; i++) Load(argBase + i);
        for (int i = 1; i < type.Results.Length; i++) _il.Emit(OpCodes.Ldloca, ResultScratch(i - 1));
        _il.Emit(OpCodes.Callvirt, delegateType.GetMethod("Invoke")!);
        if (type.Results.Length > 0) Store(argBase);
        for (int i = 1; i < type.Results.Length; i++)
        {
            _il.Emit(OpCodes.Ldloc, ResultScratch(i - 1));
            Store(argBase + i);
        }
        _il.Emit(OpCodes.Br, done);
        _il.MarkLabel(noCode);
        _il.Emit(OpCodes.Pop);
        _il.MarkLabel(slow);
        StageArguments(argBase, type.Parameters.Length);
        LoadArgument(ArgEs);
        LoadArgument(ArgInst);
        _il.Emit(OpCodes.Ldloc, callee);
        LoadArgument(ArgFp);
        _il.Emit(OpCodes.Call, Method(typeof(CilRuntime), nameof(CilRuntime.Call)));
        ReadResults(argBase, type.Results.Length);
        _il.MarkLabel(done);
    }

    private LocalBuilder ResultScratch(int i)
    {
        while (_resultScratch.Count <= i) _resultScratch.Add(_il.DeclareLocal(typeof(ulong)));
        return _resultScratch[i];
    }

    /// <summary>Writes the arguments in slots argBase.. into the value stack at fp, for a call that leaves the compiled tier.</summary>
    private void StageArguments(int argBase, int count)
    {
        LoadArgument(ArgEs);
        LoadArgument(ArgFp);
        EmitInt(count);
        _il.Emit(OpCodes.Call, Method(typeof(CilRuntime), nameof(CilRuntime.Arguments)));
        _il.Emit(OpCodes.Stloc, _values);
        for (int i = 0; i < count; i++)
        {
            LoadValueStackIndex(i);
            Load(argBase + i);
            _il.Emit(OpCodes.Stelem_I8);
        }
    }

    /// <summary>Reads results from the value stack at fp (which the call may have moved) into slots argBase..</summary>
    private void ReadResults(int argBase, int count)
    {
        if (count == 0) return;
        LoadArgument(ArgEs);
        _il.Emit(OpCodes.Call, ValuesGetter);
        _il.Emit(OpCodes.Stloc, _values);
        for (int i = 0; i < count; i++)
        {
            LoadValueStackIndex(i);
            _il.Emit(OpCodes.Ldelem_I8);
            Store(argBase + i);
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
    /// inst where it takes them, the slot operands, the immediates; the budget saved before and reloaded after.
    /// </summary>
    private void EmitRuntimeCall(Op op, int[] slots, int[] immediates, int result)
    {
        MethodInfo method = Method(typeof(CilRuntime), op.ToString());
        SaveBudget();
        if (method.GetParameters()[0].ParameterType == typeof(ExecutionStack)) LoadArgument(ArgEs);
        LoadArgument(ArgInst);
        foreach (int slot in slots) Load(slot);
        foreach (int immediate in immediates) EmitInt(immediate);
        _il.Emit(OpCodes.Call, method);
        if (result >= 0) Store(result);
        LoadBudget();
    }
}
