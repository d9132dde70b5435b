using System;
using static WitSharp.Engine.Execution.FloatBits;

namespace WitSharp.Engine.Execution;

// f32/f64 instructions; abs/neg/copysign are bit operations so NaN payloads survive.
internal struct F32Eq : IBinaryOp { public static ulong Apply(ulong a, ulong b) => F32(a) == F32(b) ? 1UL : 0UL; }
internal struct F32Ne : IBinaryOp { public static ulong Apply(ulong a, ulong b) => F32(a) != F32(b) ? 1UL : 0UL; }
internal struct F32Lt : IBinaryOp { public static ulong Apply(ulong a, ulong b) => F32(a) < F32(b) ? 1UL : 0UL; }
internal struct F32Gt : IBinaryOp { public static ulong Apply(ulong a, ulong b) => F32(a) > F32(b) ? 1UL : 0UL; }
internal struct F32Le : IBinaryOp { public static ulong Apply(ulong a, ulong b) => F32(a) <= F32(b) ? 1UL : 0UL; }
internal struct F32Ge : IBinaryOp { public static ulong Apply(ulong a, ulong b) => F32(a) >= F32(b) ? 1UL : 0UL; }
internal struct F64Eq : IBinaryOp { public static ulong Apply(ulong a, ulong b) => F64(a) == F64(b) ? 1UL : 0UL; }
internal struct F64Ne : IBinaryOp { public static ulong Apply(ulong a, ulong b) => F64(a) != F64(b) ? 1UL : 0UL; }
internal struct F64Lt : IBinaryOp { public static ulong Apply(ulong a, ulong b) => F64(a) < F64(b) ? 1UL : 0UL; }
internal struct F64Gt : IBinaryOp { public static ulong Apply(ulong a, ulong b) => F64(a) > F64(b) ? 1UL : 0UL; }
internal struct F64Le : IBinaryOp { public static ulong Apply(ulong a, ulong b) => F64(a) <= F64(b) ? 1UL : 0UL; }
internal struct F64Ge : IBinaryOp { public static ulong Apply(ulong a, ulong b) => F64(a) >= F64(b) ? 1UL : 0UL; }

internal struct F32Abs : IUnaryOp { public static ulong Apply(ulong a) => a & 0x7FFF_FFFFUL; }
internal struct F32Neg : IUnaryOp { public static ulong Apply(ulong a) => (a ^ 0x8000_0000UL) & 0xFFFF_FFFFUL; }
internal struct F32Ceil : IUnaryOp { public static ulong Apply(ulong a) => Bits(MathF.Ceiling(F32(a))); }
internal struct F32Floor : IUnaryOp { public static ulong Apply(ulong a) => Bits(MathF.Floor(F32(a))); }
internal struct F32Trunc : IUnaryOp { public static ulong Apply(ulong a) => Bits(MathF.Truncate(F32(a))); }
internal struct F32Nearest : IUnaryOp { public static ulong Apply(ulong a) => Bits(MathF.Round(F32(a), MidpointRounding.ToEven)); }
internal struct F32Sqrt : IUnaryOp { public static ulong Apply(ulong a) => Bits(MathF.Sqrt(F32(a))); }
internal struct F32Add : IBinaryOp { public static ulong Apply(ulong a, ulong b) => Bits(F32(a) + F32(b)); }
internal struct F32Sub : IBinaryOp { public static ulong Apply(ulong a, ulong b) => Bits(F32(a) - F32(b)); }
internal struct F32Mul : IBinaryOp { public static ulong Apply(ulong a, ulong b) => Bits(F32(a) * F32(b)); }
internal struct F32Div : IBinaryOp { public static ulong Apply(ulong a, ulong b) => Bits(F32(a) / F32(b)); }
internal struct F32Min : IBinaryOp { public static ulong Apply(ulong a, ulong b) => MinF32(a, b); }
internal struct F32Max : IBinaryOp { public static ulong Apply(ulong a, ulong b) => MaxF32(a, b); }
internal struct F32Copysign : IBinaryOp { public static ulong Apply(ulong a, ulong b) => (a & 0x7FFF_FFFFUL) | (b & 0x8000_0000UL); }

internal struct F64Abs : IUnaryOp { public static ulong Apply(ulong a) => a & 0x7FFF_FFFF_FFFF_FFFFUL; }
internal struct F64Neg : IUnaryOp { public static ulong Apply(ulong a) => a ^ 0x8000_0000_0000_0000UL; }
internal struct F64Ceil : IUnaryOp { public static ulong Apply(ulong a) => Bits(Math.Ceiling(F64(a))); }
internal struct F64Floor : IUnaryOp { public static ulong Apply(ulong a) => Bits(Math.Floor(F64(a))); }
internal struct F64Trunc : IUnaryOp { public static ulong Apply(ulong a) => Bits(Math.Truncate(F64(a))); }
internal struct F64Nearest : IUnaryOp { public static ulong Apply(ulong a) => Bits(Math.Round(F64(a), MidpointRounding.ToEven)); }
internal struct F64Sqrt : IUnaryOp { public static ulong Apply(ulong a) => Bits(Math.Sqrt(F64(a))); }
internal struct F64Add : IBinaryOp { public static ulong Apply(ulong a, ulong b) => Bits(F64(a) + F64(b)); }
internal struct F64Sub : IBinaryOp { public static ulong Apply(ulong a, ulong b) => Bits(F64(a) - F64(b)); }
internal struct F64Mul : IBinaryOp { public static ulong Apply(ulong a, ulong b) => Bits(F64(a) * F64(b)); }
internal struct F64Div : IBinaryOp { public static ulong Apply(ulong a, ulong b) => Bits(F64(a) / F64(b)); }
internal struct F64Min : IBinaryOp { public static ulong Apply(ulong a, ulong b) => MinF64(a, b); }
internal struct F64Max : IBinaryOp { public static ulong Apply(ulong a, ulong b) => MaxF64(a, b); }
internal struct F64Copysign : IBinaryOp { public static ulong Apply(ulong a, ulong b) => (a & 0x7FFF_FFFF_FFFF_FFFFUL) | (b & 0x8000_0000_0000_0000UL); }

internal struct F32ConvertI32S : IUnaryOp { public static ulong Apply(ulong a) => Bits((float)(int)a); }
internal struct F32ConvertI32U : IUnaryOp { public static ulong Apply(ulong a) => Bits((float)(long)(uint)a); }
internal struct F32ConvertI64S : IUnaryOp { public static ulong Apply(ulong a) => Bits((float)(long)a); }
internal struct F32ConvertI64U : IUnaryOp { public static ulong Apply(ulong a) => Bits(U64ToF32(a)); }
internal struct F32DemoteF64 : IUnaryOp { public static ulong Apply(ulong a) => Bits((float)F64(a)); }
internal struct F64ConvertI32S : IUnaryOp { public static ulong Apply(ulong a) => Bits((double)(int)a); }
internal struct F64ConvertI32U : IUnaryOp { public static ulong Apply(ulong a) => Bits((double)(uint)a); }
internal struct F64ConvertI64S : IUnaryOp { public static ulong Apply(ulong a) => Bits((double)(long)a); }
internal struct F64ConvertI64U : IUnaryOp { public static ulong Apply(ulong a) => Bits(U64ToF64(a)); }
internal struct F64PromoteF32 : IUnaryOp { public static ulong Apply(ulong a) => Bits((double)F32(a)); }
