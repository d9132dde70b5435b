using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Reflection;
using System.Reflection.Emit;
using WitSharp.Engine.Execution;
using WitSharp.Engine.Model;

namespace WitSharp.Engine.Compilation;

/// <summary>
/// Emits the CIL of one function from its register IR (<see cref="CompiledFunction.Code"/>), so the compiled tier runs
/// exactly the instructions the interpreter runs, with the same operand layouts (<see cref="OpLayout"/>) and the same
/// arithmetic (native CIL for the common instructions, the interpreter's <see cref="IUnaryOp"/>/<see cref="IBinaryOp"/>
/// structs for the rest). Every frame slot becomes one CIL local per type it holds (<see cref="SlotUses"/>), so values
/// live in registers as <c>int</c>, <c>long</c>, <c>float</c> or <c>double</c>; constant slots become immediates;
/// branch targets become labels.
/// Signature: <c>T0|void F(ExecutionStack es, WasmInstance inst, int fp, P0 p0.., ref T1 r1..)</c> in those types:
/// the first result is returned, further results go through the by-ref parameters; <c>fp</c> is the value-stack slot
/// where calls that leave the compiled tier put their arguments.
/// </summary>
internal sealed partial class FunctionCompiler
{
    private const int ArgEs = 0, ArgInst = 1, ArgFp = 2, ArgFirstParam = 3;

    /// <summary>
    /// The largest frame compiled, in slots and in typed CIL locals (<see cref="SlotUses.LocalCount"/>); functions with
    /// more stay in the interpreter.
    /// </summary>
    internal const int MaxFrameSlots = 4096;

    private readonly WasmModule _module;
    private readonly int _functionIndex;
    private readonly CompiledFunction _cf;
    private readonly ILGenerator _il;
    private readonly Func<int, DynamicMethod?> _direct;
    private readonly int[] _code;
    private readonly SlotUses _uses;
    // One local per (slot, type) the slot is read as: index slot * SlotTypes.Count + type; null where none is needed.
    private readonly LocalBuilder?[] _slots;
    // Float constants the JIT must not see (see FoldableFloatConstants), as locals of their type.
    private readonly Dictionary<(int Slot, SlotType Type), LocalBuilder> _opaque = new();
    private readonly Dictionary<int, Label> _targets = new();
    private readonly Dictionary<TrapKind, Label> _traps = new();
    private readonly List<LocalBuilder?> _resultScratch = new();
    private LocalBuilder _mem = null!, _memLen = null!, _globals = null!, _budget = null!, _ea = null!, _values = null!, _truncated = null!, _trapKind = null!;
    private Label _dynamicTrap;

    private FunctionCompiler(WasmModule module, int functionIndex, CompiledFunction cf, ILGenerator il, Func<int, DynamicMethod?> direct, SlotUses uses, int loopEntry)
    {
        _loopEntry = loopEntry;
        _module = module;
        _functionIndex = functionIndex;
        _cf = cf;
        _il = il;
        _direct = direct;
        _code = cf.Code;
        _uses = uses;
        _slots = new LocalBuilder?[cf.FrameSize * SlotTypes.Count];
        for (int pc = 0; pc < _code.Length && !_usesMemory; pc += Width(_code, pc)) _usesMemory = OpLayout.UsesMemory((Op)_code[pc]);
    }

    private readonly bool _usesMemory;

    /// <summary>The CIL return type and parameter types of a compiled function of type <paramref name="type"/>.</summary>
    public static (Type Return, Type[] Parameters) Signature(FuncType type)
    {
        var parameters = new Type[ArgFirstParam + type.Parameters.Length + Math.Max(0, type.Results.Length - 1)];
        parameters[ArgEs] = typeof(ExecutionStack);
        parameters[ArgInst] = typeof(WasmInstance);
        parameters[ArgFp] = typeof(int);
        for (int i = 0; i < type.Parameters.Length; i++) parameters[ArgFirstParam + i] = SlotTypes.Clr(SlotTypes.Of(type.Parameters[i]));
        for (int i = 1; i < type.Results.Length; i++)
            parameters[ArgFirstParam + type.Parameters.Length + i - 1] = SlotTypes.Clr(SlotTypes.Of(type.Results[i])).MakeByRefType();
        return (type.Results.Length == 0 ? typeof(void) : SlotTypes.Clr(SlotTypes.Of(type.Results[0])), parameters);
    }

    private static readonly ConcurrentDictionary<string, Type> DelegateTypes = new();

