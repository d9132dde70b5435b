using System;
using WitSharp.Engine;
using WitSharp.Engine.Components.Engines;
using WitSharp.WitParser.Abi;

namespace WitSharp.Wasmtime.Tests;

/// <summary>Calls through the seam: flat slots in and out, the same on both engines.</summary>
public class CoreCallTests
{
    private const string Numbers = """
        (module
          (func (export "add") (param i32 i32) (result i32) local.get 0 local.get 1 i32.add)
          (func (export "neg64") (param i64) (result i64) i64.const 0 local.get 0 i64.sub)
          (func (export "halve") (param f32 f64) (result f32 f64) local.get 0 f32.const 0.5 f32.mul local.get 1 f64.const 0.5 f64.mul)
          (func (export "many") (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)
            local.get 0 local.get 39 i32.add))
        """;

    [Theory]
    [MemberData(nameof(CoreEngines.Names), MemberType = typeof(CoreEngines))]
    public void Slots_carry_each_value_type(string engineName)
    {
        CoreEngine engine = CoreEngines.Create(engineName);
        using CoreStore store = engine.CreateStore();
        CoreInstance instance = store.Instantiate(CoreEngines.Compile(engine, Numbers), []);
        Span<ulong> results = stackalloc ulong[2];

        // The upper half of an i32 argument is ignored, and of an i32 result zero.
        CoreEngines.Function(instance, "add").Invoke([0xFFFF_FFFF_0000_0002UL, uint.MaxValue], results[..1]);
        Assert.Equal(1UL, results[0]);

        CoreEngines.Function(instance, "neg64").Invoke([5], results[..1]);
        Assert.Equal(unchecked((ulong)-5L), results[0]);

        CoreEngines.Function(instance, "halve").Invoke([BitConverter.SingleToUInt32Bits(3f), BitConverter.DoubleToUInt64Bits(-7d)], results);
        Assert.Equal(BitConverter.SingleToUInt32Bits(1.5f), results[0]);
        Assert.Equal(BitConverter.DoubleToUInt64Bits(-3.5d), results[1]);

        var many = new ulong[40];
        many[0] = 30;
        many[39] = 12;
        CoreEngines.Function(instance, "many").Invoke(many, results[..1]);
        Assert.Equal(42UL, results[0]);
    }

    [Theory]
    [MemberData(nameof(CoreEngines.Names), MemberType = typeof(CoreEngines))]
    public void HasType_matches_exactly(string engineName)
    {
        CoreEngine engine = CoreEngines.Create(engineName);
        using CoreStore store = engine.CreateStore();
        CoreFunction add = CoreEngines.Function(store.Instantiate(CoreEngines.Compile(engine, Numbers), []), "add");
        Assert.True(add.HasType([CoreValueType.I32, CoreValueType.I32], [CoreValueType.I32]));
        Assert.False(add.HasType([CoreValueType.I32, CoreValueType.I64], [CoreValueType.I32]));
        Assert.False(add.HasType([CoreValueType.I32, CoreValueType.I32], []));
    }

    [Theory]
    [MemberData(nameof(CoreEngines.Names), MemberType = typeof(CoreEngines))]
    public void Host_functions_take_and_return_slots(string engineName)
    {
        CoreEngine engine = CoreEngines.Create(engineName);
        using CoreStore store = engine.CreateStore();
        CoreModule module = CoreEngines.Compile(engine, """
            (module (import "host" "mix" (func $mix (param i32 i64 f64) (result i64)))
              (func (export "run") (param i32) (result i64) local.get 0 i64.const 10 f64.const 0.25 call $mix))
            """);
        ulong seenDouble = 0;
        CoreFunction mix = store.CreateHostFunction([CoreValueType.I32, CoreValueType.I64, CoreValueType.F64], [CoreValueType.I64], (args, results) =>
        {
            seenDouble = args[2];
            results[0] = args[0] * 100 + args[1];
        });
        Span<ulong> result = stackalloc ulong[1];
        CoreEngines.Function(store.Instantiate(module, [mix]), "run").Invoke([7], result);
        Assert.Equal(710UL, result[0]);
        Assert.Equal(BitConverter.DoubleToUInt64Bits(0.25), seenDouble);
    }

    [Theory]
    [MemberData(nameof(CoreEngines.Names), MemberType = typeof(CoreEngines))]
    public void Memory_span_follows_growth(string engineName)
    {
        CoreEngine engine = CoreEngines.Create(engineName);
        using CoreStore store = engine.CreateStore();
        CoreInstance instance = store.Instantiate(CoreEngines.Compile(engine, """
            (module (memory (export "memory") 1)
              (func (export "grow") (param i32) (result i32) local.get 0 memory.grow)
              (func (export "load") (param i32) (result i32) local.get 0 i32.load8_u))
            """), []);
        var memory = (CoreMemory)instance.GetExport("memory", CoreExternKind.Memory)!;
        Assert.Equal(65536, memory.Span.Length);
        Span<ulong> result = stackalloc ulong[1];
        CoreEngines.Function(instance, "grow").Invoke([2], result);
        Assert.Equal(1UL, result[0]);
        Assert.Equal(3 * 65536, memory.Span.Length);
        memory.Span[3 * 65536 - 1] = 0xAB;
        CoreEngines.Function(instance, "load").Invoke([3 * 65536 - 1], result);
        Assert.Equal(0xABUL, result[0]);
    }
}
