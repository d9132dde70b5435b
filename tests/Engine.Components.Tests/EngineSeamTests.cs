using System;
using WitSharp.Engine.Components.Engines;
using WitSharp.Runtime;
using WitSharp.Testing;
using WitSharp.Wasmtime;

namespace WitSharp.Engine.Components.Tests;

/// <summary>
/// The engine seam's own contract: a managed engine converts to one adapter, components, linkers and stores of
/// different engines do not mix, and an instance disposes only the store it made itself.
/// </summary>
public sealed class EngineSeamTests
{
    private static byte[] Limits() => HandWrittenComponents.Require("limits");

    private static void DefineFail(ComponentLinker linker) => linker.Root.DefineFunction("fail", _ => null);

    [SkippableFact]
    public void AWasmEngineConvertsToOneAdapterEveryTime()
    {
        var engine = new WasmEngine();
        CoreEngine converted = engine;
        Assert.Same(ManagedCoreEngine.For(engine), converted);
        Assert.Same(engine, ((ManagedCoreEngine)converted).WasmEngine);
        Assert.NotSame(converted, (CoreEngine)new WasmEngine());
        Component component = Component.FromBytes(engine, Limits());
        Assert.Same(converted, component.Engine);
        Assert.Same(converted, new ComponentLinker(engine).Engine);
    }

    [SkippableFact]
    public void AWasmStorePassedInRunsTheInstanceAndStaysTheCallers()
    {
        var engine = new WasmEngine();
        var store = new WasmStore(engine);
        var linker = new ComponentLinker(engine);
        DefineFail(linker);
        ComponentInstance instance = linker.Instantiate(store, Component.FromBytes(engine, Limits()));
        Assert.Same(store, TestEngines.ManagedStore(instance.Store));
        instance.Dispose();
        // The store is still the caller's: another instance runs in it.
        using ComponentInstance again = linker.Instantiate(store, Component.FromBytes(engine, Limits()));
        Assert.Equal(2UL, again.GetFunction("divide")!.Invoke(WitValue.Unsigned(4), WitValue.Unsigned(2))!.Bits);
    }

    [SkippableTheory]
    [InlineData(TestEngines.Managed, TestEngines.Wasmtime)]
    [InlineData(TestEngines.Wasmtime, TestEngines.Managed)]
    public void ComponentsAndStoresOfAnotherEngineAreRefused(string componentEngine, string linkerEngine)
    {
        Component component = Component.FromBytes(TestEngines.Create(componentEngine), Limits());
        var linker = new ComponentLinker(TestEngines.Create(linkerEngine));
        DefineFail(linker);
        Assert.Contains("another engine", Assert.Throws<ArgumentException>(() => linker.Prepare(component)).Message);
        var own = new ComponentLinker(component.Engine);
        DefineFail(own);
        using CoreStore foreign = TestEngines.Create(linkerEngine).CreateStore();
        Assert.Contains("another engine", Assert.Throws<ArgumentException>(() => own.Instantiate(foreign, component)).Message);
    }

    [SkippableFact]
    public void AnInstanceDisposesTheStoreItMadeButNotOnePassedIn()
    {
        CoreEngine engine = TestEngines.Create(TestEngines.Wasmtime);
        Component component = Component.FromBytes(engine, Limits());
        var linker = new ComponentLinker(engine);
        DefineFail(linker);
        ComponentInstance own = linker.Instantiate(component);
        own.Dispose();
        Assert.True(((WasmtimeStore)own.Store).IsDisposed);
        using var store = (WasmtimeStore)engine.CreateStore();
        linker.Instantiate(store, component).Dispose();
        Assert.False(store.IsDisposed);
    }
}
