using System;
using System.Collections.Generic;
using System.Reflection;
using System.Reflection.Emit;
using WitSharp.Engine.Execution;

namespace WitSharp.Engine.Compilation;

internal sealed partial class FunctionCompiler
{
    /// <summary>
    /// The interpreter's pure numeric instructions, found by name: each <see cref="Op"/> from 0x45 up has a struct of the
    /// same name whose static <c>Apply</c> computes it on raw slot bits. Instructions with a native CIL form
    /// (<see cref="TryEmitNative"/>) do not use them; the rest (bit-exact float operations like min, abs and copysign,
    /// counting, rotation, unsigned conversions) call them on the values' bits.
    /// Division, trapping and saturating truncation and reinterpretation are emitted by hand below.
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

    /// <summary>A pure numeric instruction (dst, a[, b]): natively when CIL has it, else the interpreter's struct on the bits.</summary>
    private void EmitNumeric(Op op, int dst, int a, int b, (MethodInfo Apply, bool Unary) fallback)
    {
        (SlotType result, SlotType argument) = SlotTypes.Numeric(op);
        bool arithmetic = op is >= Op.F32Add and <= Op.F32Div or >= Op.F64Add and <= Op.F64Div;
        if (arithmetic) LoadArithmetic(a, argument); else Load(a, argument);
        if (!fallback.Unary)
        {
            if (arithmetic) LoadArithmetic(b, argument); else Load(b, argument);
        }
        if (!TryEmitNative(op))
        {
            // Operands are on the stack in their types: take them to bits (the second via a scratch local).
            if (!fallback.Unary)
            {
                LocalBuilder second = Scratch(argument);
                _il.Emit(OpCodes.Stloc, second);
                SlotIl.EmitToBits(_il, argument);
                _il.Emit(OpCodes.Ldloc, second);
            }
            SlotIl.EmitToBits(_il, argument);
            _il.Emit(OpCodes.Call, fallback.Apply);
            SlotIl.EmitFromBits(_il, result);
        }
        Store(dst, result);
    }

    private readonly LocalBuilder?[] _scratch = new LocalBuilder?[SlotTypes.Count];

    private LocalBuilder Scratch(SlotType type) => _scratch[(int)type] ??= _il.DeclareLocal(SlotTypes.Clr(type));

