using System;
using WitSharp.Engine;
using WitSharp.Engine.Components;
using WitSharp.Runtime;
using Witsharp.Calc.CalcWorld;

namespace WitSharp.Components.Benchmarks;

/// <summary>
/// The calc component on WitSharp's managed engine, through the bindings the source generator wrote for
/// <c>tests/corpus/components/calc/calc.wit</c> (<see cref="Calc"/>), and through the dynamic <see cref="WitValue"/> API.
/// </summary>
public static class WitSharpCalc
{
    /// <summary>Measures the four figures on <paramref name="bytes"/>, and the extra rows of <see cref="Extras"/>.</summary>
    public static CalcFigures Measure(byte[] bytes, int runs, out CalcExtras extras)
    {
        var engine = new WasmEngine();
        double loadUs = BatchTimer.MedianNs(() => Component.FromBytes(engine, bytes), 20, runs, warmUpMs: 300) / 1000;
        Component component = Component.FromBytes(engine, bytes);
        var host = new CountingHost();
        var linker = new ComponentLinker(engine);
        Calc.AddToLinker(linker, host);
        ComponentInstancePre pre = linker.Prepare(component);

        // Instantiate from the prepared component (imports resolved once, as a server keeps it) and, for comparison
        // with Wasmtime's API that resolves on every call, from the linker. Each instance is disposed, as a server
        // disposes its per-request instance and as the Wasmtime side disposes its store.
        double instantiateUs = BatchTimer.MedianNs(() => InstantiateAndAdd(() => Calc.Instantiate(pre)), 200, runs) / 1000;
        double linkerInstantiateUs = BatchTimer.MedianNs(() => InstantiateAndAdd(() => Calc.Instantiate(linker, component)), 200, runs) / 1000;

        using Calc calc = Calc.Instantiate(pre);
        uint sum = 0;
        double addNs = BatchTimer.MedianNs(() => sum = calc.Add(sum, 1), 1_000_000, runs);
        string greeting = "";
        double greetNs = BatchTimer.MedianNs(() => greeting = calc.Greet("World"), 100_000, runs);
        if (host.Logged == 0) throw new InvalidOperationException("greet never called the host's log");

        ComponentFunction add = calc.Instance.GetFunction("add")!;
        WitValue one = WitValue.Unsigned(1);
        WitValue accumulator = WitValue.Unsigned(0);
        double dynamicAddNs = BatchTimer.MedianNs(() => accumulator = add.Invoke(accumulator, one)!, 100_000, runs);
        if (accumulator.Bits == 0) throw new InvalidOperationException("the dynamic add returned nothing");

        (double compiledAddNs, double compiledGreetNs) = CompiledCalls(bytes, runs);
        extras = new CalcExtras(linkerInstantiateUs, dynamicAddNs, compiledAddNs, compiledGreetNs);
        return new CalcFigures("WitSharp (generated bindings)", loadUs, instantiateUs, addNs, greetNs, calc.Add(1, 2), calc.Greet("World"));
    }

    // The same warm calls with every core function compiled to CIL when the component loads (the engine's CIL tier).
    private static (double AddNs, double GreetNs) CompiledCalls(byte[] bytes, int runs)
    {
        var engine = new WasmEngine(new WasmEngineOptions { Compilation = CompilationMode.Compiled });
        var linker = new ComponentLinker(engine);
        Calc.AddToLinker(linker, new CountingHost());
        using Calc calc = Calc.Instantiate(linker, Component.FromBytes(engine, bytes));
        uint sum = 0;
        double addNs = BatchTimer.MedianNs(() => sum = calc.Add(sum, 1), 1_000_000, runs);
        string greeting = "";
        double greetNs = BatchTimer.MedianNs(() => greeting = calc.Greet("World"), 100_000, runs);
        Check(calc.Add(1, 2));
        return (addNs, greetNs);
    }

    private static void InstantiateAndAdd(Func<Calc> instantiate)
    {
        using Calc calc = instantiate();
        Check(calc.Add(1, 2));
    }

    private static void Check(uint three)
    {
        if (three != 3) throw new InvalidOperationException("add(1, 2) returned " + three);
    }

    private sealed class CountingHost : IImports
    {
        public long Logged;

        public void Log(string msg) => Logged += msg.Length;
    }
}

/// <summary>WitSharp figures beside the four: instantiating through the linker, and a warm add by name with WitValues.</summary>
/// <param name="LinkerInstantiateUs">Instantiate (resolving imports again) plus the first add, in microseconds.</param>
/// <param name="DynamicAddNs">A warm add through <see cref="ComponentFunction.Invoke"/>, in nanoseconds.</param>
/// <param name="CompiledAddNs">A warm add through the generated binding with the core module compiled to CIL, in nanoseconds.</param>
/// <param name="CompiledGreetNs">A warm greet the same way, in nanoseconds.</param>
public sealed record CalcExtras(double LinkerInstantiateUs, double DynamicAddNs, double CompiledAddNs, double CompiledGreetNs);
