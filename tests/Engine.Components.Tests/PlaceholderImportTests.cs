using WitSharp.Engine;
using WitSharp.Runtime;
using WitSharp.Testing;

namespace WitSharp.Engine.Components.Tests;

/// <summary><see cref="ComponentLinker.DefineUnknownImportsAsTraps"/>: imports the host never meant to serve.</summary>
public sealed class PlaceholderImportTests
{
    [SkippableFact]
    public void APlaceholderLinksAndTrapsWithTheImportsNameWhenCalled()
    {
        var engine = new WasmEngine();
        Component calc = Component.FromBytes(engine, ComponentCorpus.RequireBytes("calc"));
        ComponentInstance instance = new ComponentLinker(engine).DefineUnknownImportsAsTraps(calc).Instantiate(calc);
        // add never calls log; greet does.
        Assert.Equal(9UL, instance.GetFunction("add")!.Invoke(WitValue.Unsigned(4), WitValue.Unsigned(5))!.Bits);
        var trap = Assert.Throws<CanonicalAbiTrapException>(() => instance.GetFunction("greet")!.Invoke(WitValue.String("x")));
        Assert.Contains("import log", trap.Message);
        Assert.True(instance.HasTrapped);
    }

    [SkippableFact]
    public void DefinedImportsAreKept()
    {
        var engine = new WasmEngine();
        Component calc = Component.FromBytes(engine, ComponentCorpus.RequireBytes("calc"));
        var linker = new ComponentLinker(engine);
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

    [SkippableFact]
    public void AComponentizeJsComponentRunsWithItsOtherImportsAsPlaceholders()
    {
        // componentize-js's core module initialises globals with extended constant expressions (i32.add in a global's
        // initialiser), which the engine once refused; it loads now, and what the host does not serve traps if called.
        var engine = new WasmEngine();
        Component calc = Component.FromBytes(engine, ComponentCorpus.RequireBytes("calc-js"));
        var linker = new ComponentLinker(engine);
        linker.Root.DefineFunction("log", _ => null);
        ComponentInstance instance = linker.DefineUnknownImportsAsTraps(calc).Instantiate(calc);
        Assert.Equal(9UL, instance.GetFunction("add")!.Invoke(WitValue.Unsigned(4), WitValue.Unsigned(5))!.Bits);
    }
}
