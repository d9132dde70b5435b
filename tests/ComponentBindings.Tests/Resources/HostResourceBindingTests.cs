using System.Linq;
using WitSharp.Runtime;
using WitSharp.Testing;
using Witsharp.Blobs.HostResourcesWorld;

namespace WitSharp.ComponentBindings.Tests.Resources;

/// <summary>
/// Host-implemented resources through the generated component bindings (tests/corpus/components/resources/host-resources):
/// <c>HostResources.AddToLinker</c> defines the <c>blob</c> resource type and its trampolines, the guest constructs,
/// borrows, concatenates and drops the host's blobs, and every blob is disposed exactly once.
/// </summary>
public sealed class HostResourceBindingTests
{
    private static HostResources Instantiate(string engine, BlobsHost host) =>
        CorpusInstances.Instantiate(engine, "host-resources", linker => HostResources.AddToLinker(linker, host), HostResources.Instantiate);

    [SkippableTheory, EachEngine(0), EachEngine(3), EachEngine(200)]
    public void TheGuestCreatesBorrowsConcatenatesAndDropsHostBlobs(string engine, byte n)
    {
        var host = new BlobsHost();
        using HostResources instance = Instantiate(engine, host);

        uint size = instance.BlobDemo(n);

        // blob-demo: a blob of n bytes, one appended, concatenated with itself.
        Assert.Equal(2u * (n + 1u), size);
        Assert.Equal(2, host.Created.Count);
        HostBlob first = host.Created[0], both = host.Created[1];
        Assert.Equal(Enumerable.Range(0, n).Select(i => (byte)i).Append((byte)255), first.Bytes);
        // concat received the very object the constructor returned, borrowed twice.
        Assert.Same(first, host.Received[0]);
        Assert.Same(first, host.Received[1]);
        // The guest dropped both handles: each blob was disposed once.
        Assert.Equal(1, first.Disposals);
        Assert.Equal(1, both.Disposals);
        Assert.False(instance.Instance.HasTrapped);
    }

    [SkippableTheory, EachEngine]
    public void ManyCallsOnOneInstanceReuseHandlesAndDisposeEveryBlobOnce(string engine)
    {
        var host = new BlobsHost();
        using (HostResources instance = Instantiate(engine, host))
        {
            for (byte n = 0; n < 50; n++) Assert.Equal(2u * (n + 1u), instance.BlobDemo(n));
        }
        Assert.Equal(100, host.Created.Count);
        Assert.All(host.Created, blob => Assert.Equal(1, blob.Disposals));
    }

    [SkippableTheory, EachEngine]
    public void DroppingABorrowedHostBlobTwiceTrapsAndTheHostKeepsWorking(string engine)
    {
        var host = new BlobsHost();
        var lent = new HostBlob(new byte[] { 1, 2 });
        using (HostResources instance = Instantiate(engine, host))
        {
            var trap = Assert.Throws<CanonicalAbiTrapException>(() => instance.DropBorrowTwice(lent));
            Assert.Contains("invalid resource handle", trap.Message);
            Assert.True(instance.Instance.HasTrapped);
            Assert.Contains("can no longer be entered", Assert.Throws<CanonicalAbiTrapException>(() => instance.BlobDemo(1)).Message);
        }
        // A borrow never disposes the host's object, even when the instance goes away.
        Assert.Equal(0, lent.Disposals);
        using HostResources fresh = Instantiate(engine, host);
        Assert.Equal(4u, fresh.BlobDemo(1));
    }
}
