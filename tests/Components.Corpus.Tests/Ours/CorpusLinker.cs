using WitSharp.Components.Corpus.Tests.Traces;
using WitSharp.Components.Corpus.Tests.Values;
using WitSharp.Engine.Components;

namespace WitSharp.Components.Corpus.Tests.Ours;

/// <summary>The corpus host (<see cref="CorpusHost"/>, <see cref="BlobHost"/>) on our linker, for every run on our runtime.</summary>
public static class CorpusLinker
{
    /// <summary>Defines every import of <paramref name="world"/> in <paramref name="linker"/>, recording into <paramref name="trace"/>.</summary>
    public static BlobHost DefineImports(ComponentLinker linker, CorpusWorld world, CallTrace trace)
    {
        var blobs = new BlobHost(trace);
        bool blobDefined = false;
        foreach (WorldFunction import in world.Imports)
        {
            ComponentLinkerInstance target = import.Interface is null ? linker.Root : linker.Instance(import.Interface);
            if (BlobHost.Serves(import))
            {
                if (!blobDefined)
                {
                    target.DefineResource("blob", blobs.Destroy);
                    blobDefined = true;
                }
                target.DefineFunction(import.Name, args => blobs.Call(import, args));
            }
            else
            {
                target.DefineFunction(import.Name, args => CorpusHost.Call(trace, import, args));
                // Other host resources (the shelf's item, run through generated bindings in ComponentBindings.Tests) get a
                // placeholder type here, so that their components instantiate.
                if (ResourceOf(import.Name) is string resource) target.DefineResource(resource);
            }
        }
        return blobs;
    }

    // The resource a `[constructor]r`, `[method]r.m` or `[static]r.m` function belongs to; null for a plain function.
    private static string? ResourceOf(string name)
    {
        if (name.StartsWith("[constructor]", System.StringComparison.Ordinal)) return name.Substring("[constructor]".Length);
        int close = name.IndexOf(']'), dot = name.IndexOf('.');
        return name.StartsWith('[') && close > 0 && dot > close ? name.Substring(close + 1, dot - close - 1) : null;
    }
}
