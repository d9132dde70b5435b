using WitSharp.Engine;
using WitSharp.Runtime;
using WitSharp.Engine.Components.Engines;
using WitSharp.Testing;

namespace WitSharp.Engine.Components.Tests;

/// <summary><see cref="ComponentLinker.DefineUnknownImportsAsTraps"/>: imports the host never meant to serve.</summary>
public sealed class PlaceholderImportTests
{
    [SkippableTheory, EachEngine]
    public void APlaceholderLinksAndTrapsWithTheImportsNameWhenCalled(string engine)
    {
        CoreEngine core = TestEngines.Create(engine);
        Component calc = Component.FromBytes(core, ComponentCorpus.RequireBytes("calc"));
        ComponentInstance instance = new ComponentLinker(core).DefineUnknownImportsAsTraps(calc).Instantiate(calc);
        // add never calls log; greet does.
        Assert.Equal(9UL, instance.GetFunction("add")!.Invoke(WitValue.Unsigned(4), WitValue.Unsigned(5))!.Bits);
        var trap = Assert.Throws<CanonicalAbiTrapException>(() => instance.GetFunction("greet")!.Invoke(WitValue.String("x")));
        Assert.Contains("import log", trap.Message);
        Assert.True(instance.HasTrapped);
    }

    [SkippableTheory, EachEngine]
    public void DefinedImportsAreKept(string engine)
    {
        CoreEngine core = TestEngines.Create(engine);
        Component calc = Component.FromBytes(core, ComponentCorpus.RequireBytes("calc"));
        var linker = new ComponentLinker(core);
        int logged = 0;
        linker.Root.DefineFunction("log", _ =>
        {
            logged++;
            return null;
        });
        ComponentInstance instance = linker.DefineUnknownImportsAsTraps(calc).Instantiate(calc);
        Assert.Equal("Hello, x!", instance.GetFunction("greet")!.Invoke(WitValue.String("x"))!.Text);
        Assert.Equal(1, logged);
    }

    [SkippableTheory, EachEngine]
    public void AComponentizeJsComponentRunsWithItsOtherImportsAsPlaceholders(string engine)
    {
        // componentize-js's core module initialises globals with extended constant expressions (i32.add in a global's
        // initialiser), which the engine once refused; it loads now, and what the host does not serve traps if called.
        CoreEngine core = TestEngines.Create(engine);
        Component calc = Component.FromBytes(core, ComponentCorpus.RequireBytes("calc-js"));
        var linker = new ComponentLinker(core);
        linker.Root.DefineFunction("log", _ => null);
        ComponentInstance instance = linker.DefineUnknownImportsAsTraps(calc).Instantiate(calc);
        Assert.Equal(9UL, instance.GetFunction("add")!.Invoke(WitValue.Unsigned(4), WitValue.Unsigned(5))!.Bits);
    }
}
