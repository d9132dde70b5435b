using System.Collections.Generic;
using WitSharp.Engine;
using WitSharp.Runtime;
using WitSharp.Engine.Components.Engines;
using WitSharp.Testing;

namespace WitSharp.Engine.Components.Tests;

/// <summary>
/// The corpus versions component: a versioned host interface import, linked semver-compatibly, and two major versions
/// of one interface exported side by side.
/// </summary>
public sealed class VersionsComponentTests
{
    private static Component Load(CoreEngine engine) => Component.FromBytes(engine, ComponentCorpus.RequireBytes("versions"));

    [SkippableTheory, EachEngine]
    public void ACompatibleHostVersionSatisfiesTheImportAndBothExportVersionsRun(string engine)
    {
        CoreEngine core = TestEngines.Create(engine);
        var notes = new List<(string, ulong)>();
        var linker = new ComponentLinker(core);
        // The component imports witsharp:versions/host@1.2.3; a host providing 1.9.0 of it is compatible.
        linker.Instance("witsharp:versions/host@1.9.0").DefineFunction("note", args =>
        {
            notes.Add((args[0].Text!, args[1].Bits));
            return WitValue.Unsigned((uint)(args[1].Bits * 2));
        });
        ComponentInstance instance = linker.Instantiate(Load(core));
        Assert.Equal(2UL * 21 + 1, instance.GetFunction("witsharp:greeter/api@1.0.0", "scale")!.Invoke(WitValue.Unsigned(21))!.Bits);
        Assert.Equal(2UL * 21 * 3, instance.GetFunction("witsharp:greeter/api@2.0.0", "scale")!.Invoke(WitValue.Unsigned(21), WitValue.Unsigned(3))!.Bits);
        Assert.Equal(new[] { ("v1", 21UL), ("v2", 21UL) }, notes);
    }

    [SkippableTheory, EachEngine]
    public void AnIncompatibleHostVersionDoesNotLink(string engine)
    {
        CoreEngine core = TestEngines.Create(engine);
        var linker = new ComponentLinker(core);
        linker.Instance("witsharp:versions/host@2.0.0").DefineFunction("note", _ => WitValue.Unsigned(0));
        var error = Assert.Throws<ComponentLinkException>(() => linker.Prepare(Load(core)));
        Assert.Contains("witsharp:versions/host@1", error.Message);
    }
}
