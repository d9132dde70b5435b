using WitSharp.Engine.Components.Engines;
using WitSharp.Runtime;
using WitSharp.Testing;

namespace WitSharp.Engine.Components.Tests;

/// <summary>A component that exports its host imports again: calling the export calls the host.</summary>
public sealed class ReexportTests
{
    [SkippableTheory, EachEngine]
    public void ReexportedHostFunctionsAndInstancesCallTheHost(string engine)
    {
        CoreEngine core = TestEngines.Create(engine);
        Component component = Component.FromBytes(core, HandWrittenComponents.Require("reexport"));
        var linker = new ComponentLinker(core);
        linker.Root.DefineFunction("double", args => WitValue.Unsigned(args[0].Bits * 2));
        linker.Instance("witsharp:test/math@1.0.0").DefineFunction("square", args => WitValue.Unsigned(args[0].Bits * args[0].Bits));
        ComponentInstance instance = linker.Instantiate(component);
        Assert.Equal(42UL, instance.GetFunction("double-again")!.Invoke(WitValue.Unsigned(21))!.Bits);
        Assert.Equal(49UL, instance.GetFunction("witsharp:test/math@1.0.0", "square")!.Invoke(WitValue.Unsigned(7))!.Bits);
        Assert.Equal(new[] { "x" }, instance.GetFunction("double-again")!.ParameterNames);
    }
}