    /// <summary>The delegate type of <see cref="Signature"/> (one per signature in slot types: references share i64's).</summary>
    public static Type DelegateType(FuncType type)
    {
        var key = new System.Text.StringBuilder(type.Parameters.Length + type.Results.Length + 1);
        foreach (ValType parameter in type.Parameters) key.Append((char)('0' + (int)SlotTypes.Of(parameter)));
        key.Append(':');
        foreach (ValType result in type.Results) key.Append((char)('0' + (int)SlotTypes.Of(result)));
        return DelegateTypes.GetOrAdd(key.ToString(), _ =>
        {
            (Type returnType, Type[] parameters) = Signature(type);
            return System.Linq.Expressions.Expression.GetDelegateType([.. parameters, returnType]);
        });
    }

    /// <summary>Emits the body of function <paramref name="functionIndex"/> into <paramref name="il"/>; <see cref="CanCompile"/> said yes first.</summary>
    public static void Emit(WasmModule module, int functionIndex, CompiledFunction cf, ILGenerator il, Func<int, DynamicMethod?> direct, SlotUses uses) =>
        new FunctionCompiler(module, functionIndex, cf, il, direct, uses, loopEntry: -1).EmitBody();

    /// <summary>
    /// True when every instruction has a CIL translation and no instruction writes a constant slot (which the compiler
    /// turns into immediates). A function that fails stays in the interpreter.
    /// </summary>
    public static bool CanCompile(CompiledFunction cf)
    {
        // A compiled frame lives on the thread's stack: one too large could overflow it before the stack check in the
        // prologue runs. Frames up to MaxFrameSlots 8-byte locals (32 KiB) fit in the room that check guarantees
        // (see CilRuntime.Enter); CilModule also bounds the typed locals, which only SlotUses counts.
        if (cf.FrameSize > MaxFrameSlots) return false;
        int[] code = cf.Code;
        int constantEnd = cf.ConstantBase + cf.Constants.Length;
        bool IsConstant(int slot) => slot >= cf.ConstantBase && slot < constantEnd;
        for (int pc = 0; pc < code.Length;)
        {
            var op = (Op)code[pc];
            OperandKind[]? layout = OpLayout.Of(op);
            if (layout is null || !IsSupported(op)) return false;
            if (WritesFirstOperand(op) && IsConstant(code[pc + 1])) return false;
            pc += Width(code, pc);
        }
        return true;
    }

    /// <summary>Words the instruction at <paramref name="pc"/> occupies (opcode included).</summary>
    internal static int Width(int[] code, int pc)
    {
        var op = (Op)code[pc];
        return op == Op.BrTable ? OpWidth.BrTable + 1 + code[pc + 2] : 1 + OpLayout.Of(op)!.Length;
    }

    private static bool IsSupported(Op op) =>
        NumericMethods.ContainsKey(op) || IsSpecialNumeric(op) || (op >= Op.I32Load && op <= Op.MemoryGrow) || op >= Op.Unreachable;

    private static bool WritesFirstOperand(Op op) =>
        (op >= Op.I32Load && op <= Op.I64Load32U) || op is Op.MemorySize or Op.MemoryGrow or Op.Select or Op.Copy or Op.GlobalGet
            or Op.RefFunc or Op.TableGet or Op.TableSize or Op.TableGrow or Op.I32LoadAdd or Op.I64LoadAdd or Op.I32Load8UAdd
        || ((int)op >= 0x45 && (int)op <= (int)Op.I64TruncSatF64U);

    private void EmitBody()
    {
        FindTargets();
        DeclareLocals();
        EmitPrologue();
        for (int pc = 0; pc < _code.Length; pc += Width(_code, pc))
        {
            if (_targets.TryGetValue(pc, out Label label)) _il.MarkLabel(label);
            EmitInstruction(pc);
        }
        // The translator ends every function with a return; should flow ever reach here, fail loudly, never run off.
        _il.Emit(OpCodes.Ldstr, "internal error: compiled code ran past the end of the function");
        _il.Emit(OpCodes.Newobj, InvalidOperationConstructor);
        _il.Emit(OpCodes.Throw);
        EmitTrapBlocks();
    }

    private void FindTargets()
    {
        for (int pc = 0; pc < _code.Length; pc += Width(_code, pc))
        {
            var op = (Op)_code[pc];
            OperandKind[] layout = OpLayout.Of(op)!;
            if (op == Op.BrTable)
            {
                for (int k = 0; k <= _code[pc + 2]; k++) Target(_code[pc + OpWidth.BrTable + k]);
                continue;
            }
            for (int k = 0; k < layout.Length; k++)
                if (layout[k] == OperandKind.Target) Target(_code[pc + 1 + k]);
        }
    }

