using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using WitSharp.Engine.Compilation;
using WitSharp.Engine.Execution;
using WitSharp.Engine.Tests.Embedding;

namespace WitSharp.Engine.Tests.Compilation;

/// <summary>The CIL tier: what it compiles, and that fuel, limits, memory growth and mixed frames behave as in the interpreter.</summary>
public sealed class CilTierTests
{
    private const string Loops = """
        (module $loops
          (memory 1 4)
          (global $g (export "g") (mut i32) (i32.const 0))
          (func $step (param i32) (result i32)
            (global.set $g (i32.add (global.get $g) (i32.const 1)))
            (i32.add (local.get 0) (i32.const 3)))
          (func (export "sum") (param $n i32) (result i64)
            (local $i i32) (local $acc i64)
            (block $done
              (loop $next
                (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
                (local.set $acc (i64.add (local.get $acc) (i64.extend_i32_u (call $step (local.get $i)))))
                (local.set $i (i32.add (local.get $i) (i32.const 1)))
                (br $next)))
            (local.get $acc))
          (func (export "grow_and_store") (param i32) (result i32)
            (drop (memory.grow (i32.const 1)))
            (i32.store (i32.const 100000) (local.get 0))
            (i32.load (i32.const 100000)))
          (func (export "pages") (result i32) (memory.size))
          (func $pair (export "pair") (param i32 i32) (result i32 i32) (local.get 1) (local.get 0))
          (func (export "swap_sum") (param i32 i32) (result i32)
            (call $pair (local.get 0) (local.get 1))
            (i32.sub)))
        """;

    [SkippableTheory]
    [MemberData(nameof(Tiers.All), MemberType = typeof(Tiers))]
    public void Loops_calls_globals_and_multi_value_agree_with_the_interpreter(CompilationMode mode)
    {
        WasmInstance instance = Wat.Instantiate(Loops, Tiers.Options(mode));
        var sum = instance.GetFunction<int, long>("sum");
        // Enough work for tiering to compile sum and step (each budget refill is 16,384 units).
        for (int round = 0; round < 5; round++) Assert.Equal(SumOfSteps(20_000), sum.Invoke(20_000));
        Assert.Equal(100_000, instance.GetGlobal("g")!.Value.AsI32());
        Assert.Equal(1, instance.GetFunction<int, int, int>("swap_sum").Invoke(2, 3));
        Assert.Equal(-1, instance.GetFunction<int, int, int>("swap_sum").Invoke(3, 2));
    }

    [SkippableFact]
    public void Compiled_mode_compiles_every_function_before_it_runs()
    {
        var engine = new WasmEngine(Tiers.Options(CompilationMode.Compiled));
        WasmModule module = Wat.Load(engine, Loops);
        Assert.Equal(module.Definition.Functions.Length, module.Cil!.CompiledCount);
        for (int i = 0; i < module.Definition.Functions.Length; i++) Assert.NotNull(module.GetCompiled(i).Native);
    }

    [SkippableFact]
    public void Tiering_compiles_the_hot_functions_only()
    {
        var engine = new WasmEngine(Tiers.Options(CompilationMode.Tiered));
        WasmModule module = Wat.Load(engine, Loops);
        WasmInstance instance = new WasmLinker(engine).Instantiate(new WasmStore(engine), module);
        Assert.Equal(0, module.Cil!.CompiledCount);
        instance.GetFunction<int, int>("grow_and_store").Invoke(5);
        Assert.Equal(0, module.Cil.CompiledCount);
        var sum = instance.GetFunction<int, long>("sum");
        for (int round = 0; round < 4; round++) sum.Invoke(20_000);
        Assert.NotNull(module.GetCompiled(0).Native);
        Assert.NotNull(module.GetCompiled(1).Native);
        Assert.Null(module.GetCompiled(2).Native);
        Assert.Equal(SumOfSteps(20_000), sum.Invoke(20_000));
    }

    [SkippableTheory]
    [MemberData(nameof(Tiers.All), MemberType = typeof(Tiers))]
    public void Memory_grown_in_a_call_is_visible_to_later_accesses(CompilationMode mode)
    {
        WasmInstance instance = Wat.Instantiate(Loops, Tiers.Options(mode));
        Assert.Equal(1, instance.GetFunction<int>("pages").Invoke());
        Assert.Equal(42, instance.GetFunction<int, int>("grow_and_store").Invoke(42));
        Assert.Equal(2, instance.GetFunction<int>("pages").Invoke());
        Assert.Equal(1, instance.GetFunction<int, int>("grow_and_store").Invoke(1));
        Assert.Equal(3, instance.GetFunction<int>("pages").Invoke());
        // The limit is 4 pages: the third grow fails (-1) and the store still lands in the grown memory.
        Assert.Equal(7, instance.GetFunction<int, int>("grow_and_store").Invoke(7));
        Assert.Equal(4, instance.GetFunction<int>("pages").Invoke());
        Assert.Equal(8, instance.GetFunction<int, int>("grow_and_store").Invoke(8));
        Assert.Equal(4, instance.GetFunction<int>("pages").Invoke());
    }

    [SkippableFact]
    public void Fuel_runs_out_at_the_same_unit_in_every_tier()
    {
        // For each fuel amount, the outcome (trap, or the fuel left) is the interpreter's exactly.
        foreach (long fuel in new long[] { 1, 2, 3, 10, 99, 1_000, 20_001, 40_002, 40_003, 60_000, 100_000 })
        {
            string expected = RunWithFuel(CompilationMode.Interpreter, fuel);
            Assert.Equal(expected, RunWithFuel(CompilationMode.Compiled, fuel));
            Assert.Equal(expected, RunWithFuel(CompilationMode.Tiered, fuel));
        }
    }

