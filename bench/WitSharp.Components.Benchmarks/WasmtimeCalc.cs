using System;
using Wasmtime;
using Wasmtime.Components;

namespace WitSharp.Components.Benchmarks;

/// <summary>
/// The calc component on Wasmtime.Components 50.0.1 (NuGet <c>Wasmtime</c>), the reference runtime: untyped calls with
/// <see cref="ComponentValue"/>s, as its API offers them.
/// </summary>
public static class WasmtimeCalc
{
    /// <summary>Measures the four figures on <paramref name="bytes"/>.</summary>
    public static CalcFigures Measure(byte[] bytes, int runs)
    {
        using var engine = new global::Wasmtime.Engine();
        double loadUs = BatchTimer.MedianNs(() => Component.FromBytes(engine, bytes).Dispose(), 2, runs, warmUpMs: 300) / 1000;
        using var component = Component.FromBytes(engine, bytes);
        using var linker = new ComponentLinker(engine);
        long logged = 0;
        using (var root = linker.Root())
        {
            root.DefineFunction("log", (arguments, results) => logged += arguments[0].AsString().Length);
        }
        ComponentValue one = ComponentValue.U32(1), two = ComponentValue.U32(2), world = ComponentValue.String("World");

        double instantiateUs = BatchTimer.MedianNs(() =>
        {
            using var store = new Store(engine);
            var instance = linker.Instantiate(store, component);
            if (instance.GetFunction("add")!.Call(one, two)!.AsU32() != 3) throw new InvalidOperationException("add(1, 2) != 3");
        }, 50, runs, warmUpMs: 500) / 1000;

        using var warmStore = new Store(engine);
        var calc = linker.Instantiate(warmStore, component);
        var add = calc.GetFunction("add")!;
        var greet = calc.GetFunction("greet")!;
        uint sum = 0;
        double addNs = BatchTimer.MedianNs(() => sum = add.Call(ComponentValue.U32(sum), one)!.AsU32(), 10_000, runs);
        string greeting = "";
        double greetNs = BatchTimer.MedianNs(() => greeting = greet.Call(world)!.AsString(), 10_000, runs);
        if (logged == 0) throw new InvalidOperationException("greet never called the host's log");
        return new CalcFigures("Wasmtime.Components 50.0.1 (untyped)", loadUs, instantiateUs, addNs, greetNs,
            add.Call(one, two)!.AsU32(), greet.Call(world)!.AsString());
    }
}
