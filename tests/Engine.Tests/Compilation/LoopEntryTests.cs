using System.Linq;
using WitSharp.Engine.Tests.Embedding;

namespace WitSharp.Engine.Tests.Compilation;

/// <summary>
/// On-stack replacement: with tiering on, an interpreted call whose loop gets hot finishes in CIL, entered at the
/// loop header with the interpreted frame's values, and gives exactly the interpreter's results, traps and fuel.
/// </summary>
public sealed class LoopEntryTests
{
    // One call of "run" loops n times over values of every type, memory and a global, then returns two results.
    private const string Text = """
        (module
          (memory 1)
          (global $count (export "count") (mut i32) (i32.const 0))
          (func $run (export "run") (param $n i32) (result i64 f64)
            (local $i i32) (local $h i64) (local $x f64) (local $y f32)
            (local.set $h (i64.const 0xcbf29ce484222325))
            (local.set $y (f32.const 0.5))
            (block $done
              (loop $next
                (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
                (i32.store8 (i32.and (local.get $i) (i32.const 1023)) (local.get $i))
                (local.set $h (i64.mul
                  (i64.xor (local.get $h) (i64.load8_u (i32.and (i32.mul (local.get $i) (i32.const 7)) (i32.const 1023))))
                  (i64.const 0x100000001b3)))
                (local.set $y (f32.add (local.get $y) (f32.const 0.25)))
                (local.set $x (f64.add (f64.mul (local.get $x) (f64.const 0.5)) (f64.promote_f32 (local.get $y))))
                (global.set $count (i32.add (global.get $count) (i32.const 1)))
                (local.set $i (i32.add (local.get $i) (i32.const 1)))
                (br $next)))
            (local.get $h) (local.get $x))
          (func $run_then_divide (export "run_then_divide") (param $n i32) (param $d i32) (result i32)
            (call $run (local.get $n)) (drop) (drop)
            (i32.div_u (global.get $count) (local.get $d))))
        """;

    [SkippableFact]
    public void A_hot_loop_in_a_function_called_once_moves_to_CIL_and_agrees_with_the_interpreter()
    {
        WasmValue[] expected = Run(CompilationMode.Interpreter, out _);
        WasmValue[] tiered = Run(CompilationMode.Tiered, out WasmModule module);
        Assert.Equal(1, module.Cil!.LoopEntryCount);
        Assert.Equal(expected, tiered);
    }

    [SkippableFact]
    public void A_trap_after_the_loop_entry_names_the_frames_and_the_instance_stays_usable()
    {
        var engine = new WasmEngine(Tiers.Options(CompilationMode.Tiered));
        WasmModule module = Wat.Load(engine, Text);
        WasmInstance instance = new WasmLinker(engine).Instantiate(new WasmStore(engine), module);
        var runThenDivide = instance.GetFunction<int, int, int>("run_then_divide");
        var trap = Assert.Throws<WasmTrapException>(() => runThenDivide.Invoke(300_000, 0));
        Assert.Equal(TrapKind.IntegerDivideByZero, trap.Kind);
        Assert.Equal(1, module.Cil!.LoopEntryCount);
        Assert.Equal(new[] { "run_then_divide" }, trap.WasmStackTrace.Select(f => f.FunctionName));
        Assert.Equal(300_000 + 10, runThenDivide.Invoke(10, 1));
    }

    [SkippableFact]
    public void Fuel_runs_out_at_the_same_unit_when_the_loop_moves_to_CIL()
    {
        foreach (long fuel in new long[] { 40_000, 300_007, 1_000_000 })
        {
            Assert.Equal(RunWithFuel(CompilationMode.Interpreter, fuel), RunWithFuel(CompilationMode.Tiered, fuel));
        }
    }

    private static WasmValue[] Run(CompilationMode mode, out WasmModule module)
    {
        var engine = new WasmEngine(Tiers.Options(mode));
        module = Wat.Load(engine, Text);
        WasmInstance instance = new WasmLinker(engine).Instantiate(new WasmStore(engine), module);
        WasmValue[] results = instance.GetFunction("run")!.Invoke(WasmValue.I32(300_000));
        return [.. results, instance.GetGlobal("count")!.Value];
    }

    private static string RunWithFuel(CompilationMode mode, long fuel)
    {
        var engine = new WasmEngine(Tiers.Options(mode, fuel: true));
        WasmModule module = Wat.Load(engine, Text);
        var store = new WasmStore(engine);
        WasmInstance instance = new WasmLinker(engine).Instantiate(store, module);
        store.Fuel = fuel;
        try
        {
            WasmValue[] results = instance.GetFunction("run")!.Invoke(WasmValue.I32(200_000));
            return $"{string.Join(",", results)} fuel left {store.Fuel}";
        }
        catch (WasmTrapException trap)
        {
            return $"{trap.Kind} at count {instance.GetGlobal("count")!.Value}";
        }
    }
}
