using System;
using System.Collections.Generic;
using WitSharp.Engine.Tests.Embedding;

namespace WitSharp.Engine.Tests.Compilation;

/// <summary>
/// .NET's JIT simplifies the CIL the compiled tier emits in ways that are right for C# and wrong for WebAssembly; the
/// differential fuzzer found four, worked around in the compiler. Each is pinned here by the smallest module that shows
/// it, in every tier: a narrow load reinterpreted twice became a wider load, signalling NaN constants were quieted, and
/// <c>x - 0.0</c>, <c>x * 1.0</c>, <c>x / -1.0</c> and <c>demote(promote(x))</c> became <c>x</c> or <c>-x</c>, which
/// leaves a signalling NaN signalling where WebAssembly produces a quiet (arithmetic) one.
/// </summary>
public sealed class JitFoldingTests
{
    private const string Text = """
        (module
          (memory 1)
          (data (i32.const 65532) "\01\80\ab\cd")
          (func (export "reinterpret_load16_s") (param $at i32) (result i32)
            (i32.reinterpret_f32 (f32.reinterpret_i32 (i32.load16_s (local.get $at)))))
          (func (export "reinterpret_load8_u") (param $at i32) (result i64)
            (i64.reinterpret_f64 (f64.reinterpret_i64 (i64.load8_u (local.get $at)))))
          (func (export "snan32") (result i32) (i32.reinterpret_f32 (f32.const nan:0x200000)))
          (func (export "snan64") (result i64) (i64.reinterpret_f64 (f64.const nan:0x4000000000000)))
          (func (export "sub_zero32") (param i32) (result i32)
            (i32.reinterpret_f32 (f32.sub (f32.reinterpret_i32 (local.get 0)) (f32.const 0))))
          (func (export "mul_one32") (param i32) (result i32)
            (i32.reinterpret_f32 (f32.mul (f32.reinterpret_i32 (local.get 0)) (f32.const 1))))
          (func (export "div_minus_one64") (param i64) (result i64)
            (i64.reinterpret_f64 (f64.div (f64.reinterpret_i64 (local.get 0)) (f64.const -1))))
          (func (export "demote_promote") (param i32) (result i32)
            (i32.reinterpret_f32 (f32.demote_f64 (f64.promote_f32 (f32.reinterpret_i32 (local.get 0)))))))
        """;

    private const int SignallingNaN32 = 0x7fa00000, QuietBit32 = 0x00400000;
    private const long SignallingNaN64 = 0x7ff4000000000000, QuietBit64 = 0x0008000000000000;

    [SkippableTheory]
    [MemberData(nameof(Tiers.All), MemberType = typeof(Tiers))]
    public void A_narrow_load_reinterpreted_twice_reads_only_its_own_bytes(CompilationMode mode)
    {
        WasmInstance instance = Wat.Instantiate(Text, Tiers.Options(mode));
        var load16 = instance.GetFunction<int, int>("reinterpret_load16_s");
        // The bytes after the two loaded ones are ab cd: a 4-byte load would give 0xCDAB8001.
        Assert.Equal(unchecked((int)0xFFFF8001), load16.Invoke(65532));
        // The last two bytes of memory: a wider load would read past the bound the access was checked against.
        Assert.Equal(unchecked((int)0xFFFFCDAB), load16.Invoke(65534));
        // i64.load8_u of the byte 0x80 is 0x80, zero-extended, whatever follows it.
        Assert.Equal(0x80L, instance.GetFunction<int, long>("reinterpret_load8_u").Invoke(65533));
        Assert.Equal(TrapKind.MemoryOutOfBounds, Assert.Throws<WasmTrapException>(() => load16.Invoke(65535)).Kind);
    }

    [SkippableTheory]
    [MemberData(nameof(Tiers.All), MemberType = typeof(Tiers))]
    public void Signalling_NaN_constants_keep_their_bits(CompilationMode mode)
    {
        WasmInstance instance = Wat.Instantiate(Text, Tiers.Options(mode));
        Assert.Equal(SignallingNaN32, instance.GetFunction<int>("snan32").Invoke());
        Assert.Equal(SignallingNaN64, instance.GetFunction<long>("snan64").Invoke());
    }

    [SkippableTheory]
    [MemberData(nameof(Tiers.All), MemberType = typeof(Tiers))]
    public void Identity_arithmetic_on_a_signalling_NaN_gives_a_quiet_NaN(CompilationMode mode)
    {
        WasmInstance instance = Wat.Instantiate(Text, Tiers.Options(mode));
        var signalling = new List<string>();
        foreach (string name in new[] { "sub_zero32", "mul_one32", "demote_promote" })
        {
            int bits = instance.GetFunction<int, int>(name).Invoke(SignallingNaN32);
            if (!float.IsNaN(BitConverter.Int32BitsToSingle(bits)) || (bits & QuietBit32) == 0) signalling.Add($"{name}: 0x{bits:x8}");
            // An ordinary number goes through unchanged.
            Assert.Equal(BitConverter.SingleToInt32Bits(2.5f), instance.GetFunction<int, int>(name).Invoke(BitConverter.SingleToInt32Bits(2.5f)));
        }
        long wide = instance.GetFunction<long, long>("div_minus_one64").Invoke(SignallingNaN64);
        if (!double.IsNaN(BitConverter.Int64BitsToDouble(wide)) || (wide & QuietBit64) == 0) signalling.Add($"div_minus_one64: 0x{wide:x16}");
        Assert.True(signalling.Count == 0, "not a quiet NaN: " + string.Join(", ", signalling));
        Assert.Equal(BitConverter.DoubleToInt64Bits(-2.5), instance.GetFunction<long, long>("div_minus_one64").Invoke(BitConverter.DoubleToInt64Bits(2.5)));
    }
}
