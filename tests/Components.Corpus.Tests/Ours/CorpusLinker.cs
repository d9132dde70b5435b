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
            }
        }
        return blobs;
    }
}