    [SkippableFact]
    public void Interpreted_and_compiled_frames_call_each_other()
    {
        // Only "sum" is compiled: it calls the interpreted "step"; a host function re-enters the compiled code.
        var engine = new WasmEngine(Tiers.Options(CompilationMode.Tiered));
        WasmModule module = Wat.Load(engine, """
            (module
              (import "host" "twice" (func $twice (param i32) (result i32)))
              (func $step (param i32) (result i32) (call $twice (local.get 0)))
              (func $sum (export "sum") (param $n i32) (result i32)
                (local $acc i32)
                (block $done
                  (loop $next
                    (br_if $done (i32.eqz (local.get $n)))
                    (local.set $acc (i32.add (local.get $acc) (call $step (local.get $n))))
                    (local.set $n (i32.sub (local.get $n) (i32.const 1)))
                    (br $next)))
                (local.get $acc))
              (func (export "half") (param i32) (result i32) (i32.shr_u (local.get 0) (i32.const 1))))
            """);
        WasmInstance? instance = null;
        var linker = new WasmLinker(engine).DefineFunction<int, int>("host", "twice",
            x => x > 1000 ? instance!.GetFunction<int, int>("sum").Invoke(3) : 2 * x);
        instance = linker.Instantiate(new WasmStore(engine), module);
        module.Cil!.Compile(new[] { 2 });
        Assert.NotNull(module.GetCompiled(2).Native);
        Assert.Null(module.GetCompiled(1).Native);
        var sum = instance.GetFunction<int, int>("sum");
        Assert.Equal(2 * (1 + 2 + 3 + 4), sum.Invoke(4));
        // 1001 goes through the host into a nested compiled sum(3) = 12.
        Assert.Equal(12 + 2 * 1000 * 1001 / 2, sum.Invoke(1001));
    }

    [SkippableFact]
    public void A_trap_names_interpreted_and_compiled_frames_alike()
    {
        // outer (interpreted) -> middle (compiled) -> inner (interpreted) traps, and the other way round.
        const string Text = """
            (module $mixed
              (func $inner (export "inner") (param i32) (result i32) (i32.div_u (i32.const 1) (local.get 0)))
              (func $middle (export "middle") (param i32) (result i32) (call $inner (local.get 0)))
              (func $outer (export "outer") (param i32) (result i32) (call $middle (local.get 0))))
            """;
        foreach (int[] compiled in new[] { new[] { 1 }, new[] { 0, 2 }, Array.Empty<int>(), new[] { 0, 1, 2 } })
        {
            var engine = new WasmEngine(Tiers.Options(CompilationMode.Tiered));
            WasmModule module = Wat.Load(engine, Text);
            WasmInstance instance = new WasmLinker(engine).Instantiate(new WasmStore(engine), module);
            foreach (int index in compiled) module.Cil!.Compile(new[] { index });
            var trap = Assert.Throws<WasmTrapException>(() => instance.GetFunction<int, int>("outer").Invoke(0));
            Assert.Equal(TrapKind.IntegerDivideByZero, trap.Kind);
            Assert.True(trap.WasmStackTrace.Select(f => f.FunctionName).SequenceEqual(new[] { "inner", "middle", "outer" }), $"compiled [{string.Join(",", compiled)}]: {trap}");
            Assert.Equal(1, instance.GetFunction<int, int>("outer").Invoke(1));
        }
    }

    [SkippableFact]
    public void Compiled_code_is_collected_with_its_module()
    {
        WeakReference code = CompileAndDrop();
        for (int i = 0; i < 10 && code.IsAlive; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }
        Assert.False(code.IsAlive, "the compiled code of a dropped module is still reachable");
    }

    [Fact]
    public void Without_dynamic_code_nothing_is_compiled()
    {
        Assert.False(CilModule.Enabled(CompilationMode.Compiled, dynamicCodeSupported: false));
        Assert.False(CilModule.Enabled(CompilationMode.Tiered, dynamicCodeSupported: false));
        Assert.False(CilModule.Enabled(CompilationMode.Interpreter, dynamicCodeSupported: true));
        Assert.True(CilModule.Enabled(CompilationMode.Tiered, dynamicCodeSupported: true));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference CompileAndDrop()
    {
        var engine = new WasmEngine(Tiers.Options(CompilationMode.Compiled));
        WasmModule module = Wat.Load(engine, Loops);
        WasmInstance instance = new WasmLinker(engine).Instantiate(new WasmStore(engine), module);
        Assert.Equal(SumOfSteps(100), instance.GetFunction<int, long>("sum").Invoke(100));
        NativeFunctionCode native = module.GetCompiled(1).Native!;
        return new WeakReference(native);
    }

    private static string RunWithFuel(CompilationMode mode, long fuel)
    {
        WasmInstance instance = Wat.Instantiate(Loops, Tiers.Options(mode, fuel: true));
        var results = new List<string>();
        instance.Store.Fuel = fuel;
        for (int round = 0; round < 4; round++)
        {
            try
            {
                results.Add(instance.GetFunction<int, long>("sum").Invoke(10_000) + " left " + instance.Store.Fuel);
            }
            catch (WasmTrapException trap)
            {
                results.Add(trap.Kind + " left " + instance.Store.Fuel);
            }
        }
        return string.Join("; ", results);
    }

    private static long SumOfSteps(int n)
    {
        long total = 0;
        for (int i = 0; i < n; i++) total += (uint)(i + 3);
        return total;
    }
}
