using System;
using System.Threading;
using WitSharp.Engine.Components.Engines;
using WitSharp.Runtime;
using WitSharp.Testing;

namespace WitSharp.Engine.Components.Tests;

/// <summary>
/// Traps, host failures and store limits come out of every engine as the same exception types with the same
/// information (issue #13): Components/limits.wat runs into each of them.
/// </summary>
public sealed class LimitsAndTrapsTests
{
    private static (ComponentLinker Linker, Component Component) Load(CoreEngine core, Func<uint, Exception> failure)
    {
        Component component = Component.FromBytes(core, HandWrittenComponents.Require("limits"));
        var linker = new ComponentLinker(core);
        linker.Root.DefineFunction("fail", args => throw failure((uint)args[0].Bits));
        return (linker, component);
    }

    private static ComponentInstance Instantiate(string engine, CoreStore? store = null)
    {
        (ComponentLinker linker, Component component) = Load(store?.Engine ?? TestEngines.Create(engine), code => new InvalidOperationException("failure " + code));
        return store is null ? linker.Instantiate(component) : linker.Instantiate(store, component);
    }

    [SkippableTheory, EachEngine]
    public void UnreachableTrapsWithItsKindAndPoisonsTheInstance(string engine)
    {
        using ComponentInstance instance = Instantiate(engine);
        var trap = Assert.Throws<WasmTrapException>(() => instance.GetFunction("unreachable")!.Invoke());
        Assert.Equal(TrapKind.Unreachable, trap.Kind);
        Assert.Equal(WasmTrapException.Describe(TrapKind.Unreachable), trap.Message);
        Assert.True(instance.HasTrapped);
        var later = Assert.Throws<CanonicalAbiTrapException>(() => instance.GetFunction("divide")!.Invoke(WitValue.Unsigned(1), WitValue.Unsigned(1)));
        Assert.Contains("can no longer be entered", later.Message);
    }

    [SkippableTheory, EachEngine]
    public void DivisionByZeroTrapsWithItsKind(string engine)
    {
        using ComponentInstance instance = Instantiate(engine);
        ComponentFunction divide = instance.GetFunction("divide")!;
        Assert.Equal(3UL, divide.Invoke(WitValue.Unsigned(7), WitValue.Unsigned(2))!.Bits);
        var trap = Assert.Throws<WasmTrapException>(() => divide.Invoke(WitValue.Unsigned(7), WitValue.Unsigned(0)));
        Assert.Equal(TrapKind.IntegerDivideByZero, trap.Kind);
    }

    [SkippableTheory, EachEngine]
    public void AHostFailureIsAHostErrorTrapCarryingTheHostsException(string engine)
    {
        using ComponentInstance instance = Instantiate(engine);
        var trap = Assert.Throws<WasmTrapException>(() => instance.GetFunction("call-fail")!.Invoke(WitValue.Unsigned(7)));
        Assert.Equal(TrapKind.HostError, trap.Kind);
        Assert.Equal("failure 7", Assert.IsType<InvalidOperationException>(trap.InnerException).Message);
    }

    [SkippableTheory, EachEngine]
    public void AnAbiTrapRaisedByTheHostComesOutAsItself(string engine)
    {
        (ComponentLinker linker, Component component) = Load(TestEngines.Create(engine), code => new CanonicalAbiTrapException("refused " + code));
        using ComponentInstance instance = linker.Instantiate(component);
        var trap = Assert.Throws<CanonicalAbiTrapException>(() => instance.GetFunction("call-fail")!.Invoke(WitValue.Unsigned(3)));
        Assert.Equal("refused 3", trap.Message);
        Assert.True(instance.HasTrapped);
    }

    [SkippableTheory, EachEngine]
    public void RunningOutOfFuelTraps(string engine)
    {
        using CoreStore store = TestEngines.Create(engine, consumeFuel: true).CreateStore();
        using ComponentInstance instance = Instantiate(engine, store);
        Assert.True(store.ConsumesFuel);
        store.Fuel = 100_000;
        var trap = Assert.Throws<WasmTrapException>(() => instance.GetFunction("spin")!.Invoke());
        Assert.Equal(TrapKind.OutOfFuel, trap.Kind);
        Assert.Equal(0, store.Fuel);
    }

    [SkippableTheory, EachEngine]
    public void FuelIsRefusedWhenTheEngineDoesNotCountIt(string engine)
    {
        using ComponentInstance instance = Instantiate(engine);
        Assert.False(instance.Store.ConsumesFuel);
        Assert.Throws<InvalidOperationException>(() => instance.Store.Fuel = 10);
    }

    [SkippableTheory, EachEngine]
    public void ACancelledInterruptTokenStopsAnEndlessLoop(string engine)
    {
        using var cancel = new CancellationTokenSource();
        // The token is set before instantiating: Wasmtime's stores compile epoch checks in only then (a token set later
        // is refused there, see WasmtimeInterruptionTests; the managed engine takes it at any time).
        using CoreStore store = TestEngines.Create(engine).CreateStore();
        store.InterruptToken = cancel.Token;
        using ComponentInstance instance = Instantiate(engine, store);
        cancel.CancelAfter(TimeSpan.FromMilliseconds(50));
        var trap = Assert.Throws<WasmTrapException>(() => instance.GetFunction("spin")!.Invoke());
        Assert.Equal(TrapKind.Interrupted, trap.Kind);
    }

    [SkippableFact]
    public void TheManagedEngineTakesAnInterruptTokenAfterInstantiating()
    {
        using var cancel = new CancellationTokenSource();
        using ComponentInstance instance = Instantiate(TestEngines.Managed);
        instance.Store.InterruptToken = cancel.Token;
        cancel.CancelAfter(TimeSpan.FromMilliseconds(50));
        var trap = Assert.Throws<WasmTrapException>(() => instance.GetFunction("spin")!.Invoke());
        Assert.Equal(TrapKind.Interrupted, trap.Kind);
    }

    [SkippableTheory, EachEngine]
    public void TheStoresPageLimitBoundsMemoryGrowth(string engine)
    {
        using CoreStore store = TestEngines.Create(engine).CreateStore();
        store.MaxMemoryPages = 4;
        using ComponentInstance instance = Instantiate(engine, store);
        ComponentFunction grow = instance.GetFunction("grow")!;
        Assert.Equal(1L, grow.Invoke(WitValue.Unsigned(2))!.AsInt64);
        Assert.Equal(-1L, grow.Invoke(WitValue.Unsigned(2))!.AsInt64);
        Assert.Equal(3L, grow.Invoke(WitValue.Unsigned(1))!.AsInt64);
        Assert.False(instance.HasTrapped);
    }
}