    /// <summary>
    /// Emits <paramref name="op"/> on its typed operands already on the stack, when CIL computes exactly what wasm
    /// defines: integer arithmetic wraps, shifts are masked, float arithmetic is IEEE (RyuJIT keeps f32 in single
    /// precision), float comparisons are false on NaN (le and ge through the unordered opposite). False for the rest.
    /// </summary>
    private bool TryEmitNative(Op op)
    {
        bool wide = op is >= Op.I64Eqz and <= Op.I64GeU or >= Op.I64Clz and <= Op.I64Rotr;
        Op narrow = op is >= Op.I64Eqz and <= Op.I64GeU ? op - Op.I64Eqz + Op.I32Eqz
            : op is >= Op.I64Clz and <= Op.I64Rotr ? op - Op.I64Clz + Op.I32Clz : op;
        switch (narrow)
        {
            case Op.I32Eqz:
                if (wide) _il.Emit(OpCodes.Ldc_I8, 0L); else _il.Emit(OpCodes.Ldc_I4_0);
                _il.Emit(OpCodes.Ceq);
                return true;
            case Op.I32Eq: _il.Emit(OpCodes.Ceq); return true;
            case Op.I32Ne: Not(OpCodes.Ceq); return true;
            case Op.I32LtS: _il.Emit(OpCodes.Clt); return true;
            case Op.I32LtU: _il.Emit(OpCodes.Clt_Un); return true;
            case Op.I32GtS: _il.Emit(OpCodes.Cgt); return true;
            case Op.I32GtU: _il.Emit(OpCodes.Cgt_Un); return true;
            case Op.I32LeS: Not(OpCodes.Cgt); return true;
            case Op.I32LeU: Not(OpCodes.Cgt_Un); return true;
            case Op.I32GeS: Not(OpCodes.Clt); return true;
            case Op.I32GeU: Not(OpCodes.Clt_Un); return true;
            case Op.I32Add: _il.Emit(OpCodes.Add); return true;
            case Op.I32Sub: _il.Emit(OpCodes.Sub); return true;
            case Op.I32Mul: _il.Emit(OpCodes.Mul); return true;
            case Op.I32And: _il.Emit(OpCodes.And); return true;
            case Op.I32Or: _il.Emit(OpCodes.Or); return true;
            case Op.I32Xor: _il.Emit(OpCodes.Xor); return true;
            case Op.I32Shl or Op.I32ShrS or Op.I32ShrU:
                // CIL leaves counts of the operand's width or more undefined; wasm takes them modulo the width.
                if (wide) _il.Emit(OpCodes.Conv_I4);
                _il.Emit(OpCodes.Ldc_I4, wide ? 63 : 31);
                _il.Emit(OpCodes.And);
                _il.Emit(narrow == Op.I32Shl ? OpCodes.Shl : narrow == Op.I32ShrS ? OpCodes.Shr : OpCodes.Shr_Un);
                return true;
        }
        switch (op)
        {
            case Op.F32Eq or Op.F64Eq: _il.Emit(OpCodes.Ceq); return true;
            case Op.F32Ne or Op.F64Ne: Not(OpCodes.Ceq); return true;
            case Op.F32Lt or Op.F64Lt: _il.Emit(OpCodes.Clt); return true;
            case Op.F32Gt or Op.F64Gt: _il.Emit(OpCodes.Cgt); return true;
            case Op.F32Le or Op.F64Le: Not(OpCodes.Cgt_Un); return true;
            case Op.F32Ge or Op.F64Ge: Not(OpCodes.Clt_Un); return true;
            case Op.F32Add or Op.F64Add: _il.Emit(OpCodes.Add); return true;
            case Op.F32Sub or Op.F64Sub: _il.Emit(OpCodes.Sub); return true;
            case Op.F32Mul or Op.F64Mul: _il.Emit(OpCodes.Mul); return true;
            case Op.F32Div or Op.F64Div: _il.Emit(OpCodes.Div); return true;
            case Op.I32WrapI64 or Op.I64Extend32S: _il.Emit(OpCodes.Conv_I4); if (op == Op.I64Extend32S) _il.Emit(OpCodes.Conv_I8); return true;
            case Op.I64ExtendI32S: _il.Emit(OpCodes.Conv_I8); return true;
            case Op.I64ExtendI32U: _il.Emit(OpCodes.Conv_U8); return true;
            case Op.I32Extend8S: _il.Emit(OpCodes.Conv_I1); return true;
            case Op.I32Extend16S: _il.Emit(OpCodes.Conv_I2); return true;
            case Op.I64Extend8S: _il.Emit(OpCodes.Conv_I1); _il.Emit(OpCodes.Conv_I8); return true;
            case Op.I64Extend16S: _il.Emit(OpCodes.Conv_I2); _il.Emit(OpCodes.Conv_I8); return true;
            // Promote and demote stay with the interpreter's structs: the JIT folds demote(promote(x)) to x, which would
            // not quiet a signalling NaN as wasm requires.
            case Op.F32ConvertI32S or Op.F32ConvertI64S: _il.Emit(OpCodes.Conv_R4); return true;
            case Op.F64ConvertI32S or Op.F64ConvertI64S: _il.Emit(OpCodes.Conv_R8); return true;
            case Op.F64ConvertI32U:
                // The u32 as a non-negative i64 converts exactly as the interpreter's (double)(uint)a.
                _il.Emit(OpCodes.Conv_U8);
                _il.Emit(OpCodes.Conv_R8);
                return true;
            default: return false;
        }
    }

    /// <summary>A comparison, then its negation (0 ↔ 1).</summary>
    private void Not(OpCode compare)
    {
        _il.Emit(compare);
        _il.Emit(OpCodes.Ldc_I4_0);
        _il.Emit(OpCodes.Ceq);
    }

