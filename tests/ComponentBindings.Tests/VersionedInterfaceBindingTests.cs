using System.Collections.Generic;
using WitSharp.Engine;
using WitSharp.Engine.Components;
using WitSharp.Engine.Components.Engines;
using WitSharp.Testing;
using Witsharp.Versions.V1_2_3.Host;
using Witsharp.Versions.V1_2_3.VersionsWorld;

namespace WitSharp.ComponentBindings.Tests;

/// <summary>
/// Interfaces through generated bindings (tests/corpus/components/versions): a versioned host interface registered by
/// AddToLinker on its linker instance, and two versions of one exported interface side by side as properties.
/// </summary>
public sealed class VersionedInterfaceBindingTests
{
    private sealed class Host : IImports, IHost
    {
        public List<(string Tag, uint N)> Notes { get; } = new();

        IHost IImports.Host => this;

        public uint Note(string tag, uint n)
        {
            Notes.Add((tag, n));
            return unchecked(n * 2);
        }
    }

    [SkippableTheory, EachEngine]
    public void Both_versions_of_an_exported_interface_call_the_versioned_host_interface(string engine)
    {
        byte[] bytes = ComponentCorpus.RequireBytes("versions");
        CoreEngine core = TestEngines.Create(engine);
        var linker = new ComponentLinker(core);
        var host = new Host();
        Versions.AddToLinker(linker, host);
        using Versions versions = Versions.Instantiate(linker, Component.FromBytes(core, bytes));

        Assert.Equal(41u, versions.Api.Scale(20));
        Assert.Equal(120ul, versions.WitsharpGreeterApi.Scale(20, 3));
        Assert.Equal((ulong)unchecked(uint.MaxValue * 2) * uint.MaxValue, versions.WitsharpGreeterApi.Scale(uint.MaxValue, uint.MaxValue));
        Assert.Equal(new[] { ("v1", 20u), ("v2", 20u), ("v2", uint.MaxValue) }, host.Notes);
    }
}
