using WitSharp.Engine;
using WitSharp.Runtime;
using WitSharp.Engine.Components.Engines;
using WitSharp.Testing;

namespace WitSharp.Engine.Components.Tests;

/// <summary>
/// The corpus nested component: two inner components (one defined with an outer alias, one importing a function),
/// instantiated with an instantiation argument, re-exported through an instance made of exports and at the root.
/// </summary>
public sealed class NestedComponentTests
{
    private static ComponentInstance Instantiate(string engine)
    {
        CoreEngine core = TestEngines.Create(engine);
        return new ComponentLinker(core).Instantiate(Component.FromBytes(core, ComponentCorpus.RequireBytes("nested")));
    }

    [SkippableTheory, EachEngine]
    public void RootAndInstanceExportsReachTheInnerComponents(string engine)
    {
        ComponentInstance instance = Instantiate(engine);
        Assert.Equal(7UL, instance.GetFunction("add")!.Invoke(WitValue.Unsigned(3), WitValue.Unsigned(4))!.Bits);
        Assert.Equal(7UL, instance.GetFunction("witsharp:nested/math@1.0.0", "add")!.Invoke(WitValue.Unsigned(3), WitValue.Unsigned(4))!.Bits);
        // A semver-compatible name finds the exported instance.
        Assert.NotNull(instance.GetFunction("witsharp:nested/math@1.0.5", "add"));
        Assert.Null(instance.GetFunction("witsharp:nested/math@2.0.0", "add"));
    }

    [SkippableTheory, EachEngine]
    public void ApplyTwiceCallsTheSiblingComponentThroughItsImport(string engine)
    {
        ComponentInstance instance = Instantiate(engine);
        ComponentFunction twice = instance.GetFunction("witsharp:nested/math@1.0.0", "apply-twice")!;
        Assert.Equal(new[] { "x", "y" }, twice.ParameterNames);
        Assert.Equal(10UL + 2 * 5, twice.Invoke(WitValue.Unsigned(10), WitValue.Unsigned(5))!.Bits);
        Assert.Equal(unchecked((uint)(uint.MaxValue + 2u * 2)), (uint)twice.Invoke(WitValue.Unsigned(uint.MaxValue), WitValue.Unsigned(2))!.Bits);
    }
}
