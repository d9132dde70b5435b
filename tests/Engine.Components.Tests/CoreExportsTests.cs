using System;
using System.Collections.Generic;
using WitSharp.Engine;
using WitSharp.Runtime;
using WitSharp.Engine.Components.Engines;
using WitSharp.Testing;
using WitSharp.WitParser.Abi;

namespace WitSharp.Engine.Components.Tests;

/// <summary>
/// <see cref="ComponentCoreExports"/>, the seam generated export bindings call: names resolved once, flat values in and
/// out, post-return after the results are lifted, and the same flags and poisoning as the dynamic path.
/// </summary>
public sealed class CoreExportsTests
{
    private static ComponentInstance Calc(string engine, List<string>? log = null)
    {
        CoreEngine core = TestEngines.Create(engine);
        Component calc = Component.FromBytes(core, ComponentCorpus.RequireBytes("calc"));
        var linker = new ComponentLinker(core);
        linker.Root.DefineFunction("log", args =>
        {
            log?.Add(args[0].Text!);
            return null;
        });
        return linker.Instantiate(calc);
    }

    [SkippableTheory, EachEngine]
    public void AddThroughTheSeam(string engine)
    {
        ComponentCoreExports exports = Calc(engine).CoreExports;
        int add = exports.ResolveExport("add");
        Span<CoreValue> args = stackalloc CoreValue[] { CoreValue.I32(40), CoreValue.I32(2) };
        Span<CoreValue> results = stackalloc CoreValue[1];
        exports.Invoke(add, args, results);
        Assert.Equal(CoreValue.I32(42), results[0]);
        exports.PostReturn(add, results);
        Assert.Throws<KeyNotFoundException>(() => exports.ResolveExport("sub"));
    }

    [SkippableTheory, EachEngine]
    public void GreetThroughTheSeamWithTheComponentsOwnContext(string engine)
    {
        var log = new List<string>();
        ComponentInstance instance = Calc(engine, log);
        ComponentCoreExports exports = instance.CoreExports;
        CanonicalType parameters = instance.GetFunction("greet")!.Function.Type.Parameters;
        int greet = exports.ResolveExport("greet");
        CallContext cx = exports.Context;
        CoreValue[] args = CanonicalAbi.LowerFlatValues(cx, CanonicalLayout.MaxFlatParams, new[] { WitValue.String("seam") }, parameters);
        Span<CoreValue> results = stackalloc CoreValue[1];
        exports.Invoke(greet, args, results);
        ulong area = results[0].Bits;
        ulong ptr = cx.LoadPointer(area), length = cx.LoadPointer(area + 4);
        Assert.Equal("Hello, seam!", System.Text.Encoding.UTF8.GetString(cx.Slice(ptr, length, "greeting")));
        exports.PostReturn(greet, results);
        Assert.Equal(new[] { "Hello, seam!" }, log);
    }

    [SkippableTheory, EachEngine]
    public void ACallWhoseResultsWereNeverLiftedPoisonsTheInstance(string engine)
    {
        ComponentInstance instance = Calc(engine);
        ComponentCoreExports exports = instance.CoreExports;
        int add = exports.ResolveExport("add");
        Span<CoreValue> args = stackalloc CoreValue[] { CoreValue.I32(1), CoreValue.I32(2) };
        Span<CoreValue> results = stackalloc CoreValue[1];
        exports.Invoke(add, args, results);
        // No PostReturn: the bindings failed while lifting the results.
        var trap = Assert.Throws<CanonicalAbiTrapException>(() => instance.GetFunction("add")!.Invoke(WitValue.Unsigned(1), WitValue.Unsigned(1)));
        Assert.Contains("trapped while its results were lifted", trap.Message);
        Assert.True(instance.HasTrapped);
    }

    [SkippableTheory, EachEngine]
    public void WrongCoreTypesFromTheBindingsTrap(string engine)
    {
        ComponentCoreExports exports = Calc(engine).CoreExports;
        int add = exports.ResolveExport("add");
        var args = new[] { CoreValue.I64(1), CoreValue.I32(2) };
        var results = new CoreValue[1];
        var trap = Assert.Throws<CanonicalAbiTrapException>(() => exports.Invoke(add, args, results));
        Assert.Contains("core argument 0", trap.Message);
    }
}
