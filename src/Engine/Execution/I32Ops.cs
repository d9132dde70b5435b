using System.Numerics;

namespace WitSharp.Engine.Execution;

// i32 instructions on slot bits: only the low 32 bits of a slot are meaningful for i32.
internal struct I32Eqz : IUnaryOp { public static ulong Apply(ulong a) => (uint)a == 0 ? 1UL : 0UL; }
internal struct I32Eq : IBinaryOp { public static ulong Apply(ulong a, ulong b) => (uint)a == (uint)b ? 1UL : 0UL; }
internal struct I32Ne : IBinaryOp { public static ulong Apply(ulong a, ulong b) => (uint)a != (uint)b ? 1UL : 0UL; }
internal struct I32LtS : IBinaryOp { public static ulong Apply(ulong a, ulong b) => (int)a < (int)b ? 1UL : 0UL; }
internal struct I32LtU : IBinaryOp { public static ulong Apply(ulong a, ulong b) => (uint)a < (uint)b ? 1UL : 0UL; }
internal struct I32GtS : IBinaryOp { public static ulong Apply(ulong a, ulong b) => (int)a > (int)b ? 1UL : 0UL; }
internal struct I32GtU : IBinaryOp { public static ulong Apply(ulong a, ulong b) => (uint)a > (uint)b ? 1UL : 0UL; }
internal struct I32LeS : IBinaryOp { public static ulong Apply(ulong a, ulong b) => (int)a <= (int)b ? 1UL : 0UL; }
internal struct I32LeU : IBinaryOp { public static ulong Apply(ulong a, ulong b) => (uint)a <= (uint)b ? 1UL : 0UL; }
internal struct I32GeS : IBinaryOp { public static ulong Apply(ulong a, ulong b) => (int)a >= (int)b ? 1UL : 0UL; }
internal struct I32GeU : IBinaryOp { public static ulong Apply(ulong a, ulong b) => (uint)a >= (uint)b ? 1UL : 0UL; }
internal struct I32Clz : IUnaryOp { public static ulong Apply(ulong a) => (ulong)BitOperations.LeadingZeroCount((uint)a); }
internal struct I32Ctz : IUnaryOp { public static ulong Apply(ulong a) => (ulong)BitOperations.TrailingZeroCount((uint)a); }
internal struct I32Popcnt : IUnaryOp { public static ulong Apply(ulong a) => (ulong)BitOperations.PopCount((uint)a); }
internal struct I32Add : IBinaryOp { public static ulong Apply(ulong a, ulong b) => (uint)a + (uint)b; }
internal struct I32Sub : IBinaryOp { public static ulong Apply(ulong a, ulong b) => (uint)a - (uint)b; }
internal struct I32Mul : IBinaryOp { public static ulong Apply(ulong a, ulong b) => (uint)a * (uint)b; }
internal struct I32And : IBinaryOp { public static ulong Apply(ulong a, ulong b) => (uint)a & (uint)b; }
internal struct I32Or : IBinaryOp { public static ulong Apply(ulong a, ulong b) => (uint)a | (uint)b; }
internal struct I32Xor : IBinaryOp { public static ulong Apply(ulong a, ulong b) => (uint)a ^ (uint)b; }
internal struct I32Shl : IBinaryOp { public static ulong Apply(ulong a, ulong b) => (uint)a << ((int)b & 31); }
internal struct I32ShrS : IBinaryOp { public static ulong Apply(ulong a, ulong b) => (uint)((int)a >> ((int)b & 31)); }
internal struct I32ShrU : IBinaryOp { public static ulong Apply(ulong a, ulong b) => (uint)a >> ((int)b & 31); }
internal struct I32Rotl : IBinaryOp { public static ulong Apply(ulong a, ulong b) => BitOperations.RotateLeft((uint)a, (int)b & 31); }
internal struct I32Rotr : IBinaryOp { public static ulong Apply(ulong a, ulong b) => BitOperations.RotateRight((uint)a, (int)b & 31); }
internal struct I32WrapI64 : IUnaryOp { public static ulong Apply(ulong a) => (uint)a; }
internal struct I32Extend8S : IUnaryOp { public static ulong Apply(ulong a) => (uint)(int)(sbyte)a; }
internal struct I32Extend16S : IUnaryOp { public static ulong Apply(ulong a) => (uint)(int)(short)a; }
