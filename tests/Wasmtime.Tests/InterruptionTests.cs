using System;
using System.Threading;
using WitSharp.Engine;
using WitSharp.Engine.Components.Engines;

namespace WitSharp.Wasmtime.Tests;

/// <summary>
/// Which native engine a Wasmtime store runs on: code with epoch checks only for a store that has a cancelable
/// interrupt token before it first instantiates (or with <see cref="WasmtimeEngineOptions.InterruptibleAfterInstantiation"/>),
/// code without them for every other store, and a token set too late is refused rather than silently ignored.
/// </summary>
public class InterruptionTests
{
    private const string Spin = """(module (func (export "spin") (loop br 0)) (func (export "one") (result i32) i32.const 1))""";

    [Fact]
    public void A_store_with_a_token_before_instantiating_checks_epochs_and_is_interrupted()
    {
        using var engine = new WasmtimeEngine();
        CoreModule module = CoreEngines.Compile(engine, Spin);
        using var store = (WasmtimeStore)engine.CreateStore();
        using var cancel = new CancellationTokenSource();
        store.InterruptToken = cancel.Token;
        CoreFunction spin = CoreEngines.Function(store.Instantiate(module, []), "spin");
        Assert.True(store.IsInterruptible);

        cancel.CancelAfter(TimeSpan.FromMilliseconds(20));
        var trap = Assert.Throws<WasmTrapException>(() => spin.Invoke([], []));
        Assert.Equal(TrapKind.Interrupted, trap.Kind);
    }

    [Fact]
    public void A_store_without_a_token_runs_code_without_checks_and_refuses_a_token_set_later()
    {
        using var engine = new WasmtimeEngine();
        CoreModule module = CoreEngines.Compile(engine, Spin);
        using var store = (WasmtimeStore)engine.CreateStore();
        Assert.False(store.IsInterruptible);
        CoreFunction one = CoreEngines.Function(store.Instantiate(module, []), "one");
        Assert.False(store.IsInterruptible);

        using var cancel = new CancellationTokenSource();
        var refused = Assert.Throws<InvalidOperationException>(() => store.InterruptToken = cancel.Token);
        Assert.Contains("InterruptibleAfterInstantiation", refused.Message);
        Assert.False(store.InterruptToken.CanBeCanceled);
        // A token that cannot be cancelled asks for nothing and is taken; the store still runs.
        store.InterruptToken = CancellationToken.None;
        Span<ulong> result = stackalloc ulong[1];
        one.Invoke([], result);
        Assert.Equal(1UL, result[0]);
    }

    [Fact]
    public void Stores_of_one_engine_choose_apart_and_share_its_modules()
    {
        using var engine = new WasmtimeEngine();
        CoreModule module = CoreEngines.Compile(engine, Spin);
        using var plain = (WasmtimeStore)engine.CreateStore();
        using var checkedStore = (WasmtimeStore)engine.CreateStore();
        using var cancel = new CancellationTokenSource();
        checkedStore.InterruptToken = cancel.Token;
        CoreFunction plainOne = CoreEngines.Function(plain.Instantiate(module, []), "one");
        CoreFunction checkedSpin = CoreEngines.Function(checkedStore.Instantiate(module, []), "spin");

        Assert.False(plain.IsInterruptible);
        Assert.True(checkedStore.IsInterruptible);
        Assert.Throws<InvalidOperationException>(() => plain.InterruptToken = cancel.Token);
        cancel.Cancel();
        Assert.Equal(TrapKind.Interrupted, Assert.Throws<WasmTrapException>(() => checkedSpin.Invoke([], [])).Kind);
        // The cancellation bumped the epoch of the engine with checks; the plain store runs on, unaffected.
        Span<ulong> result = stackalloc ulong[1];
        plainOne.Invoke([], result);
        Assert.Equal(1UL, result[0]);
    }

    [Fact]
    public void With_InterruptibleAfterInstantiation_a_token_set_after_instantiating_interrupts()
    {
        using var engine = new WasmtimeEngine(new WasmtimeEngineOptions { InterruptibleAfterInstantiation = true });
        using var store = (WasmtimeStore)engine.CreateStore();
        CoreFunction spin = CoreEngines.Function(store.Instantiate(CoreEngines.Compile(engine, Spin), []), "spin");
        Assert.True(store.IsInterruptible);

        using var cancel = new CancellationTokenSource();
        store.InterruptToken = cancel.Token;
        cancel.CancelAfter(TimeSpan.FromMilliseconds(20));
        Assert.Equal(TrapKind.Interrupted, Assert.Throws<WasmTrapException>(() => spin.Invoke([], [])).Kind);
    }

    [Fact]
    public void Fuel_and_a_memory_limit_set_before_the_token_leave_the_choice_to_the_token()
    {
        using var engine = new WasmtimeEngine(new WasmtimeEngineOptions { ConsumeFuel = true });
        using var store = (WasmtimeStore)engine.CreateStore();
        store.Fuel = 1_000;
        store.MaxMemoryPages = 4;
        using var cancel = new CancellationTokenSource();
        store.InterruptToken = cancel.Token;
        Assert.Equal(1_000, store.Fuel);
        CoreFunction spin = CoreEngines.Function(store.Instantiate(CoreEngines.Compile(engine, Spin), []), "spin");

        Assert.True(store.IsInterruptible);
        // The fuel set before the native store existed is the fuel it runs on.
        Assert.Equal(TrapKind.OutOfFuel, Assert.Throws<WasmTrapException>(() => spin.Invoke([], [])).Kind);
    }
}