    private Label Target(int pc)
    {
        if (!_targets.TryGetValue(pc, out Label label)) _targets[pc] = label = _il.DefineLabel();
        return label;
    }

    private void DeclareLocals()
    {
        _budget = _il.DeclareLocal(typeof(long));
        _mem = _il.DeclareLocal(typeof(byte[]));
        _memLen = _il.DeclareLocal(typeof(ulong));
        _globals = _il.DeclareLocal(typeof(WasmGlobal[]));
        _ea = _il.DeclareLocal(typeof(ulong));
        _values = _il.DeclareLocal(typeof(ulong[]));
        _truncated = _il.DeclareLocal(typeof(ulong));
        _trapKind = _il.DeclareLocal(typeof(int));
        int constantEnd = _cf.ConstantBase + _cf.Constants.Length;
        for (int s = 0; s < _cf.FrameSize; s++)
        {
            if (s >= _cf.ConstantBase && s < constantEnd) continue;
            foreach (SlotType type in _uses.Types(s)) _slots[s * SlotTypes.Count + (int)type] = _il.DeclareLocal(SlotTypes.Clr(type));
        }
        foreach ((int s, SlotType type) in FoldableFloatConstants()) _opaque[(s, type)] = _il.DeclareLocal(SlotTypes.Clr(type));
    }

    /// <summary>
    /// Constant slots that float arithmetic uses with a value the JIT would fold (x - 0.0, x * 1.0, x / -1.0, -0.0 - x...
    /// become x or -x, which does not quiet a signalling NaN as WebAssembly requires). They are held in locals the
    /// JIT cannot see through (<see cref="CilRuntime.Opaque"/>) instead of immediates.
    /// </summary>
    private HashSet<(int, SlotType)> FoldableFloatConstants()
    {
        var found = new HashSet<(int, SlotType)>();
        int constantEnd = _cf.ConstantBase + _cf.Constants.Length;
        for (int pc = 0; pc < _code.Length; pc += Width(_code, pc))
        {
            var op = (Op)_code[pc];
            bool single = op is >= Op.F32Add and <= Op.F32Div;
            if (!single && op is not (>= Op.F64Add and <= Op.F64Div)) continue;
            for (int k = 2; k <= 3; k++)
            {
                int slot = _code[pc + k];
                if (slot < _cf.ConstantBase || slot >= constantEnd) continue;
                ulong bits = _cf.Constants[slot - _cf.ConstantBase];
                double value = single ? FloatBits.F32(bits) : FloatBits.F64(bits);
                if (value is 0.0 or 1.0 or -1.0) found.Add((slot, single ? SlotType.F32 : SlotType.F64));
            }
        }
        return found;
    }

    private void EmitPrologue()
    {
        if (_loopEntry >= 0)
        {
            // Entered from the interpreter: the stack floor of this thread (see CilRuntime.EnterFromInterpreter).
            LoadArgument(ArgEs);
            _il.Emit(OpCodes.Call, Method(typeof(CilRuntime), nameof(CilRuntime.EnterFromInterpreter)));
        }
        // Enter(inst.Functions[index], es, fp): the frame for the depth limit and stack traces.
        LoadArgument(ArgInst);
        _il.Emit(OpCodes.Ldfld, Field(typeof(WasmInstance), nameof(WasmInstance.Functions)));
        EmitInt(_functionIndex);
        _il.Emit(OpCodes.Ldelem_Ref);
        LoadArgument(ArgEs);
        LoadArgument(ArgFp);
        _il.Emit(OpCodes.Call, Method(typeof(CilRuntime), nameof(CilRuntime.Enter)));
        LoadBudget();
        LoadArgument(ArgInst);
        _il.Emit(OpCodes.Ldfld, Field(typeof(WasmInstance), nameof(WasmInstance.Globals)));
        _il.Emit(OpCodes.Stloc, _globals);
        RefreshMemory();
        foreach (((int slot, SlotType type), LocalBuilder opaque) in _opaque)
        {
            _il.Emit(OpCodes.Ldc_I8, (long)_cf.Constants[slot - _cf.ConstantBase]);
            _il.Emit(OpCodes.Call, Method(typeof(CilRuntime), nameof(CilRuntime.Opaque)));
            SlotIl.EmitFromBits(_il, type);
            _il.Emit(OpCodes.Stloc, opaque);
        }
        if (_loopEntry >= 0)
        {
            EnterLoop();
            return;
        }
        FuncType own = _module.FunctionTypes[_functionIndex];
        for (int i = 0; i < _cf.ParameterCount; i++)
        {
            LoadArgument(ArgFirstParam + i);
            Store(i, SlotTypes.Of(own.Parameters[i]));
        }
    }