    /// <summary>Division and remainder with the interpreter's traps: zero divisor, and signed overflow for div_s only.</summary>
    private void EmitDivision(Op op, int dst, int a, int b)
    {
        bool wide = op >= Op.I64DivS;
        Op kind = wide ? op - Op.I64DivS + Op.I32DivS : op;
        SlotType type = wide ? SlotType.I64 : SlotType.I32;
        Load(b, type);
        _il.Emit(OpCodes.Brfalse, TrapLabel(TrapKind.IntegerDivideByZero));
        Label done = _il.DefineLabel();
        if (kind is Op.I32DivS or Op.I32RemS)
        {
            Label normal = _il.DefineLabel();
            Load(b, type);
            if (wide) _il.Emit(OpCodes.Ldc_I8, -1L); else _il.Emit(OpCodes.Ldc_I4_M1);
            _il.Emit(OpCodes.Bne_Un, normal);
            if (kind == Op.I32DivS)
            {
                // MIN / -1 overflows; any other dividend divides normally.
                Load(a, type);
                if (wide) _il.Emit(OpCodes.Ldc_I8, long.MinValue); else EmitInt(int.MinValue);
                _il.Emit(OpCodes.Beq, TrapLabel(TrapKind.IntegerOverflow));
            }
            else
            {
                // x rem -1 is 0 (CIL's rem would throw on MIN rem -1).
                if (wide) _il.Emit(OpCodes.Ldc_I8, 0L); else _il.Emit(OpCodes.Ldc_I4_0);
                Store(dst, type);
                _il.Emit(OpCodes.Br, done);
            }
            _il.MarkLabel(normal);
        }
        Load(a, type);
        Load(b, type);
        _il.Emit(kind switch { Op.I32DivS => OpCodes.Div, Op.I32DivU => OpCodes.Div_Un, Op.I32RemS => OpCodes.Rem, _ => OpCodes.Rem_Un });
        Store(dst, type);
        _il.MarkLabel(done);
    }

    /// <summary>Trapping float-to-int truncation through the interpreter's <see cref="Truncation"/>.</summary>
    private void EmitTruncation(Op op, int dst, int src)
    {
        (SlotType result, SlotType argument) = SlotTypes.Numeric(op);
        LoadAsDouble(src, argument);
        _il.Emit(OpCodes.Ldloca, _truncated);
        _il.Emit(OpCodes.Call, TruncationMethod(op, saturating: false));
        TrapIfKind();
        _il.Emit(OpCodes.Ldloc, _truncated);
        SlotIl.EmitFromBits(_il, result);
        Store(dst, result);
    }

    private void EmitSaturatingTruncation(Op op, int dst, int src)
    {
        (SlotType result, SlotType argument) = SlotTypes.Numeric(op);
        LoadAsDouble(src, argument);
        _il.Emit(OpCodes.Call, TruncationMethod(op, saturating: true));
        SlotIl.EmitFromBits(_il, result);
        Store(dst, result);
    }

    /// <summary>
    /// The <see cref="Truncation"/> method of a truncation opcode, by name: result type and signedness
    /// (<c>I32TruncF64U</c> → <c>ToI32U</c>, <c>I64TruncSatF32S</c> → <c>SatI64S</c>).
    /// </summary>
    private static System.Reflection.MethodInfo TruncationMethod(Op op, bool saturating)
    {
        string name = op.ToString();
        return Method(typeof(Truncation), (saturating ? "Sat" : "To") + name[..3] + name[^1]);
    }

    /// <summary>An f32 or f64 operand as a double (f32 widens exactly), what <see cref="Truncation"/> takes.</summary>
    private void LoadAsDouble(int slot, SlotType type)
    {
        Load(slot, type);
        if (type == SlotType.F32) _il.Emit(OpCodes.Conv_R8);
    }

    /// <summary>
    /// Reinterpretation: the same bits in the other type. Integer to float goes through a helper the JIT does not
    /// inline: .NET 10's JIT folds reinterpret(reinterpret(narrow load)) into one load of the full width, which reads
    /// bytes the bounds check did not cover (found by the differential fuzzer: i32.load16_s, f32.reinterpret_i32,
    /// i32.reinterpret_f32 read four bytes).
    /// </summary>
    private void EmitReinterpret(Op op, int dst, int src)
    {
        (SlotType result, SlotType argument) = SlotTypes.Numeric(op);
        Load(src, argument);
        _il.Emit(OpCodes.Call, op switch
        {
            Op.I32ReinterpretF32 => SlotIl.SingleToInt32Bits,
            Op.I64ReinterpretF64 => SlotIl.DoubleToInt64Bits,
            Op.F32ReinterpretI32 => Method(typeof(CilRuntime), nameof(CilRuntime.SingleFromBits)),
            _ => Method(typeof(CilRuntime), nameof(CilRuntime.DoubleFromBits)),
        });
        Store(dst, result);
    }
}
