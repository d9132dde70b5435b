using WitSharp.Runtime;

namespace WitSharp.Engine.Components.Tests;

/// <summary>A component that exports its host imports again: calling the export calls the host.</summary>
public sealed class ReexportTests
{
    [SkippableFact]
    public void ReexportedHostFunctionsAndInstancesCallTheHost()
    {
        var engine = new WasmEngine();
        Component component = Component.FromBytes(engine, HandWrittenComponents.Require("reexport"));
        var linker = new ComponentLinker(engine);
        linker.Root.DefineFunction("double", args => WitValue.Unsigned(args[0].Bits * 2));
        linker.Instance("witsharp:test/math@1.0.0").DefineFunction("square", args => WitValue.Unsigned(args[0].Bits * args[0].Bits));
        ComponentInstance instance = linker.Instantiate(component);
        Assert.Equal(42UL, instance.GetFunction("double-again")!.Invoke(WitValue.Unsigned(21))!.Bits);
        Assert.Equal(49UL, instance.GetFunction("witsharp:test/math@1.0.0", "square")!.Invoke(WitValue.Unsigned(7))!.Bits);
        Assert.Equal(new[] { "x" }, instance.GetFunction("double-again")!.ParameterNames);
    }
}
