using System;
using WitSharp.Engine.Components;
using WitSharp.Wasmtime;
using Witsharp.Calc.CalcWorld;

namespace WitSharp.Components.Benchmarks;

/// <summary>
/// The calc component through the same generated bindings as <see cref="WitSharpCalc"/>, with its core module compiled
/// and run by Wasmtime (<see cref="WasmtimeEngine"/>, issue #13): the one-line engine switch, measured beside the
/// managed engine and beside Wasmtime's own untyped component API.
/// </summary>
public static class WasmtimeEngineCalc
{
    /// <summary>Measures the four figures on <paramref name="bytes"/>.</summary>
    public static CalcFigures Measure(byte[] bytes, int runs)
    {
        using var engine = new WasmtimeEngine();
        double loadUs = BatchTimer.MedianNs(() => Component.FromBytes(engine, bytes), 2, runs, warmUpMs: 300) / 1000;
        Component component = Component.FromBytes(engine, bytes);
        long logged = 0;
        var linker = new ComponentLinker(engine);
        Calc.AddToLinker(linker, new Host(msg => logged += msg.Length));
        ComponentInstancePre pre = linker.Prepare(component);

        double instantiateUs = BatchTimer.MedianNs(() =>
        {
            using Calc calc = Calc.Instantiate(pre);
            if (calc.Add(1, 2) != 3) throw new InvalidOperationException("add(1, 2) != 3");
        }, 50, runs, warmUpMs: 500) / 1000;

        using Calc warm = Calc.Instantiate(pre);
        uint sum = 0;
        double addNs = BatchTimer.MedianNs(() => sum = warm.Add(sum, 1), 1_000_000, runs);
        string greeting = "";
        double greetNs = BatchTimer.MedianNs(() => greeting = warm.Greet("World"), 100_000, runs);
        if (logged == 0) throw new InvalidOperationException("greet never called the host's log");
        return new CalcFigures("WitSharp-on-Wasmtime (generated bindings)", loadUs, instantiateUs, addNs, greetNs, warm.Add(1, 2), warm.Greet("World"));
    }

    private sealed class Host(Action<string> log) : IImports
    {
        public void Log(string msg) => log(msg);
    }
}
