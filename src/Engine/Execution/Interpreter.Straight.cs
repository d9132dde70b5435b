using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using static WitSharp.Engine.Execution.FloatBits;

namespace WitSharp.Engine.Execution;

internal static partial class Interpreter
{
    /// <summary>
    /// Runs instructions that need no calls: numbers, memory access, branches. Returns the pc of the first
    /// instruction it does not handle (calls, returns, globals, bulk operations) or of one that traps; or, with
    /// the budget negative, the loop header a backward branch was about to enter. <see cref="Run"/> deals with it. Having no calls here lets the JIT keep
    /// pc, code, frame and memory in registers.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int RunStraight(ref int c0, int pc, ref ulong fr, Span<byte> mem, ref long budget,
        ExecutionStack es, WasmInstance inst, ref Activation activation, int baseDepth)
    {
        // The instruction pointer is a reference into the code (not an index), so operands load in one instruction.
        // Never read directly: only through I and R, whose bounds the verifier (and the Checked build) ensure.
        ref int ip = ref Unsafe.Add(ref c0, pc);
        while (true)
        {
            switch ((Op)I(ref ip, 0))
            {
                // ---- memory ----
                case Op.I32Load: case Op.F32Load: { ulong ea = Ea(ref fr, ref ip, 2); if (ea + 4 > (ulong)mem.Length) return Pc(ref c0, ref ip); R(ref fr, ref ip, 1) = Unsafe.ReadUnaligned<uint>(ref At(mem, ea, 4)); ip = ref Unsafe.Add(ref ip, OpWidth.I32Load); continue; }
                case Op.I64Load: case Op.F64Load: { ulong ea = Ea(ref fr, ref ip, 2); if (ea + 8 > (ulong)mem.Length) return Pc(ref c0, ref ip); R(ref fr, ref ip, 1) = Unsafe.ReadUnaligned<ulong>(ref At(mem, ea, 8)); ip = ref Unsafe.Add(ref ip, OpWidth.I64Load); continue; }
                case Op.I32Load8S: { ulong ea = Ea(ref fr, ref ip, 2); if (ea + 1 > (ulong)mem.Length) return Pc(ref c0, ref ip); R(ref fr, ref ip, 1) = (uint)(int)(sbyte)At(mem, ea); ip = ref Unsafe.Add(ref ip, OpWidth.I32Load8S); continue; }
                case Op.I32LoadAdd: { ulong ea = EaAdd(ref fr, ref ip); if (ea + 4 > (ulong)mem.Length) return Pc(ref c0, ref ip); R(ref fr, ref ip, 1) = Unsafe.ReadUnaligned<uint>(ref At(mem, ea, 4)); ip = ref Unsafe.Add(ref ip, OpWidth.I32LoadAdd); continue; }
                case Op.I64LoadAdd: { ulong ea = EaAdd(ref fr, ref ip); if (ea + 8 > (ulong)mem.Length) return Pc(ref c0, ref ip); R(ref fr, ref ip, 1) = Unsafe.ReadUnaligned<ulong>(ref At(mem, ea, 8)); ip = ref Unsafe.Add(ref ip, OpWidth.I64LoadAdd); continue; }
                case Op.I32Load8UAdd: { ulong ea = EaAdd(ref fr, ref ip); if (ea + 1 > (ulong)mem.Length) return Pc(ref c0, ref ip); R(ref fr, ref ip, 1) = At(mem, ea); ip = ref Unsafe.Add(ref ip, OpWidth.I32Load8UAdd); continue; }
                case Op.I32Load8U: case Op.I64Load8U: { ulong ea = Ea(ref fr, ref ip, 2); if (ea + 1 > (ulong)mem.Length) return Pc(ref c0, ref ip); R(ref fr, ref ip, 1) = At(mem, ea); ip = ref Unsafe.Add(ref ip, OpWidth.I32Load8U); continue; }
                case Op.I32Load16S: { ulong ea = Ea(ref fr, ref ip, 2); if (ea + 2 > (ulong)mem.Length) return Pc(ref c0, ref ip); R(ref fr, ref ip, 1) = (uint)(int)Unsafe.ReadUnaligned<short>(ref At(mem, ea, 2)); ip = ref Unsafe.Add(ref ip, OpWidth.I32Load16S); continue; }
                case Op.I32Load16U: case Op.I64Load16U: { ulong ea = Ea(ref fr, ref ip, 2); if (ea + 2 > (ulong)mem.Length) return Pc(ref c0, ref ip); R(ref fr, ref ip, 1) = Unsafe.ReadUnaligned<ushort>(ref At(mem, ea, 2)); ip = ref Unsafe.Add(ref ip, OpWidth.I32Load16U); continue; }
                case Op.I64Load8S: { ulong ea = Ea(ref fr, ref ip, 2); if (ea + 1 > (ulong)mem.Length) return Pc(ref c0, ref ip); R(ref fr, ref ip, 1) = (ulong)(long)(sbyte)At(mem, ea); ip = ref Unsafe.Add(ref ip, OpWidth.I64Load8S); continue; }
                case Op.I64Load16S: { ulong ea = Ea(ref fr, ref ip, 2); if (ea + 2 > (ulong)mem.Length) return Pc(ref c0, ref ip); R(ref fr, ref ip, 1) = (ulong)(long)Unsafe.ReadUnaligned<short>(ref At(mem, ea, 2)); ip = ref Unsafe.Add(ref ip, OpWidth.I64Load16S); continue; }
                case Op.I64Load32S: { ulong ea = Ea(ref fr, ref ip, 2); if (ea + 4 > (ulong)mem.Length) return Pc(ref c0, ref ip); R(ref fr, ref ip, 1) = (ulong)(long)Unsafe.ReadUnaligned<int>(ref At(mem, ea, 4)); ip = ref Unsafe.Add(ref ip, OpWidth.I64Load32S); continue; }
                case Op.I64Load32U: { ulong ea = Ea(ref fr, ref ip, 2); if (ea + 4 > (ulong)mem.Length) return Pc(ref c0, ref ip); R(ref fr, ref ip, 1) = Unsafe.ReadUnaligned<uint>(ref At(mem, ea, 4)); ip = ref Unsafe.Add(ref ip, OpWidth.I64Load32U); continue; }
                case Op.I32Store: case Op.F32Store: case Op.I64Store32: { ulong ea = Ea(ref fr, ref ip, 1); if (ea + 4 > (ulong)mem.Length) return Pc(ref c0, ref ip); Unsafe.WriteUnaligned(ref At(mem, ea, 4), (uint)R(ref fr, ref ip, 2)); ip = ref Unsafe.Add(ref ip, OpWidth.I32Store); continue; }
                case Op.I64Store: case Op.F64Store: { ulong ea = Ea(ref fr, ref ip, 1); if (ea + 8 > (ulong)mem.Length) return Pc(ref c0, ref ip); Unsafe.WriteUnaligned(ref At(mem, ea, 8), R(ref fr, ref ip, 2)); ip = ref Unsafe.Add(ref ip, OpWidth.I64Store); continue; }
                case Op.I32Store8: case Op.I64Store8: { ulong ea = Ea(ref fr, ref ip, 1); if (ea + 1 > (ulong)mem.Length) return Pc(ref c0, ref ip); At(mem, ea) = (byte)R(ref fr, ref ip, 2); ip = ref Unsafe.Add(ref ip, OpWidth.I32Store8); continue; }
                case Op.I32Store16: case Op.I64Store16: { ulong ea = Ea(ref fr, ref ip, 1); if (ea + 2 > (ulong)mem.Length) return Pc(ref c0, ref ip); Unsafe.WriteUnaligned(ref At(mem, ea, 2), (ushort)R(ref fr, ref ip, 2)); ip = ref Unsafe.Add(ref ip, OpWidth.I32Store16); continue; }
                case Op.MemorySize: R(ref fr, ref ip, 1) = (uint)(mem.Length >> 16); ip = ref Unsafe.Add(ref ip, OpWidth.MemorySize); continue;
                
                // ---- numeric ----
                case Op.I32Eqz: Un<I32Eqz>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.I32Eqz); continue;
                case Op.I32Eq: Bin<I32Eq>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.I32Eq); continue;
                case Op.I32Ne: Bin<I32Ne>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.I32Ne); continue;
                case Op.I32LtS: Bin<I32LtS>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.I32LtS); continue;
                case Op.I32LtU: Bin<I32LtU>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.I32LtU); continue;
                case Op.I32GtS: Bin<I32GtS>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.I32GtS); continue;
                case Op.I32GtU: Bin<I32GtU>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.I32GtU); continue;
                case Op.I32LeS: Bin<I32LeS>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.I32LeS); continue;
                case Op.I32LeU: Bin<I32LeU>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.I32LeU); continue;
                case Op.I32GeS: Bin<I32GeS>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.I32GeS); continue;
                case Op.I32GeU: Bin<I32GeU>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.I32GeU); continue;
                case Op.I64Eqz: Un<I64Eqz>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.I64Eqz); continue;
                case Op.I64Eq: Bin<I64Eq>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.I64Eq); continue;
                case Op.I64Ne: Bin<I64Ne>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.I64Ne); continue;
                case Op.I64LtS: Bin<I64LtS>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.I64LtS); continue;
                case Op.I64LtU: Bin<I64LtU>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.I64LtU); continue;
                case Op.I64GtS: Bin<I64GtS>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.I64GtS); continue;
                case Op.I64GtU: Bin<I64GtU>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.I64GtU); continue;
                case Op.I64LeS: Bin<I64LeS>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.I64LeS); continue;
                case Op.I64LeU: Bin<I64LeU>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.I64LeU); continue;
                case Op.I64GeS: Bin<I64GeS>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.I64GeS); continue;
                case Op.I64GeU: Bin<I64GeU>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.I64GeU); continue;
                case Op.F32Eq: Bin<F32Eq>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.F32Eq); continue;
                case Op.F32Ne: Bin<F32Ne>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.F32Ne); continue;
                case Op.F32Lt: Bin<F32Lt>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.F32Lt); continue;
                case Op.F32Gt: Bin<F32Gt>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.F32Gt); continue;
                case Op.F32Le: Bin<F32Le>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.F32Le); continue;
                case Op.F32Ge: Bin<F32Ge>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.F32Ge); continue;
                case Op.F64Eq: Bin<F64Eq>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.F64Eq); continue;
                case Op.F64Ne: Bin<F64Ne>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.F64Ne); continue;
                case Op.F64Lt: Bin<F64Lt>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.F64Lt); continue;
                case Op.F64Gt: Bin<F64Gt>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.F64Gt); continue;
                case Op.F64Le: Bin<F64Le>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.F64Le); continue;
                case Op.F64Ge: Bin<F64Ge>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.F64Ge); continue;
                case Op.I32Clz: Un<I32Clz>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.I32Clz); continue;
                case Op.I32Ctz: Un<I32Ctz>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.I32Ctz); continue;
                case Op.I32Popcnt: Un<I32Popcnt>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.I32Popcnt); continue;
                case Op.I32Add: Bin<I32Add>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.I32Add); continue;
                case Op.I32Sub: Bin<I32Sub>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.I32Sub); continue;
                case Op.I32Mul: Bin<I32Mul>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.I32Mul); continue;
                case Op.I32DivS:
                {
                    int b = (int)R(ref fr, ref ip, 3), a = (int)R(ref fr, ref ip, 2);
                    if (b == 0) return Pc(ref c0, ref ip);
                    if (b == -1 && a == int.MinValue) return Pc(ref c0, ref ip);
                    R(ref fr, ref ip, 1) = (uint)(a / b); ip = ref Unsafe.Add(ref ip, OpWidth.I32DivS); continue;
                }
                case Op.I32DivU:
                {
                    uint b = (uint)R(ref fr, ref ip, 3);
                    if (b == 0) return Pc(ref c0, ref ip);
                    R(ref fr, ref ip, 1) = (uint)R(ref fr, ref ip, 2) / b; ip = ref Unsafe.Add(ref ip, OpWidth.I32DivU); continue;
                }
                case Op.I32RemS:
                {
                    int b = (int)R(ref fr, ref ip, 3);
                    if (b == 0) return Pc(ref c0, ref ip);
                    R(ref fr, ref ip, 1) = b == -1 ? 0 : (uint)((int)R(ref fr, ref ip, 2) % b); ip = ref Unsafe.Add(ref ip, OpWidth.I32RemS); continue;
                }
                case Op.I32RemU:
                {
                    uint b = (uint)R(ref fr, ref ip, 3);
                    if (b == 0) return Pc(ref c0, ref ip);
                    R(ref fr, ref ip, 1) = (uint)R(ref fr, ref ip, 2) % b; ip = ref Unsafe.Add(ref ip, OpWidth.I32RemU); continue;
                }
                case Op.I32And: Bin<I32And>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.I32And); continue;
                case Op.I32Or: Bin<I32Or>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.I32Or); continue;
                case Op.I32Xor: Bin<I32Xor>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.I32Xor); continue;
                case Op.I32Shl: Bin<I32Shl>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.I32Shl); continue;
                case Op.I32ShrS: Bin<I32ShrS>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.I32ShrS); continue;
                case Op.I32ShrU: Bin<I32ShrU>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.I32ShrU); continue;
                case Op.I32Rotl: Bin<I32Rotl>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.I32Rotl); continue;
                case Op.I32Rotr: Bin<I32Rotr>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.I32Rotr); continue;
                case Op.I64Clz: Un<I64Clz>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.I64Clz); continue;
                case Op.I64Ctz: Un<I64Ctz>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.I64Ctz); continue;
                case Op.I64Popcnt: Un<I64Popcnt>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.I64Popcnt); continue;
                case Op.I64Add: Bin<I64Add>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.I64Add); continue;
                case Op.I64Sub: Bin<I64Sub>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.I64Sub); continue;
                case Op.I64Mul: Bin<I64Mul>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.I64Mul); continue;
                case Op.I64DivS:
                {
                    long b = (long)R(ref fr, ref ip, 3), a = (long)R(ref fr, ref ip, 2);
                    if (b == 0) return Pc(ref c0, ref ip);
                    if (b == -1 && a == long.MinValue) return Pc(ref c0, ref ip);
                    R(ref fr, ref ip, 1) = (ulong)(a / b); ip = ref Unsafe.Add(ref ip, OpWidth.I64DivS); continue;
                }
                case Op.I64DivU:
                {
                    ulong b = R(ref fr, ref ip, 3);
                    if (b == 0) return Pc(ref c0, ref ip);
                    R(ref fr, ref ip, 1) = R(ref fr, ref ip, 2) / b; ip = ref Unsafe.Add(ref ip, OpWidth.I64DivU); continue;
                }
                case Op.I64RemS:
                {
                    long b = (long)R(ref fr, ref ip, 3);
                    if (b == 0) return Pc(ref c0, ref ip);
                    R(ref fr, ref ip, 1) = b == -1 ? 0 : (ulong)((long)R(ref fr, ref ip, 2) % b); ip = ref Unsafe.Add(ref ip, OpWidth.I64RemS); continue;
                }
                case Op.I64RemU:
                {
                    ulong b = R(ref fr, ref ip, 3);
                    if (b == 0) return Pc(ref c0, ref ip);
                    R(ref fr, ref ip, 1) = R(ref fr, ref ip, 2) % b; ip = ref Unsafe.Add(ref ip, OpWidth.I64RemU); continue;
                }
                case Op.I64And: Bin<I64And>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.I64And); continue;
                case Op.I64Or: Bin<I64Or>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.I64Or); continue;
                case Op.I64Xor: Bin<I64Xor>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.I64Xor); continue;
                case Op.I64Shl: Bin<I64Shl>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.I64Shl); continue;
                case Op.I64ShrS: Bin<I64ShrS>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.I64ShrS); continue;
                case Op.I64ShrU: Bin<I64ShrU>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.I64ShrU); continue;
                case Op.I64Rotl: Bin<I64Rotl>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.I64Rotl); continue;
                case Op.I64Rotr: Bin<I64Rotr>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.I64Rotr); continue;
                case Op.F32Abs: Un<F32Abs>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.F32Abs); continue;
                case Op.F32Neg: Un<F32Neg>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.F32Neg); continue;
                case Op.F32Ceil: Un<F32Ceil>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.F32Ceil); continue;
                case Op.F32Floor: Un<F32Floor>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.F32Floor); continue;
                case Op.F32Trunc: Un<F32Trunc>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.F32Trunc); continue;
                case Op.F32Nearest: Un<F32Nearest>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.F32Nearest); continue;
                case Op.F32Sqrt: Un<F32Sqrt>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.F32Sqrt); continue;
                case Op.F32Add: Bin<F32Add>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.F32Add); continue;
                case Op.F32Sub: Bin<F32Sub>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.F32Sub); continue;
                case Op.F32Mul: Bin<F32Mul>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.F32Mul); continue;
                case Op.F32Div: Bin<F32Div>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.F32Div); continue;
                case Op.F32Min: Bin<F32Min>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.F32Min); continue;
                case Op.F32Max: Bin<F32Max>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.F32Max); continue;
                case Op.F32Copysign: Bin<F32Copysign>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.F32Copysign); continue;
                case Op.F64Abs: Un<F64Abs>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.F64Abs); continue;
                case Op.F64Neg: Un<F64Neg>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.F64Neg); continue;
                case Op.F64Ceil: Un<F64Ceil>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.F64Ceil); continue;
                case Op.F64Floor: Un<F64Floor>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.F64Floor); continue;
                case Op.F64Trunc: Un<F64Trunc>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.F64Trunc); continue;
                case Op.F64Nearest: Un<F64Nearest>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.F64Nearest); continue;
                case Op.F64Sqrt: Un<F64Sqrt>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.F64Sqrt); continue;
                case Op.F64Add: Bin<F64Add>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.F64Add); continue;
                case Op.F64Sub: Bin<F64Sub>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.F64Sub); continue;
                case Op.F64Mul: Bin<F64Mul>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.F64Mul); continue;
                case Op.F64Div: Bin<F64Div>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.F64Div); continue;
                case Op.F64Min: Bin<F64Min>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.F64Min); continue;
                case Op.F64Max: Bin<F64Max>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.F64Max); continue;
                case Op.F64Copysign: Bin<F64Copysign>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.F64Copysign); continue;
                case Op.I32WrapI64: Un<I32WrapI64>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.I32WrapI64); continue;
                case Op.I32TruncF32S: { if (Truncation.ToI32S(F32(R(ref fr, ref ip, 2)), out ulong r) != 0) return Pc(ref c0, ref ip); R(ref fr, ref ip, 1) = r; ip = ref Unsafe.Add(ref ip, OpWidth.I32TruncF32S); continue; }
                case Op.I32TruncF32U: { if (Truncation.ToI32U(F32(R(ref fr, ref ip, 2)), out ulong r) != 0) return Pc(ref c0, ref ip); R(ref fr, ref ip, 1) = r; ip = ref Unsafe.Add(ref ip, OpWidth.I32TruncF32U); continue; }
                case Op.I32TruncF64S: { if (Truncation.ToI32S(F64(R(ref fr, ref ip, 2)), out ulong r) != 0) return Pc(ref c0, ref ip); R(ref fr, ref ip, 1) = r; ip = ref Unsafe.Add(ref ip, OpWidth.I32TruncF64S); continue; }
                case Op.I32TruncF64U: { if (Truncation.ToI32U(F64(R(ref fr, ref ip, 2)), out ulong r) != 0) return Pc(ref c0, ref ip); R(ref fr, ref ip, 1) = r; ip = ref Unsafe.Add(ref ip, OpWidth.I32TruncF64U); continue; }
                case Op.I64ExtendI32S: Un<I64ExtendI32S>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.I64ExtendI32S); continue;
                case Op.I64ExtendI32U: Un<I64ExtendI32U>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.I64ExtendI32U); continue;
                case Op.I64TruncF32S: { if (Truncation.ToI64S(F32(R(ref fr, ref ip, 2)), out ulong r) != 0) return Pc(ref c0, ref ip); R(ref fr, ref ip, 1) = r; ip = ref Unsafe.Add(ref ip, OpWidth.I64TruncF32S); continue; }
                case Op.I64TruncF32U: { if (Truncation.ToI64U(F32(R(ref fr, ref ip, 2)), out ulong r) != 0) return Pc(ref c0, ref ip); R(ref fr, ref ip, 1) = r; ip = ref Unsafe.Add(ref ip, OpWidth.I64TruncF32U); continue; }
                case Op.I64TruncF64S: { if (Truncation.ToI64S(F64(R(ref fr, ref ip, 2)), out ulong r) != 0) return Pc(ref c0, ref ip); R(ref fr, ref ip, 1) = r; ip = ref Unsafe.Add(ref ip, OpWidth.I64TruncF64S); continue; }
                case Op.I64TruncF64U: { if (Truncation.ToI64U(F64(R(ref fr, ref ip, 2)), out ulong r) != 0) return Pc(ref c0, ref ip); R(ref fr, ref ip, 1) = r; ip = ref Unsafe.Add(ref ip, OpWidth.I64TruncF64U); continue; }
                case Op.F32ConvertI32S: Un<F32ConvertI32S>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.F32ConvertI32S); continue;
                case Op.F32ConvertI32U: Un<F32ConvertI32U>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.F32ConvertI32U); continue;
                case Op.F32ConvertI64S: Un<F32ConvertI64S>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.F32ConvertI64S); continue;
                case Op.F32ConvertI64U: Un<F32ConvertI64U>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.F32ConvertI64U); continue;
                case Op.F32DemoteF64: Un<F32DemoteF64>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.F32DemoteF64); continue;
                case Op.F64ConvertI32S: Un<F64ConvertI32S>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.F64ConvertI32S); continue;
                case Op.F64ConvertI32U: Un<F64ConvertI32U>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.F64ConvertI32U); continue;
                case Op.F64ConvertI64S: Un<F64ConvertI64S>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.F64ConvertI64S); continue;
                case Op.F64ConvertI64U: Un<F64ConvertI64U>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.F64ConvertI64U); continue;
                case Op.F64PromoteF32: Un<F64PromoteF32>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.F64PromoteF32); continue;
                case Op.I32ReinterpretF32: case Op.I64ReinterpretF64: case Op.F32ReinterpretI32: case Op.F64ReinterpretI64:
                case Op.Copy: R(ref fr, ref ip, 1) = R(ref fr, ref ip, 2); ip = ref Unsafe.Add(ref ip, OpWidth.Copy); continue;
                case Op.I32Extend8S: Un<I32Extend8S>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.I32Extend8S); continue;
                case Op.I32Extend16S: Un<I32Extend16S>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.I32Extend16S); continue;
                case Op.I64Extend8S: Un<I64Extend8S>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.I64Extend8S); continue;
                case Op.I64Extend16S: Un<I64Extend16S>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.I64Extend16S); continue;
                case Op.I64Extend32S: Un<I64Extend32S>(ref fr, ref ip); ip = ref Unsafe.Add(ref ip, OpWidth.I64Extend32S); continue;
                case Op.I32TruncSatF32S: R(ref fr, ref ip, 1) = Truncation.SatI32S(F32(R(ref fr, ref ip, 2))); ip = ref Unsafe.Add(ref ip, OpWidth.I32TruncSatF32S); continue;
                case Op.I32TruncSatF32U: R(ref fr, ref ip, 1) = Truncation.SatI32U(F32(R(ref fr, ref ip, 2))); ip = ref Unsafe.Add(ref ip, OpWidth.I32TruncSatF32U); continue;
                case Op.I32TruncSatF64S: R(ref fr, ref ip, 1) = Truncation.SatI32S(F64(R(ref fr, ref ip, 2))); ip = ref Unsafe.Add(ref ip, OpWidth.I32TruncSatF64S); continue;
                case Op.I32TruncSatF64U: R(ref fr, ref ip, 1) = Truncation.SatI32U(F64(R(ref fr, ref ip, 2))); ip = ref Unsafe.Add(ref ip, OpWidth.I32TruncSatF64U); continue;
                case Op.I64TruncSatF32S: R(ref fr, ref ip, 1) = Truncation.SatI64S(F32(R(ref fr, ref ip, 2))); ip = ref Unsafe.Add(ref ip, OpWidth.I64TruncSatF32S); continue;
                case Op.I64TruncSatF32U: R(ref fr, ref ip, 1) = Truncation.SatI64U(F32(R(ref fr, ref ip, 2))); ip = ref Unsafe.Add(ref ip, OpWidth.I64TruncSatF32U); continue;
                case Op.I64TruncSatF64S: R(ref fr, ref ip, 1) = Truncation.SatI64S(F64(R(ref fr, ref ip, 2))); ip = ref Unsafe.Add(ref ip, OpWidth.I64TruncSatF64S); continue;
                case Op.I64TruncSatF64U: R(ref fr, ref ip, 1) = Truncation.SatI64U(F64(R(ref fr, ref ip, 2))); ip = ref Unsafe.Add(ref ip, OpWidth.I64TruncSatF64U); continue;

                // ---- control ----
                
                case Op.Br: { int t = I(ref ip, 1); if (t <= Pc(ref c0, ref ip) && --budget < 0) return t; ip = ref Unsafe.Add(ref c0, t); continue; }
                case Op.BrIfNez: if ((uint)R(ref fr, ref ip, 1) != 0) { int t = I(ref ip, 2); if (t <= Pc(ref c0, ref ip) && --budget < 0) return t; ip = ref Unsafe.Add(ref c0, t); } else ip = ref Unsafe.Add(ref ip, OpWidth.BrIfNez); continue;
                case Op.BrIfEqz: if ((uint)R(ref fr, ref ip, 1) == 0) { int t = I(ref ip, 2); if (t <= Pc(ref c0, ref ip) && --budget < 0) return t; ip = ref Unsafe.Add(ref c0, t); } else ip = ref Unsafe.Add(ref ip, OpWidth.BrIfEqz); continue;
                case Op.BrIfI32Eq: if ((uint)R(ref fr, ref ip, 1) == (uint)R(ref fr, ref ip, 2)) { int t = I(ref ip, 3); if (t <= Pc(ref c0, ref ip) && --budget < 0) return t; ip = ref Unsafe.Add(ref c0, t); } else ip = ref Unsafe.Add(ref ip, OpWidth.BrIfI32Eq); continue;
                case Op.BrIfI32Ne: if ((uint)R(ref fr, ref ip, 1) != (uint)R(ref fr, ref ip, 2)) { int t = I(ref ip, 3); if (t <= Pc(ref c0, ref ip) && --budget < 0) return t; ip = ref Unsafe.Add(ref c0, t); } else ip = ref Unsafe.Add(ref ip, OpWidth.BrIfI32Ne); continue;
                case Op.BrIfI32LtS: if ((int)R(ref fr, ref ip, 1) < (int)R(ref fr, ref ip, 2)) { int t = I(ref ip, 3); if (t <= Pc(ref c0, ref ip) && --budget < 0) return t; ip = ref Unsafe.Add(ref c0, t); } else ip = ref Unsafe.Add(ref ip, OpWidth.BrIfI32LtS); continue;
                case Op.BrIfI32LtU: if ((uint)R(ref fr, ref ip, 1) < (uint)R(ref fr, ref ip, 2)) { int t = I(ref ip, 3); if (t <= Pc(ref c0, ref ip) && --budget < 0) return t; ip = ref Unsafe.Add(ref c0, t); } else ip = ref Unsafe.Add(ref ip, OpWidth.BrIfI32LtU); continue;
                case Op.BrIfI32GtS: if ((int)R(ref fr, ref ip, 1) > (int)R(ref fr, ref ip, 2)) { int t = I(ref ip, 3); if (t <= Pc(ref c0, ref ip) && --budget < 0) return t; ip = ref Unsafe.Add(ref c0, t); } else ip = ref Unsafe.Add(ref ip, OpWidth.BrIfI32GtS); continue;
                case Op.BrIfI32GtU: if ((uint)R(ref fr, ref ip, 1) > (uint)R(ref fr, ref ip, 2)) { int t = I(ref ip, 3); if (t <= Pc(ref c0, ref ip) && --budget < 0) return t; ip = ref Unsafe.Add(ref c0, t); } else ip = ref Unsafe.Add(ref ip, OpWidth.BrIfI32GtU); continue;
                case Op.BrIfI32LeS: if ((int)R(ref fr, ref ip, 1) <= (int)R(ref fr, ref ip, 2)) { int t = I(ref ip, 3); if (t <= Pc(ref c0, ref ip) && --budget < 0) return t; ip = ref Unsafe.Add(ref c0, t); } else ip = ref Unsafe.Add(ref ip, OpWidth.BrIfI32LeS); continue;
                case Op.BrIfI32LeU: if ((uint)R(ref fr, ref ip, 1) <= (uint)R(ref fr, ref ip, 2)) { int t = I(ref ip, 3); if (t <= Pc(ref c0, ref ip) && --budget < 0) return t; ip = ref Unsafe.Add(ref c0, t); } else ip = ref Unsafe.Add(ref ip, OpWidth.BrIfI32LeU); continue;
                case Op.BrIfI32GeS: if ((int)R(ref fr, ref ip, 1) >= (int)R(ref fr, ref ip, 2)) { int t = I(ref ip, 3); if (t <= Pc(ref c0, ref ip) && --budget < 0) return t; ip = ref Unsafe.Add(ref c0, t); } else ip = ref Unsafe.Add(ref ip, OpWidth.BrIfI32GeS); continue;
                case Op.BrIfI32GeU: if ((uint)R(ref fr, ref ip, 1) >= (uint)R(ref fr, ref ip, 2)) { int t = I(ref ip, 3); if (t <= Pc(ref c0, ref ip) && --budget < 0) return t; ip = ref Unsafe.Add(ref c0, t); } else ip = ref Unsafe.Add(ref ip, OpWidth.BrIfI32GeU); continue;
                case Op.BrIfI64Eq: if (R(ref fr, ref ip, 1) == R(ref fr, ref ip, 2)) { int t = I(ref ip, 3); if (t <= Pc(ref c0, ref ip) && --budget < 0) return t; ip = ref Unsafe.Add(ref c0, t); } else ip = ref Unsafe.Add(ref ip, OpWidth.BrIfI64Eq); continue;
                case Op.BrIfI64Ne: if (R(ref fr, ref ip, 1) != R(ref fr, ref ip, 2)) { int t = I(ref ip, 3); if (t <= Pc(ref c0, ref ip) && --budget < 0) return t; ip = ref Unsafe.Add(ref c0, t); } else ip = ref Unsafe.Add(ref ip, OpWidth.BrIfI64Ne); continue;
                case Op.BrIfI64LtS: if ((long)R(ref fr, ref ip, 1) < (long)R(ref fr, ref ip, 2)) { int t = I(ref ip, 3); if (t <= Pc(ref c0, ref ip) && --budget < 0) return t; ip = ref Unsafe.Add(ref c0, t); } else ip = ref Unsafe.Add(ref ip, OpWidth.BrIfI64LtS); continue;
                case Op.BrIfI64LtU: if (R(ref fr, ref ip, 1) < R(ref fr, ref ip, 2)) { int t = I(ref ip, 3); if (t <= Pc(ref c0, ref ip) && --budget < 0) return t; ip = ref Unsafe.Add(ref c0, t); } else ip = ref Unsafe.Add(ref ip, OpWidth.BrIfI64LtU); continue;
                case Op.BrIfI64GtS: if ((long)R(ref fr, ref ip, 1) > (long)R(ref fr, ref ip, 2)) { int t = I(ref ip, 3); if (t <= Pc(ref c0, ref ip) && --budget < 0) return t; ip = ref Unsafe.Add(ref c0, t); } else ip = ref Unsafe.Add(ref ip, OpWidth.BrIfI64GtS); continue;
                case Op.BrIfI64GtU: if (R(ref fr, ref ip, 1) > R(ref fr, ref ip, 2)) { int t = I(ref ip, 3); if (t <= Pc(ref c0, ref ip) && --budget < 0) return t; ip = ref Unsafe.Add(ref c0, t); } else ip = ref Unsafe.Add(ref ip, OpWidth.BrIfI64GtU); continue;
                case Op.BrIfI64LeS: if ((long)R(ref fr, ref ip, 1) <= (long)R(ref fr, ref ip, 2)) { int t = I(ref ip, 3); if (t <= Pc(ref c0, ref ip) && --budget < 0) return t; ip = ref Unsafe.Add(ref c0, t); } else ip = ref Unsafe.Add(ref ip, OpWidth.BrIfI64LeS); continue;
                case Op.BrIfI64LeU: if (R(ref fr, ref ip, 1) <= R(ref fr, ref ip, 2)) { int t = I(ref ip, 3); if (t <= Pc(ref c0, ref ip) && --budget < 0) return t; ip = ref Unsafe.Add(ref c0, t); } else ip = ref Unsafe.Add(ref ip, OpWidth.BrIfI64LeU); continue;
                case Op.BrIfI64GeS: if ((long)R(ref fr, ref ip, 1) >= (long)R(ref fr, ref ip, 2)) { int t = I(ref ip, 3); if (t <= Pc(ref c0, ref ip) && --budget < 0) return t; ip = ref Unsafe.Add(ref c0, t); } else ip = ref Unsafe.Add(ref ip, OpWidth.BrIfI64GeS); continue;
                case Op.BrIfI64GeU: if (R(ref fr, ref ip, 1) >= R(ref fr, ref ip, 2)) { int t = I(ref ip, 3); if (t <= Pc(ref c0, ref ip) && --budget < 0) return t; ip = ref Unsafe.Add(ref c0, t); } else ip = ref Unsafe.Add(ref ip, OpWidth.BrIfI64GeU); continue;
                case Op.BrIfI64Eqz: if (R(ref fr, ref ip, 1) == 0) { int t = I(ref ip, 2); if (t <= Pc(ref c0, ref ip) && --budget < 0) return t; ip = ref Unsafe.Add(ref c0, t); } else ip = ref Unsafe.Add(ref ip, OpWidth.BrIfI64Eqz); continue;
                case Op.BrIfI64Nez: if (R(ref fr, ref ip, 1) != 0) { int t = I(ref ip, 2); if (t <= Pc(ref c0, ref ip) && --budget < 0) return t; ip = ref Unsafe.Add(ref c0, t); } else ip = ref Unsafe.Add(ref ip, OpWidth.BrIfI64Nez); continue;
                case Op.GlobalGet: R(ref fr, ref ip, 1) = inst.Globals[I(ref ip, 2)].Bits; ip = ref Unsafe.Add(ref ip, OpWidth.GlobalGet); continue;
                case Op.GlobalSet: inst.Globals[I(ref ip, 2)].Bits = R(ref fr, ref ip, 1); ip = ref Unsafe.Add(ref ip, OpWidth.GlobalSet); continue;
                case Op.Call:
                {
                    // Fast path for calls within the instance; anything unusual goes to Run.
                    WasmFunction callee = inst.Functions[I(ref ip, 1)];
                    CompiledFunction? next = callee.Compiled;
                    int newFp = activation.Fp + I(ref ip, 2);
                    ulong[] values = es.Values;
                    if (next is null || next.Native != null || callee.Host != null || !ReferenceEquals(callee.Instance, inst)
                        || newFp + next.FrameSize > values.Length || es.Depth >= es.Frames.Length || budget <= 0)
                        return Pc(ref c0, ref ip);
                    budget--;
                    es.Frames[es.Depth++] = new CallFrame(activation.Function, Pc(ref c0, ref ip) + OpWidth.Call, activation.Fp);
                    next.InitializeFrame(values, newFp);
                    CheckedAccess.Enter(next, values, newFp);
                    activation = new Activation(callee, newFp);
                    c0 = ref MemoryMarshal.GetArrayDataReference(next.Code);
                    ip = ref c0;
                    // In bounds: newFp + FrameSize <= values.Length was tested above.
                    fr = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(values), newFp);
                    continue;
                }
                case Op.Return:
                {
                    int depth = es.Depth;
                    if (depth <= baseDepth) return Pc(ref c0, ref ip);
                    CallFrame caller = es.Frames[depth - 1];
                    if (!ReferenceEquals(caller.Function.Instance, inst)) return Pc(ref c0, ref ip);
                    es.Depth = depth - 1;
                    activation = new Activation(caller.Function, caller.Fp);
                    c0 = ref MemoryMarshal.GetArrayDataReference(caller.Function.Compiled!.Code);
                    ip = ref Unsafe.Add(ref c0, caller.ReturnPc);
                    // In bounds: the caller's frame was made room for when it was entered, and the stack only grows.
                    fr = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(es.Values), caller.Fp);
                    CheckedAccess.Enter(caller.Function.Compiled!, es.Values, caller.Fp);
                    continue;
                }
                case Op.BrTable:
                {
                    uint i = (uint)R(ref fr, ref ip, 1), n = (uint)I(ref ip, 2);
                    int t = I(ref ip, OpWidth.BrTable + (int)(i < n ? i : n));
                    if (t <= Pc(ref c0, ref ip) && --budget < 0) return t;
                    ip = ref Unsafe.Add(ref c0, t);
                    continue;
                }
                case Op.Select: R(ref fr, ref ip, 1) = (uint)R(ref fr, ref ip, 4) != 0 ? R(ref fr, ref ip, 2) : R(ref fr, ref ip, 3); ip = ref Unsafe.Add(ref ip, OpWidth.Select); continue;
                default:
                    return Pc(ref c0, ref ip);
            }
        }
    }

    /// <summary>The running function and its frame pointer, which the straight-line loop's fast calls and returns change.</summary>
    private readonly struct Activation
    {
        public Activation(WasmFunction function, int fp)
        {
            Function = function;
            Fp = fp;
        }

        public WasmFunction Function { get; }
        public int Fp { get; }
    }

    // Arithmetic on two references into the same code array; nothing is read.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Pc(ref int c0, ref int ip) => (int)(Unsafe.ByteOffset(ref c0, ref ip) >> 2);

    /// <summary>Code word k after the instruction pointer. In bounds: as <see cref="A"/> (the verifier checked operands and targets).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int I(ref int ip, int k)
    {
        CheckedAccess.CodeAt(ref ip, k);
        return Unsafe.Add(ref ip, k);
    }

    /// <summary>The frame slot operand k names. In bounds: as <see cref="S"/> (slots verified below FrameSize, frames made room for).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ref ulong R(ref ulong fr, ref int ip, int k)
    {
        CheckedAccess.SlotAt(ref fr, ref ip, k);
        return ref Unsafe.Add(ref fr, Unsafe.Add(ref ip, k));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Un<T>(ref ulong fr, ref int ip) where T : struct, IUnaryOp => R(ref fr, ref ip, 1) = T.Apply(R(ref fr, ref ip, 2));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Bin<T>(ref ulong fr, ref int ip) where T : struct, IBinaryOp =>
        R(ref fr, ref ip, 1) = T.Apply(R(ref fr, ref ip, 2), R(ref fr, ref ip, 3));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Ea(ref ulong fr, ref int ip, int k) => (ulong)(uint)R(ref fr, ref ip, k) + (uint)I(ref ip, 3);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong EaAdd(ref ulong fr, ref int ip) =>
        (ulong)((uint)R(ref fr, ref ip, 2) + (uint)R(ref fr, ref ip, 3)) + (uint)I(ref ip, 4);
}
