using System.Collections.Generic;
using WitSharp.Engine;
using WitSharp.Runtime;
using WitSharp.Engine.Components.Engines;
using WitSharp.Testing;

namespace WitSharp.Engine.Components.Tests;

/// <summary>The corpus calc component (a C guest with a log import, realloc and post-return) on the dynamic path.</summary>
public sealed class CalcComponentTests
{
    private static (ComponentInstance Instance, List<string> Log) Instantiate(string engine)
    {
        CoreEngine core = TestEngines.Create(engine);
        Component calc = Component.FromBytes(core, ComponentCorpus.RequireBytes("calc"));
        var log = new List<string>();
        var linker = new ComponentLinker(core);
        linker.Root.DefineFunction("log", args =>
        {
            log.Add(args[0].Text!);
            return null;
        });
        return (linker.Instantiate(calc), log);
    }

    [SkippableTheory, EachEngine]
    public void AddWrapsAroundLikeU32(string engine)
    {
        (ComponentInstance instance, _) = Instantiate(engine);
        ComponentFunction add = instance.GetFunction("add")!;
        Assert.Equal(3UL, add.Invoke(WitValue.Unsigned(1), WitValue.Unsigned(2))!.Bits);
        Assert.Equal(1UL, add.Invoke(WitValue.Unsigned(uint.MaxValue), WitValue.Unsigned(2))!.Bits);
        Assert.Equal(new[] { "a", "b" }, add.ParameterNames);
        Assert.Equal(CanonicalTypeKind.U32, add.ResultType!.Kind);
    }

    [SkippableTheory, EachEngine]
    public void GreetReturnsTheGreetingAndLogsIt(string engine)
    {
        (ComponentInstance instance, List<string> log) = Instantiate(engine);
        ComponentFunction greet = instance.GetFunction("greet")!;
        Assert.Equal("Hello, Grüße, 世界 🌍!", greet.Invoke(WitValue.String("Grüße, 世界 🌍"))!.Text);
        Assert.Equal("Hello, !", greet.Invoke(WitValue.String(""))!.Text);
        Assert.Equal(new[] { "Hello, Grüße, 世界 🌍!", "Hello, !" }, log);
    }

    [SkippableTheory, EachEngine]
    public void UnknownExportsAreNull(string engine)
    {
        (ComponentInstance instance, _) = Instantiate(engine);
        Assert.Null(instance.GetFunction("sub"));
        Assert.Null(instance.GetFunction("witsharp:calc/x", "add"));
    }

    [SkippableTheory, EachEngine]
    public void AMissingImportIsNamed(string engine)
    {
        CoreEngine core = TestEngines.Create(engine);
        Component calc = Component.FromBytes(core, ComponentCorpus.RequireBytes("calc"));
        var error = Assert.Throws<ComponentLinkException>(() => new ComponentLinker(core).Prepare(calc));
        Assert.Contains("'log'", error.Message);
    }

    [SkippableTheory, EachEngine]
    public void AnImportDefinedAsAnotherKindIsRejected(string engine)
    {
        CoreEngine core = TestEngines.Create(engine);
        Component calc = Component.FromBytes(core, ComponentCorpus.RequireBytes("calc"));
        var linker = new ComponentLinker(core);
        linker.Root.DefineResource("log");
        var error = Assert.Throws<ComponentLinkException>(() => linker.Prepare(calc));
        Assert.Contains("is a function, but the linker defines it as a resource type", error.Message);
    }

    [SkippableTheory, EachEngine]
    public void AHostFunctionThatThrowsPoisonsTheInstanceOnly(string engine)
    {
        CoreEngine core = TestEngines.Create(engine);
        Component calc = Component.FromBytes(core, ComponentCorpus.RequireBytes("calc"));
        var linker = new ComponentLinker(core);
        int calls = 0;
        linker.Root.DefineFunction("log", _ =>
        {
            calls++;
            throw new System.InvalidOperationException("host says no");
        });
        ComponentInstancePre pre = linker.Prepare(calc);
        ComponentInstance first = pre.Instantiate();
        var trap = Assert.Throws<WasmTrapException>(() => first.GetFunction("greet")!.Invoke(WitValue.String("x")));
        Assert.IsType<System.InvalidOperationException>(trap.InnerException);
        Assert.True(first.HasTrapped);
        var poisoned = Assert.Throws<CanonicalAbiTrapException>(() => first.GetFunction("add")!.Invoke(WitValue.Unsigned(1), WitValue.Unsigned(1)));
        Assert.Contains("can no longer be entered", poisoned.Message);
        // A second instance of the same pre-instantiated component is untouched.
        ComponentInstance second = pre.Instantiate();
        Assert.Equal(5UL, second.GetFunction("add")!.Invoke(WitValue.Unsigned(2), WitValue.Unsigned(3))!.Bits);
        Assert.Equal(1, calls);
    }
}
