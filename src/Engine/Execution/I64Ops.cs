using System.Numerics;

namespace WitSharp.Engine.Execution;

// i64 instructions on slot bits.
internal struct I64Eqz : IUnaryOp { public static ulong Apply(ulong a) => a == 0 ? 1UL : 0UL; }
internal struct I64Eq : IBinaryOp { public static ulong Apply(ulong a, ulong b) => a == b ? 1UL : 0UL; }
internal struct I64Ne : IBinaryOp { public static ulong Apply(ulong a, ulong b) => a != b ? 1UL : 0UL; }
internal struct I64LtS : IBinaryOp { public static ulong Apply(ulong a, ulong b) => (long)a < (long)b ? 1UL : 0UL; }
internal struct I64LtU : IBinaryOp { public static ulong Apply(ulong a, ulong b) => a < b ? 1UL : 0UL; }
internal struct I64GtS : IBinaryOp { public static ulong Apply(ulong a, ulong b) => (long)a > (long)b ? 1UL : 0UL; }
internal struct I64GtU : IBinaryOp { public static ulong Apply(ulong a, ulong b) => a > b ? 1UL : 0UL; }
internal struct I64LeS : IBinaryOp { public static ulong Apply(ulong a, ulong b) => (long)a <= (long)b ? 1UL : 0UL; }
internal struct I64LeU : IBinaryOp { public static ulong Apply(ulong a, ulong b) => a <= b ? 1UL : 0UL; }
internal struct I64GeS : IBinaryOp { public static ulong Apply(ulong a, ulong b) => (long)a >= (long)b ? 1UL : 0UL; }
internal struct I64GeU : IBinaryOp { public static ulong Apply(ulong a, ulong b) => a >= b ? 1UL : 0UL; }
internal struct I64Clz : IUnaryOp { public static ulong Apply(ulong a) => (ulong)BitOperations.LeadingZeroCount(a); }
internal struct I64Ctz : IUnaryOp { public static ulong Apply(ulong a) => (ulong)BitOperations.TrailingZeroCount(a); }
internal struct I64Popcnt : IUnaryOp { public static ulong Apply(ulong a) => (ulong)BitOperations.PopCount(a); }
internal struct I64Add : IBinaryOp { public static ulong Apply(ulong a, ulong b) => a + b; }
internal struct I64Sub : IBinaryOp { public static ulong Apply(ulong a, ulong b) => a - b; }
internal struct I64Mul : IBinaryOp { public static ulong Apply(ulong a, ulong b) => a * b; }
internal struct I64And : IBinaryOp { public static ulong Apply(ulong a, ulong b) => a & b; }
internal struct I64Or : IBinaryOp { public static ulong Apply(ulong a, ulong b) => a | b; }
internal struct I64Xor : IBinaryOp { public static ulong Apply(ulong a, ulong b) => a ^ b; }
internal struct I64Shl : IBinaryOp { public static ulong Apply(ulong a, ulong b) => a << ((int)b & 63); }
internal struct I64ShrS : IBinaryOp { public static ulong Apply(ulong a, ulong b) => (ulong)((long)a >> ((int)b & 63)); }
internal struct I64ShrU : IBinaryOp { public static ulong Apply(ulong a, ulong b) => a >> ((int)b & 63); }
internal struct I64Rotl : IBinaryOp { public static ulong Apply(ulong a, ulong b) => BitOperations.RotateLeft(a, (int)b & 63); }
internal struct I64Rotr : IBinaryOp { public static ulong Apply(ulong a, ulong b) => BitOperations.RotateRight(a, (int)b & 63); }
internal struct I64ExtendI32S : IUnaryOp { public static ulong Apply(ulong a) => (ulong)(long)(int)a; }
internal struct I64ExtendI32U : IUnaryOp { public static ulong Apply(ulong a) => (uint)a; }
internal struct I64Extend8S : IUnaryOp { public static ulong Apply(ulong a) => (ulong)(long)(sbyte)a; }
internal struct I64Extend16S : IUnaryOp { public static ulong Apply(ulong a) => (ulong)(long)(short)a; }
internal struct I64Extend32S : IUnaryOp { public static ulong Apply(ulong a) => (ulong)(long)(int)a; }
