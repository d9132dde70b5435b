using System;
using WitSharp.Engine.Components.Engines;
using WitSharp.Engine.Components;
using WitSharp.Testing;

namespace WitSharp.ComponentBindings.Tests.Resources;

/// <summary>Instantiates a corpus component through its generated world class, as a user's program would.</summary>
internal static class CorpusInstances
{
    /// <summary>
    /// Builds (or takes from the cache) corpus component <paramref name="name"/>, lets <paramref name="addToLinker"/> define
    /// the host's imports and returns <paramref name="instantiate"/>'s typed instance on engine <paramref name="engine"/>
    /// (a <see cref="TestEngines"/> name). Skips when the corpus tools are missing.
    /// </summary>
    public static T Instantiate<T>(string engine, string name, Action<ComponentLinker> addToLinker, Func<ComponentLinker, Component, T> instantiate)
    {
        byte[] bytes = ComponentCorpus.RequireBytes(name);
        CoreEngine core = TestEngines.Create(engine);
        var linker = new ComponentLinker(core);
        addToLinker(linker);
        return instantiate(linker, Component.FromBytes(core, bytes));
    }
}
