using System;
using System.Diagnostics;
using System.Threading;
using WitSharp.Engine.Tests.Embedding;

namespace WitSharp.Engine.Tests.Compilation;

/// <summary>
/// What compiled code checks without calling out: the work-budget refill at loop back-edges (inlined, see
/// <c>CilRuntime.Refill</c>), the tiering sample it stands for, and the stack floor that compiled-to-compiled calls
/// compare against (kept per thread of execution, <c>ExecutionStack.StackFloor</c>).
/// </summary>
public sealed class CompiledPollTests
{
    private const string Module = """
        (module
          (func (export "spin_f64") (param $x f64) (result f64)
            (local $acc f64)
            (loop $l
              (local.set $acc (f64.add (local.get $acc) (f64.mul (local.get $x) (local.get $x))))
              (br $l))
            (local.get $acc))
          (func $work (param $n i32) (result i32)
            (local $acc i32)
            (loop $l
              (local.set $acc (i32.add (local.get $acc) (local.get $n)))
              (br_if $l (local.tee $n (i32.sub (local.get $n) (i32.const 1)))))
            (local.get $acc))
          (func (export "outer") (param $rounds i32) (result i32)
            (local $acc i32)
            (loop $l
              (local.set $acc (i32.add (local.get $acc) (call $work (i32.const 40000))))
              (br_if $l (local.tee $rounds (i32.sub (local.get $rounds) (i32.const 1)))))
            (local.get $acc))
          (func $recurse (export "recurse") (param i32) (result i32)
            (if (result i32) (i32.eqz (local.get 0))
              (then (i32.const 0))
              (else (i32.add (i32.const 1) (call $recurse (i32.sub (local.get 0) (i32.const 1))))))))
        """;

    public static TheoryData<CompilationMode> Compiling => new() { CompilationMode.Tiered, CompilationMode.Compiled };

    [SkippableTheory]
    [MemberData(nameof(Compiling))]
    public void An_endless_float_loop_in_compiled_code_stops_when_interrupted(CompilationMode mode)
    {
        WasmInstance instance = Wat.Instantiate(Module, Tiers.Options(mode));
        using var cancel = new CancellationTokenSource();
        instance.Store.InterruptToken = cancel.Token;
        var clock = Stopwatch.StartNew();
        cancel.CancelAfter(50);
        var trap = Assert.Throws<WasmTrapException>(() => instance.GetFunction<double, double>("spin_f64").Invoke(1.5));
        Assert.Equal(TrapKind.Interrupted, trap.Kind);
        Assert.InRange(clock.Elapsed.TotalSeconds, 0, 2);
        // The trap unwound the loop's own frame and no other.
        Assert.Single(trap.WasmStackTrace);
    }

    [SkippableTheory]
    [MemberData(nameof(Compiling))]
    public void An_endless_float_loop_in_compiled_code_runs_out_of_fuel_exactly(CompilationMode mode)
    {
        WasmInstance instance = Wat.Instantiate(Module, Tiers.Options(mode, fuel: true));
        // More than one poll interval (16,384 units), so the loop refills from the reserve before it runs dry.
        instance.Store.Fuel = 100_000;
        var trap = Assert.Throws<WasmTrapException>(() => instance.GetFunction<double, double>("spin_f64").Invoke(1.5));
        Assert.Equal(TrapKind.OutOfFuel, trap.Kind);
        Assert.Equal(0, instance.Store.Fuel);
    }

    [SkippableFact]
    public void An_interpreted_loop_whose_work_runs_compiled_is_sampled_through_its_callee_and_compiled()
    {
        var engine = new WasmEngine(Tiers.Options(CompilationMode.Tiered));
        WasmModule module = Wat.Load(engine, Module);
        WasmInstance instance = new WasmLinker(engine).Instantiate(new WasmStore(engine), module);
        // $work (index 1) compiled up front; "outer" (index 2) spends almost all of its time in it, so only the refills
        // in compiled code (handed to it when $work returns) can make it hot.
        module.Cil!.Compile(new[] { 1 });
        Assert.Null(module.GetCompiled(2).Native);
        var outer = instance.GetFunction<int, int>("outer");
        int expected = unchecked(3 * (40000 * 40001 / 2));
        for (int call = 0; call < 3; call++) Assert.Equal(expected, outer.Invoke(3));
        Assert.NotNull(module.GetCompiled(2).Native);
        Assert.Equal(expected, outer.Invoke(3));
    }

    [SkippableTheory]
    [MemberData(nameof(Compiling))]
    public void A_store_used_on_a_thread_with_a_small_stack_after_a_large_one_still_traps_deep_recursion(CompilationMode mode)
    {
        var options = new WasmEngineOptions { Compilation = mode, MaxCallDepth = 10_000_000 };
        WasmInstance instance = Wat.Instantiate(Module, options);
        var recurse = instance.GetFunction<int, int>("recurse");
        // Deep recursions on a thread with a large stack (tiering compiles recurse meanwhile) leave that thread's low
        // stack floor known.
        int deep = 0;
        RunOnThread(64 << 20, () =>
        {
            for (int call = 0; call < 3; call++) deep = recurse.Invoke(100_000);
        });
        Assert.Equal(100_000, deep);
        // The same store on a thread with a small stack: its own floor applies, so recursion ends in a trap.
        WasmTrapException? trap = null;
        RunOnThread(512 << 10, () => trap = Assert.Throws<WasmTrapException>(() => recurse.Invoke(5_000_000)));
        Assert.Equal(TrapKind.CallStackExhausted, trap!.Kind);
        Assert.Equal(1000, recurse.Invoke(1000));
    }

    private static void RunOnThread(int stackBytes, Action action)
    {
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try { action(); }
            catch (Exception e) { failure = e; }
        }, stackBytes);
        thread.Start();
        thread.Join();
        if (failure != null) throw new InvalidOperationException("the thread failed", failure);
    }
}