    // ---- slots, budget, memory ----

    private bool IsConstant(int slot) => slot >= _cf.ConstantBase && slot < _cf.ConstantBase + _cf.Constants.Length;

    /// <summary>Pushes slot <paramref name="slot"/> read as <paramref name="type"/> (a constant as an immediate).</summary>
    private void Load(int slot, SlotType type)
    {
        if (IsConstant(slot))
        {
            SlotIl.EmitConstant(_il, _cf.Constants[slot - _cf.ConstantBase], type);
            return;
        }
        _il.Emit(OpCodes.Ldloc, _slots[slot * SlotTypes.Count + (int)type]
            ?? throw new InvalidOperationException($"internal error: slot {slot} is read as {type} but no read of that type was found"));
    }

    /// <summary>An operand of float arithmetic: as <see cref="Load"/>, but a constant the JIT could fold comes from its opaque local.</summary>
    private void LoadArithmetic(int slot, SlotType type)
    {
        if (_opaque.TryGetValue((slot, type), out LocalBuilder? opaque)) _il.Emit(OpCodes.Ldloc, opaque);
        else Load(slot, type);
    }

    /// <summary>Stores the <paramref name="type"/> value on the stack into the slot; dropped when nothing reads the slot as that type.</summary>
    private void Store(int slot, SlotType type)
    {
        if (IsConstant(slot)) throw new InvalidOperationException($"internal error: write to constant slot {slot}");
        if (_slots[slot * SlotTypes.Count + (int)type] is LocalBuilder local) _il.Emit(OpCodes.Stloc, local);
        else _il.Emit(OpCodes.Pop);
    }

    /// <summary>Copies a value of any type (what <c>copy</c> and <c>select</c> move): each type the destination is read as.</summary>
    private void CopySlot(int destination, int source)
    {
        foreach (SlotType type in _uses.Types(destination))
        {
            Load(source, type);
            Store(destination, type);
        }
    }

    private void LoadBudget()
    {
        LoadArgument(ArgEs);
        _il.Emit(OpCodes.Ldfld, Field(typeof(ExecutionStack), nameof(ExecutionStack.Budget)));
        _il.Emit(OpCodes.Stloc, _budget);
    }

    private void SaveBudget()
    {
        LoadArgument(ArgEs);
        _il.Emit(OpCodes.Ldloc, _budget);
        _il.Emit(OpCodes.Stfld, Field(typeof(ExecutionStack), nameof(ExecutionStack.Budget)));
    }

    /// <summary>
    /// One unit for a call or a loop back-edge; an empty budget refills inline (fuel, interruption; see
    /// <see cref="CilRuntime.Refill"/>, which makes no call that returns, so nothing is spilled around it).
    /// </summary>
    private void Charge()
    {
        Label paid = _il.DefineLabel();
        _il.Emit(OpCodes.Ldloc, _budget);
        _il.Emit(OpCodes.Ldc_I4_1);
        _il.Emit(OpCodes.Conv_I8);
        _il.Emit(OpCodes.Sub);
        _il.Emit(OpCodes.Dup);
        _il.Emit(OpCodes.Stloc, _budget);
        _il.Emit(OpCodes.Ldc_I4_0);
        _il.Emit(OpCodes.Conv_I8);
        _il.Emit(OpCodes.Bge, paid);
        LoadArgument(ArgEs);
        _il.Emit(OpCodes.Call, Method(typeof(CilRuntime), nameof(CilRuntime.Refill)));
        _il.Emit(OpCodes.Stloc, _budget);
        _il.MarkLabel(paid);
    }

    private void RefreshMemory()
    {
        // A function without memory instructions never reads the buffer: nothing to refresh after its calls.
        if (!_usesMemory) return;
        LoadArgument(ArgInst);
        _il.Emit(OpCodes.Call, Method(typeof(CilRuntime), nameof(CilRuntime.MemoryBuffer)));
        _il.Emit(OpCodes.Stloc, _mem);
        LoadArgument(ArgInst);
        _il.Emit(OpCodes.Ldloc, _mem);
        _il.Emit(OpCodes.Call, Method(typeof(CilRuntime), nameof(CilRuntime.MemoryLength)));
        _il.Emit(OpCodes.Stloc, _memLen);
    }

