using WitSharp.Engine;
using WitSharp.Runtime;
using WitSharp.Testing;

namespace WitSharp.Engine.Components.Tests;

/// <summary>
/// The corpus nested component: two inner components (one defined with an outer alias, one importing a function),
/// instantiated with an instantiation argument, re-exported through an instance made of exports and at the root.
/// </summary>
public sealed class NestedComponentTests
{
    private static ComponentInstance Instantiate()
    {
        var engine = new WasmEngine();
        return new ComponentLinker(engine).Instantiate(Component.FromBytes(engine, ComponentCorpus.RequireBytes("nested")));
    }

    [SkippableFact]
    public void RootAndInstanceExportsReachTheInnerComponents()
    {
        ComponentInstance instance = Instantiate();
        Assert.Equal(7UL, instance.GetFunction("add")!.Invoke(WitValue.Unsigned(3), WitValue.Unsigned(4))!.Bits);
        Assert.Equal(7UL, instance.GetFunction("witsharp:nested/math@1.0.0", "add")!.Invoke(WitValue.Unsigned(3), WitValue.Unsigned(4))!.Bits);
        // A semver-compatible name finds the exported instance.
        Assert.NotNull(instance.GetFunction("witsharp:nested/math@1.0.5", "add"));
        Assert.Null(instance.GetFunction("witsharp:nested/math@2.0.0", "add"));
    }

    [SkippableFact]
    public void ApplyTwiceCallsTheSiblingComponentThroughItsImport()
    {
        ComponentInstance instance = Instantiate();
        ComponentFunction twice = instance.GetFunction("witsharp:nested/math@1.0.0", "apply-twice")!;
        Assert.Equal(new[] { "x", "y" }, twice.ParameterNames);
        Assert.Equal(10UL + 2 * 5, twice.Invoke(WitValue.Unsigned(10), WitValue.Unsigned(5))!.Bits);
        Assert.Equal(unchecked((uint)(uint.MaxValue + 2u * 2)), (uint)twice.Invoke(WitValue.Unsigned(uint.MaxValue), WitValue.Unsigned(2))!.Bits);
    }
}
