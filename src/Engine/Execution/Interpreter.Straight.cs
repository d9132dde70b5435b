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
    private static int RunStraight(ref int c0, int pc, ref ulong fr, byte[] mem, ref long budget)
    {
        while (true)
        {
            switch ((Op)Unsafe.Add(ref c0, pc))
            {
                // ---- memory ----
                case Op.I32Load: case Op.F32Load: { ulong ea = Ea(ref fr, ref c0, pc, 2); if (ea + 4 > (ulong)mem.Length) return pc; S(ref fr, ref c0, pc, 1) = Unsafe.ReadUnaligned<uint>(ref At(mem, ea)); pc += 4; continue; }
                case Op.I64Load: case Op.F64Load: { ulong ea = Ea(ref fr, ref c0, pc, 2); if (ea + 8 > (ulong)mem.Length) return pc; S(ref fr, ref c0, pc, 1) = Unsafe.ReadUnaligned<ulong>(ref At(mem, ea)); pc += 4; continue; }
                case Op.I32Load8S: { ulong ea = Ea(ref fr, ref c0, pc, 2); if (ea + 1 > (ulong)mem.Length) return pc; S(ref fr, ref c0, pc, 1) = (uint)(int)(sbyte)At(mem, ea); pc += 4; continue; }
                case Op.I32LoadAdd: { ulong ea = EaAdd(ref fr, ref c0, pc); if (ea + 4 > (ulong)mem.Length) return pc; S(ref fr, ref c0, pc, 1) = Unsafe.ReadUnaligned<uint>(ref At(mem, ea)); pc += 5; continue; }
                case Op.I64LoadAdd: { ulong ea = EaAdd(ref fr, ref c0, pc); if (ea + 8 > (ulong)mem.Length) return pc; S(ref fr, ref c0, pc, 1) = Unsafe.ReadUnaligned<ulong>(ref At(mem, ea)); pc += 5; continue; }
                case Op.I32Load8UAdd: { ulong ea = EaAdd(ref fr, ref c0, pc); if (ea + 1 > (ulong)mem.Length) return pc; S(ref fr, ref c0, pc, 1) = At(mem, ea); pc += 5; continue; }
                case Op.I32Load8U: case Op.I64Load8U: { ulong ea = Ea(ref fr, ref c0, pc, 2); if (ea + 1 > (ulong)mem.Length) return pc; S(ref fr, ref c0, pc, 1) = At(mem, ea); pc += 4; continue; }
                case Op.I32Load16S: { ulong ea = Ea(ref fr, ref c0, pc, 2); if (ea + 2 > (ulong)mem.Length) return pc; S(ref fr, ref c0, pc, 1) = (uint)(int)Unsafe.ReadUnaligned<short>(ref At(mem, ea)); pc += 4; continue; }
                case Op.I32Load16U: case Op.I64Load16U: { ulong ea = Ea(ref fr, ref c0, pc, 2); if (ea + 2 > (ulong)mem.Length) return pc; S(ref fr, ref c0, pc, 1) = Unsafe.ReadUnaligned<ushort>(ref At(mem, ea)); pc += 4; continue; }
                case Op.I64Load8S: { ulong ea = Ea(ref fr, ref c0, pc, 2); if (ea + 1 > (ulong)mem.Length) return pc; S(ref fr, ref c0, pc, 1) = (ulong)(long)(sbyte)At(mem, ea); pc += 4; continue; }
                case Op.I64Load16S: { ulong ea = Ea(ref fr, ref c0, pc, 2); if (ea + 2 > (ulong)mem.Length) return pc; S(ref fr, ref c0, pc, 1) = (ulong)(long)Unsafe.ReadUnaligned<short>(ref At(mem, ea)); pc += 4; continue; }
                case Op.I64Load32S: { ulong ea = Ea(ref fr, ref c0, pc, 2); if (ea + 4 > (ulong)mem.Length) return pc; S(ref fr, ref c0, pc, 1) = (ulong)(long)Unsafe.ReadUnaligned<int>(ref At(mem, ea)); pc += 4; continue; }
                case Op.I64Load32U: { ulong ea = Ea(ref fr, ref c0, pc, 2); if (ea + 4 > (ulong)mem.Length) return pc; S(ref fr, ref c0, pc, 1) = Unsafe.ReadUnaligned<uint>(ref At(mem, ea)); pc += 4; continue; }
                case Op.I32Store: case Op.F32Store: case Op.I64Store32: { ulong ea = Ea(ref fr, ref c0, pc, 1); if (ea + 4 > (ulong)mem.Length) return pc; Unsafe.WriteUnaligned(ref At(mem, ea), (uint)S(ref fr, ref c0, pc, 2)); pc += 4; continue; }
                case Op.I64Store: case Op.F64Store: { ulong ea = Ea(ref fr, ref c0, pc, 1); if (ea + 8 > (ulong)mem.Length) return pc; Unsafe.WriteUnaligned(ref At(mem, ea), S(ref fr, ref c0, pc, 2)); pc += 4; continue; }
                case Op.I32Store8: case Op.I64Store8: { ulong ea = Ea(ref fr, ref c0, pc, 1); if (ea + 1 > (ulong)mem.Length) return pc; At(mem, ea) = (byte)S(ref fr, ref c0, pc, 2); pc += 4; continue; }
                case Op.I32Store16: case Op.I64Store16: { ulong ea = Ea(ref fr, ref c0, pc, 1); if (ea + 2 > (ulong)mem.Length) return pc; Unsafe.WriteUnaligned(ref At(mem, ea), (ushort)S(ref fr, ref c0, pc, 2)); pc += 4; continue; }
                case Op.MemorySize: S(ref fr, ref c0, pc, 1) = (uint)(mem.Length >> 16); pc += 2; continue;
                
                // ---- numeric ----
                case Op.I32Eqz: Un<I32Eqz>(ref fr, ref c0, pc); pc += 3; continue;
                case Op.I32Eq: Bin<I32Eq>(ref fr, ref c0, pc); pc += 4; continue;
                case Op.I32Ne: Bin<I32Ne>(ref fr, ref c0, pc); pc += 4; continue;
                case Op.I32LtS: Bin<I32LtS>(ref fr, ref c0, pc); pc += 4; continue;
                case Op.I32LtU: Bin<I32LtU>(ref fr, ref c0, pc); pc += 4; continue;
                case Op.I32GtS: Bin<I32GtS>(ref fr, ref c0, pc); pc += 4; continue;
                case Op.I32GtU: Bin<I32GtU>(ref fr, ref c0, pc); pc += 4; continue;
                case Op.I32LeS: Bin<I32LeS>(ref fr, ref c0, pc); pc += 4; continue;
                case Op.I32LeU: Bin<I32LeU>(ref fr, ref c0, pc); pc += 4; continue;
                case Op.I32GeS: Bin<I32GeS>(ref fr, ref c0, pc); pc += 4; continue;
                case Op.I32GeU: Bin<I32GeU>(ref fr, ref c0, pc); pc += 4; continue;
                case Op.I64Eqz: Un<I64Eqz>(ref fr, ref c0, pc); pc += 3; continue;
                case Op.I64Eq: Bin<I64Eq>(ref fr, ref c0, pc); pc += 4; continue;
                case Op.I64Ne: Bin<I64Ne>(ref fr, ref c0, pc); pc += 4; continue;
                case Op.I64LtS: Bin<I64LtS>(ref fr, ref c0, pc); pc += 4; continue;
                case Op.I64LtU: Bin<I64LtU>(ref fr, ref c0, pc); pc += 4; continue;
                case Op.I64GtS: Bin<I64GtS>(ref fr, ref c0, pc); pc += 4; continue;
                case Op.I64GtU: Bin<I64GtU>(ref fr, ref c0, pc); pc += 4; continue;
                case Op.I64LeS: Bin<I64LeS>(ref fr, ref c0, pc); pc += 4; continue;
                case Op.I64LeU: Bin<I64LeU>(ref fr, ref c0, pc); pc += 4; continue;
                case Op.I64GeS: Bin<I64GeS>(ref fr, ref c0, pc); pc += 4; continue;
                case Op.I64GeU: Bin<I64GeU>(ref fr, ref c0, pc); pc += 4; continue;
                case Op.F32Eq: Bin<F32Eq>(ref fr, ref c0, pc); pc += 4; continue;
                case Op.F32Ne: Bin<F32Ne>(ref fr, ref c0, pc); pc += 4; continue;
                case Op.F32Lt: Bin<F32Lt>(ref fr, ref c0, pc); pc += 4; continue;
                case Op.F32Gt: Bin<F32Gt>(ref fr, ref c0, pc); pc += 4; continue;
                case Op.F32Le: Bin<F32Le>(ref fr, ref c0, pc); pc += 4; continue;
                case Op.F32Ge: Bin<F32Ge>(ref fr, ref c0, pc); pc += 4; continue;
                case Op.F64Eq: Bin<F64Eq>(ref fr, ref c0, pc); pc += 4; continue;
                case Op.F64Ne: Bin<F64Ne>(ref fr, ref c0, pc); pc += 4; continue;
                case Op.F64Lt: Bin<F64Lt>(ref fr, ref c0, pc); pc += 4; continue;
                case Op.F64Gt: Bin<F64Gt>(ref fr, ref c0, pc); pc += 4; continue;
                case Op.F64Le: Bin<F64Le>(ref fr, ref c0, pc); pc += 4; continue;
                case Op.F64Ge: Bin<F64Ge>(ref fr, ref c0, pc); pc += 4; continue;
                case Op.I32Clz: Un<I32Clz>(ref fr, ref c0, pc); pc += 3; continue;
                case Op.I32Ctz: Un<I32Ctz>(ref fr, ref c0, pc); pc += 3; continue;
                case Op.I32Popcnt: Un<I32Popcnt>(ref fr, ref c0, pc); pc += 3; continue;
                case Op.I32Add: Bin<I32Add>(ref fr, ref c0, pc); pc += 4; continue;
                case Op.I32Sub: Bin<I32Sub>(ref fr, ref c0, pc); pc += 4; continue;
                case Op.I32Mul: Bin<I32Mul>(ref fr, ref c0, pc); pc += 4; continue;
                case Op.I32DivS:
                {
                    int b = (int)S(ref fr, ref c0, pc, 3), a = (int)S(ref fr, ref c0, pc, 2);
                    if (b == 0) return pc;
                    if (b == -1 && a == int.MinValue) return pc;
                    S(ref fr, ref c0, pc, 1) = (uint)(a / b); pc += 4; continue;
                }
                case Op.I32DivU:
                {
                    uint b = (uint)S(ref fr, ref c0, pc, 3);
                    if (b == 0) return pc;
                    S(ref fr, ref c0, pc, 1) = (uint)S(ref fr, ref c0, pc, 2) / b; pc += 4; continue;
                }
                case Op.I32RemS:
                {
                    int b = (int)S(ref fr, ref c0, pc, 3);
                    if (b == 0) return pc;
                    S(ref fr, ref c0, pc, 1) = b == -1 ? 0 : (uint)((int)S(ref fr, ref c0, pc, 2) % b); pc += 4; continue;
                }
                case Op.I32RemU:
                {
                    uint b = (uint)S(ref fr, ref c0, pc, 3);
                    if (b == 0) return pc;
                    S(ref fr, ref c0, pc, 1) = (uint)S(ref fr, ref c0, pc, 2) % b; pc += 4; continue;
                }
                case Op.I32And: Bin<I32And>(ref fr, ref c0, pc); pc += 4; continue;
                case Op.I32Or: Bin<I32Or>(ref fr, ref c0, pc); pc += 4; continue;
                case Op.I32Xor: Bin<I32Xor>(ref fr, ref c0, pc); pc += 4; continue;
                case Op.I32Shl: Bin<I32Shl>(ref fr, ref c0, pc); pc += 4; continue;
                case Op.I32ShrS: Bin<I32ShrS>(ref fr, ref c0, pc); pc += 4; continue;
                case Op.I32ShrU: Bin<I32ShrU>(ref fr, ref c0, pc); pc += 4; continue;
                case Op.I32Rotl: Bin<I32Rotl>(ref fr, ref c0, pc); pc += 4; continue;
                case Op.I32Rotr: Bin<I32Rotr>(ref fr, ref c0, pc); pc += 4; continue;
                case Op.I64Clz: Un<I64Clz>(ref fr, ref c0, pc); pc += 3; continue;
                case Op.I64Ctz: Un<I64Ctz>(ref fr, ref c0, pc); pc += 3; continue;
                case Op.I64Popcnt: Un<I64Popcnt>(ref fr, ref c0, pc); pc += 3; continue;
                case Op.I64Add: Bin<I64Add>(ref fr, ref c0, pc); pc += 4; continue;
                case Op.I64Sub: Bin<I64Sub>(ref fr, ref c0, pc); pc += 4; continue;
                case Op.I64Mul: Bin<I64Mul>(ref fr, ref c0, pc); pc += 4; continue;
                case Op.I64DivS:
                {
                    long b = (long)S(ref fr, ref c0, pc, 3), a = (long)S(ref fr, ref c0, pc, 2);
                    if (b == 0) return pc;
                    if (b == -1 && a == long.MinValue) return pc;
                    S(ref fr, ref c0, pc, 1) = (ulong)(a / b); pc += 4; continue;
                }
                case Op.I64DivU:
                {
                    ulong b = S(ref fr, ref c0, pc, 3);
                    if (b == 0) return pc;
                    S(ref fr, ref c0, pc, 1) = S(ref fr, ref c0, pc, 2) / b; pc += 4; continue;
                }
                case Op.I64RemS:
                {
                    long b = (long)S(ref fr, ref c0, pc, 3);
                    if (b == 0) return pc;
                    S(ref fr, ref c0, pc, 1) = b == -1 ? 0 : (ulong)((long)S(ref fr, ref c0, pc, 2) % b); pc += 4; continue;
                }
                case Op.I64RemU:
                {
                    ulong b = S(ref fr, ref c0, pc, 3);
                    if (b == 0) return pc;
                    S(ref fr, ref c0, pc, 1) = S(ref fr, ref c0, pc, 2) % b; pc += 4; continue;
                }
                case Op.I64And: Bin<I64And>(ref fr, ref c0, pc); pc += 4; continue;
                case Op.I64Or: Bin<I64Or>(ref fr, ref c0, pc); pc += 4; continue;
                case Op.I64Xor: Bin<I64Xor>(ref fr, ref c0, pc); pc += 4; continue;
                case Op.I64Shl: Bin<I64Shl>(ref fr, ref c0, pc); pc += 4; continue;
                case Op.I64ShrS: Bin<I64ShrS>(ref fr, ref c0, pc); pc += 4; continue;
                case Op.I64ShrU: Bin<I64ShrU>(ref fr, ref c0, pc); pc += 4; continue;
                case Op.I64Rotl: Bin<I64Rotl>(ref fr, ref c0, pc); pc += 4; continue;
                case Op.I64Rotr: Bin<I64Rotr>(ref fr, ref c0, pc); pc += 4; continue;
                case Op.F32Abs: Un<F32Abs>(ref fr, ref c0, pc); pc += 3; continue;
                case Op.F32Neg: Un<F32Neg>(ref fr, ref c0, pc); pc += 3; continue;
                case Op.F32Ceil: Un<F32Ceil>(ref fr, ref c0, pc); pc += 3; continue;
                case Op.F32Floor: Un<F32Floor>(ref fr, ref c0, pc); pc += 3; continue;
                case Op.F32Trunc: Un<F32Trunc>(ref fr, ref c0, pc); pc += 3; continue;
                case Op.F32Nearest: Un<F32Nearest>(ref fr, ref c0, pc); pc += 3; continue;
                case Op.F32Sqrt: Un<F32Sqrt>(ref fr, ref c0, pc); pc += 3; continue;
                case Op.F32Add: Bin<F32Add>(ref fr, ref c0, pc); pc += 4; continue;
                case Op.F32Sub: Bin<F32Sub>(ref fr, ref c0, pc); pc += 4; continue;
                case Op.F32Mul: Bin<F32Mul>(ref fr, ref c0, pc); pc += 4; continue;
                case Op.F32Div: Bin<F32Div>(ref fr, ref c0, pc); pc += 4; continue;
                case Op.F32Min: Bin<F32Min>(ref fr, ref c0, pc); pc += 4; continue;
                case Op.F32Max: Bin<F32Max>(ref fr, ref c0, pc); pc += 4; continue;
                case Op.F32Copysign: Bin<F32Copysign>(ref fr, ref c0, pc); pc += 4; continue;
                case Op.F64Abs: Un<F64Abs>(ref fr, ref c0, pc); pc += 3; continue;
                case Op.F64Neg: Un<F64Neg>(ref fr, ref c0, pc); pc += 3; continue;
                case Op.F64Ceil: Un<F64Ceil>(ref fr, ref c0, pc); pc += 3; continue;
                case Op.F64Floor: Un<F64Floor>(ref fr, ref c0, pc); pc += 3; continue;
                case Op.F64Trunc: Un<F64Trunc>(ref fr, ref c0, pc); pc += 3; continue;
                case Op.F64Nearest: Un<F64Nearest>(ref fr, ref c0, pc); pc += 3; continue;
                case Op.F64Sqrt: Un<F64Sqrt>(ref fr, ref c0, pc); pc += 3; continue;
                case Op.F64Add: Bin<F64Add>(ref fr, ref c0, pc); pc += 4; continue;
                case Op.F64Sub: Bin<F64Sub>(ref fr, ref c0, pc); pc += 4; continue;
                case Op.F64Mul: Bin<F64Mul>(ref fr, ref c0, pc); pc += 4; continue;
                case Op.F64Div: Bin<F64Div>(ref fr, ref c0, pc); pc += 4; continue;
                case Op.F64Min: Bin<F64Min>(ref fr, ref c0, pc); pc += 4; continue;
                case Op.F64Max: Bin<F64Max>(ref fr, ref c0, pc); pc += 4; continue;
                case Op.F64Copysign: Bin<F64Copysign>(ref fr, ref c0, pc); pc += 4; continue;
                case Op.I32WrapI64: Un<I32WrapI64>(ref fr, ref c0, pc); pc += 3; continue;
                case Op.I32TruncF32S: { if (Truncation.ToI32S(F32(S(ref fr, ref c0, pc, 2)), out ulong r) != 0) return pc; S(ref fr, ref c0, pc, 1) = r; pc += 3; continue; }
                case Op.I32TruncF32U: { if (Truncation.ToI32U(F32(S(ref fr, ref c0, pc, 2)), out ulong r) != 0) return pc; S(ref fr, ref c0, pc, 1) = r; pc += 3; continue; }
                case Op.I32TruncF64S: { if (Truncation.ToI32S(F64(S(ref fr, ref c0, pc, 2)), out ulong r) != 0) return pc; S(ref fr, ref c0, pc, 1) = r; pc += 3; continue; }
                case Op.I32TruncF64U: { if (Truncation.ToI32U(F64(S(ref fr, ref c0, pc, 2)), out ulong r) != 0) return pc; S(ref fr, ref c0, pc, 1) = r; pc += 3; continue; }
                case Op.I64ExtendI32S: Un<I64ExtendI32S>(ref fr, ref c0, pc); pc += 3; continue;
                case Op.I64ExtendI32U: Un<I64ExtendI32U>(ref fr, ref c0, pc); pc += 3; continue;
                case Op.I64TruncF32S: { if (Truncation.ToI64S(F32(S(ref fr, ref c0, pc, 2)), out ulong r) != 0) return pc; S(ref fr, ref c0, pc, 1) = r; pc += 3; continue; }
                case Op.I64TruncF32U: { if (Truncation.ToI64U(F32(S(ref fr, ref c0, pc, 2)), out ulong r) != 0) return pc; S(ref fr, ref c0, pc, 1) = r; pc += 3; continue; }
                case Op.I64TruncF64S: { if (Truncation.ToI64S(F64(S(ref fr, ref c0, pc, 2)), out ulong r) != 0) return pc; S(ref fr, ref c0, pc, 1) = r; pc += 3; continue; }
                case Op.I64TruncF64U: { if (Truncation.ToI64U(F64(S(ref fr, ref c0, pc, 2)), out ulong r) != 0) return pc; S(ref fr, ref c0, pc, 1) = r; pc += 3; continue; }
                case Op.F32ConvertI32S: Un<F32ConvertI32S>(ref fr, ref c0, pc); pc += 3; continue;
                case Op.F32ConvertI32U: Un<F32ConvertI32U>(ref fr, ref c0, pc); pc += 3; continue;
                case Op.F32ConvertI64S: Un<F32ConvertI64S>(ref fr, ref c0, pc); pc += 3; continue;
                case Op.F32ConvertI64U: Un<F32ConvertI64U>(ref fr, ref c0, pc); pc += 3; continue;
                case Op.F32DemoteF64: Un<F32DemoteF64>(ref fr, ref c0, pc); pc += 3; continue;
                case Op.F64ConvertI32S: Un<F64ConvertI32S>(ref fr, ref c0, pc); pc += 3; continue;
                case Op.F64ConvertI32U: Un<F64ConvertI32U>(ref fr, ref c0, pc); pc += 3; continue;
                case Op.F64ConvertI64S: Un<F64ConvertI64S>(ref fr, ref c0, pc); pc += 3; continue;
                case Op.F64ConvertI64U: Un<F64ConvertI64U>(ref fr, ref c0, pc); pc += 3; continue;
                case Op.F64PromoteF32: Un<F64PromoteF32>(ref fr, ref c0, pc); pc += 3; continue;
                case Op.I32ReinterpretF32: case Op.I64ReinterpretF64: case Op.F32ReinterpretI32: case Op.F64ReinterpretI64:
                case Op.Copy: S(ref fr, ref c0, pc, 1) = S(ref fr, ref c0, pc, 2); pc += 3; continue;
                case Op.I32Extend8S: Un<I32Extend8S>(ref fr, ref c0, pc); pc += 3; continue;
                case Op.I32Extend16S: Un<I32Extend16S>(ref fr, ref c0, pc); pc += 3; continue;
                case Op.I64Extend8S: Un<I64Extend8S>(ref fr, ref c0, pc); pc += 3; continue;
                case Op.I64Extend16S: Un<I64Extend16S>(ref fr, ref c0, pc); pc += 3; continue;
                case Op.I64Extend32S: Un<I64Extend32S>(ref fr, ref c0, pc); pc += 3; continue;
                case Op.I32TruncSatF32S: S(ref fr, ref c0, pc, 1) = Truncation.SatI32S(F32(S(ref fr, ref c0, pc, 2))); pc += 3; continue;
                case Op.I32TruncSatF32U: S(ref fr, ref c0, pc, 1) = Truncation.SatI32U(F32(S(ref fr, ref c0, pc, 2))); pc += 3; continue;
                case Op.I32TruncSatF64S: S(ref fr, ref c0, pc, 1) = Truncation.SatI32S(F64(S(ref fr, ref c0, pc, 2))); pc += 3; continue;
                case Op.I32TruncSatF64U: S(ref fr, ref c0, pc, 1) = Truncation.SatI32U(F64(S(ref fr, ref c0, pc, 2))); pc += 3; continue;
                case Op.I64TruncSatF32S: S(ref fr, ref c0, pc, 1) = Truncation.SatI64S(F32(S(ref fr, ref c0, pc, 2))); pc += 3; continue;
                case Op.I64TruncSatF32U: S(ref fr, ref c0, pc, 1) = Truncation.SatI64U(F32(S(ref fr, ref c0, pc, 2))); pc += 3; continue;
                case Op.I64TruncSatF64S: S(ref fr, ref c0, pc, 1) = Truncation.SatI64S(F64(S(ref fr, ref c0, pc, 2))); pc += 3; continue;
                case Op.I64TruncSatF64U: S(ref fr, ref c0, pc, 1) = Truncation.SatI64U(F64(S(ref fr, ref c0, pc, 2))); pc += 3; continue;

                // ---- control ----
                
                case Op.Br: { int t = A(ref c0, pc, 1); if (t <= pc && --budget < 0) return t; pc = t; continue; }
                case Op.BrIfNez: if ((uint)S(ref fr, ref c0, pc, 1) != 0) { int t = A(ref c0, pc, 2); if (t <= pc && --budget < 0) return t; pc = t; } else pc += 3; continue;
                case Op.BrIfEqz: if ((uint)S(ref fr, ref c0, pc, 1) == 0) { int t = A(ref c0, pc, 2); if (t <= pc && --budget < 0) return t; pc = t; } else pc += 3; continue;
                case Op.BrIfI32Eq: if ((uint)S(ref fr, ref c0, pc, 1) == (uint)S(ref fr, ref c0, pc, 2)) { int t = A(ref c0, pc, 3); if (t <= pc && --budget < 0) return t; pc = t; } else pc += 4; continue;
                case Op.BrIfI32Ne: if ((uint)S(ref fr, ref c0, pc, 1) != (uint)S(ref fr, ref c0, pc, 2)) { int t = A(ref c0, pc, 3); if (t <= pc && --budget < 0) return t; pc = t; } else pc += 4; continue;
                case Op.BrIfI32LtS: if ((int)S(ref fr, ref c0, pc, 1) < (int)S(ref fr, ref c0, pc, 2)) { int t = A(ref c0, pc, 3); if (t <= pc && --budget < 0) return t; pc = t; } else pc += 4; continue;
                case Op.BrIfI32LtU: if ((uint)S(ref fr, ref c0, pc, 1) < (uint)S(ref fr, ref c0, pc, 2)) { int t = A(ref c0, pc, 3); if (t <= pc && --budget < 0) return t; pc = t; } else pc += 4; continue;
                case Op.BrIfI32GtS: if ((int)S(ref fr, ref c0, pc, 1) > (int)S(ref fr, ref c0, pc, 2)) { int t = A(ref c0, pc, 3); if (t <= pc && --budget < 0) return t; pc = t; } else pc += 4; continue;
                case Op.BrIfI32GtU: if ((uint)S(ref fr, ref c0, pc, 1) > (uint)S(ref fr, ref c0, pc, 2)) { int t = A(ref c0, pc, 3); if (t <= pc && --budget < 0) return t; pc = t; } else pc += 4; continue;
                case Op.BrIfI32LeS: if ((int)S(ref fr, ref c0, pc, 1) <= (int)S(ref fr, ref c0, pc, 2)) { int t = A(ref c0, pc, 3); if (t <= pc && --budget < 0) return t; pc = t; } else pc += 4; continue;
                case Op.BrIfI32LeU: if ((uint)S(ref fr, ref c0, pc, 1) <= (uint)S(ref fr, ref c0, pc, 2)) { int t = A(ref c0, pc, 3); if (t <= pc && --budget < 0) return t; pc = t; } else pc += 4; continue;
                case Op.BrIfI32GeS: if ((int)S(ref fr, ref c0, pc, 1) >= (int)S(ref fr, ref c0, pc, 2)) { int t = A(ref c0, pc, 3); if (t <= pc && --budget < 0) return t; pc = t; } else pc += 4; continue;
                case Op.BrIfI32GeU: if ((uint)S(ref fr, ref c0, pc, 1) >= (uint)S(ref fr, ref c0, pc, 2)) { int t = A(ref c0, pc, 3); if (t <= pc && --budget < 0) return t; pc = t; } else pc += 4; continue;
                case Op.BrIfI64Eq: if (S(ref fr, ref c0, pc, 1) == S(ref fr, ref c0, pc, 2)) { int t = A(ref c0, pc, 3); if (t <= pc && --budget < 0) return t; pc = t; } else pc += 4; continue;
                case Op.BrIfI64Ne: if (S(ref fr, ref c0, pc, 1) != S(ref fr, ref c0, pc, 2)) { int t = A(ref c0, pc, 3); if (t <= pc && --budget < 0) return t; pc = t; } else pc += 4; continue;
                case Op.BrIfI64LtS: if ((long)S(ref fr, ref c0, pc, 1) < (long)S(ref fr, ref c0, pc, 2)) { int t = A(ref c0, pc, 3); if (t <= pc && --budget < 0) return t; pc = t; } else pc += 4; continue;
                case Op.BrIfI64LtU: if (S(ref fr, ref c0, pc, 1) < S(ref fr, ref c0, pc, 2)) { int t = A(ref c0, pc, 3); if (t <= pc && --budget < 0) return t; pc = t; } else pc += 4; continue;
                case Op.BrIfI64GtS: if ((long)S(ref fr, ref c0, pc, 1) > (long)S(ref fr, ref c0, pc, 2)) { int t = A(ref c0, pc, 3); if (t <= pc && --budget < 0) return t; pc = t; } else pc += 4; continue;
                case Op.BrIfI64GtU: if (S(ref fr, ref c0, pc, 1) > S(ref fr, ref c0, pc, 2)) { int t = A(ref c0, pc, 3); if (t <= pc && --budget < 0) return t; pc = t; } else pc += 4; continue;
                case Op.BrIfI64LeS: if ((long)S(ref fr, ref c0, pc, 1) <= (long)S(ref fr, ref c0, pc, 2)) { int t = A(ref c0, pc, 3); if (t <= pc && --budget < 0) return t; pc = t; } else pc += 4; continue;
                case Op.BrIfI64LeU: if (S(ref fr, ref c0, pc, 1) <= S(ref fr, ref c0, pc, 2)) { int t = A(ref c0, pc, 3); if (t <= pc && --budget < 0) return t; pc = t; } else pc += 4; continue;
                case Op.BrIfI64GeS: if ((long)S(ref fr, ref c0, pc, 1) >= (long)S(ref fr, ref c0, pc, 2)) { int t = A(ref c0, pc, 3); if (t <= pc && --budget < 0) return t; pc = t; } else pc += 4; continue;
                case Op.BrIfI64GeU: if (S(ref fr, ref c0, pc, 1) >= S(ref fr, ref c0, pc, 2)) { int t = A(ref c0, pc, 3); if (t <= pc && --budget < 0) return t; pc = t; } else pc += 4; continue;
                case Op.BrIfI64Eqz: if (S(ref fr, ref c0, pc, 1) == 0) { int t = A(ref c0, pc, 2); if (t <= pc && --budget < 0) return t; pc = t; } else pc += 3; continue;
                case Op.BrIfI64Nez: if (S(ref fr, ref c0, pc, 1) != 0) { int t = A(ref c0, pc, 2); if (t <= pc && --budget < 0) return t; pc = t; } else pc += 3; continue;
                case Op.BrTable:
                {
                    uint i = (uint)S(ref fr, ref c0, pc, 1), n = (uint)A(ref c0, pc, 2);
                    int t = A(ref c0, pc, 3 + (int)(i < n ? i : n));
                    if (t <= pc && --budget < 0) return t;
                    pc = t;
                    continue;
                }
                case Op.Select: S(ref fr, ref c0, pc, 1) = (uint)S(ref fr, ref c0, pc, 4) != 0 ? S(ref fr, ref c0, pc, 2) : S(ref fr, ref c0, pc, 3); pc += 5; continue;
                default:
                    return pc;
            }
        }
    }
}