    /// <summary>Pops the frame and returns the results held in slots 0..n-1.</summary>
    private void EmitReturn()
    {
        SaveBudget();
        LoadArgument(ArgEs);
        LoadArgument(ArgEs);
        FieldInfo depth = Field(typeof(ExecutionStack), nameof(ExecutionStack.Depth));
        _il.Emit(OpCodes.Ldfld, depth);
        _il.Emit(OpCodes.Ldc_I4_1);
        _il.Emit(OpCodes.Sub);
        _il.Emit(OpCodes.Stfld, depth);
        if (_loopEntry >= 0)
        {
            ReturnFromLoopEntry();
            return;
        }
        FuncType own = _module.FunctionTypes[_functionIndex];
        for (int i = 1; i < own.Results.Length; i++)
        {
            LoadArgument(ArgFirstParam + _cf.ParameterCount + i - 1);
            SlotType type = SlotTypes.Of(own.Results[i]);
            Load(i, type);
            SlotIl.EmitStoreIndirect(_il, type);
        }
        if (own.Results.Length > 0) Load(0, SlotTypes.Of(own.Results[0]));
        _il.Emit(OpCodes.Ret);
    }

    // ---- traps ----

    private Label TrapLabel(TrapKind kind)
    {
        if (!_traps.TryGetValue(kind, out Label label)) _traps[kind] = label = _il.DefineLabel();
        return label;
    }

    /// <summary>Branches to the trap whose kind (an int) is on the stack when it is not <see cref="TrapKind.None"/>.</summary>
    private void TrapIfKind()
    {
        _il.Emit(OpCodes.Dup);
        _il.Emit(OpCodes.Stloc, _trapKind);
        _il.Emit(OpCodes.Brtrue, DynamicTrap);
    }

    private Label DynamicTrap
    {
        get
        {
            if (_dynamicTrapDefined) return _dynamicTrap;
            _dynamicTrapDefined = true;
            return _dynamicTrap = _il.DefineLabel();
        }
    }

    private bool _dynamicTrapDefined;

    private void EmitTrapBlocks()
    {
        foreach ((TrapKind kind, Label label) in _traps)
        {
            _il.MarkLabel(label);
            EmitInt((int)kind);
            _il.Emit(OpCodes.Stloc, _trapKind);
            if (_dynamicTrapDefined) _il.Emit(OpCodes.Br, _dynamicTrap);
            else EmitThrowTrap();
        }
        if (_dynamicTrapDefined)
        {
            _il.MarkLabel(_dynamicTrap);
            EmitThrowTrap();
        }
    }

    private void EmitThrowTrap()
    {
        SaveBudget();
        LoadArgument(ArgEs);
        _il.Emit(OpCodes.Ldloc, _trapKind);
        _il.Emit(OpCodes.Call, Method(typeof(CilRuntime), nameof(CilRuntime.Trap)));
        _il.Emit(OpCodes.Throw);
    }

    // ---- reflection helpers ----

    private void EmitInt(int value) => _il.Emit(OpCodes.Ldc_I4, value);

    private void LoadArgument(int index) => EmitLoadArgument(_il, index);

    /// <summary>ldarg in its shortest form (the long form takes a 16-bit index, never an int).</summary>
    internal static void EmitLoadArgument(ILGenerator il, int index)
    {
        switch (index)
        {
            case 0: il.Emit(OpCodes.Ldarg_0); return;
            case 1: il.Emit(OpCodes.Ldarg_1); return;
            case 2: il.Emit(OpCodes.Ldarg_2); return;
            case 3: il.Emit(OpCodes.Ldarg_3); return;
            case <= byte.MaxValue: il.Emit(OpCodes.Ldarg_S, (byte)index); return;
            default: il.Emit(OpCodes.Ldarg, (short)index); return;
        }
    }

    // Reflection lookups are cached: a module emits millions of instructions, each naming a helper.
    private static readonly ConcurrentDictionary<(Type, string), MethodInfo> Methods = new();
    private static readonly ConcurrentDictionary<(Type, string), FieldInfo> Fields = new();

    internal static MethodInfo Method(Type type, string name) => Methods.GetOrAdd((type, name), static key =>
        key.Item1.GetMethod(key.Item2, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance)
        ?? throw new MissingMethodException(key.Item1.Name, key.Item2));

    private static FieldInfo Field(Type type, string name) => Fields.GetOrAdd((type, name), static key =>
        key.Item1.GetField(key.Item2, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
        ?? throw new MissingFieldException(key.Item1.Name, key.Item2));

    private static readonly ConstructorInfo InvalidOperationConstructor = typeof(InvalidOperationException).GetConstructor(new[] { typeof(string) })!;

    internal static readonly MethodInfo ValuesGetter = typeof(ExecutionStack).GetProperty(nameof(ExecutionStack.Values))!.GetGetMethod()!;
}
