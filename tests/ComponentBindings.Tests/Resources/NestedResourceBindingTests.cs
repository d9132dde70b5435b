using System.Linq;
using WitSharp.Runtime;
using WitSharp.Testing;
using Witsharp.Shelf.Items;
using Witsharp.Shelf.ShelfWorld;

namespace WitSharp.ComponentBindings.Tests.Resources;

/// <summary>
/// The host's resource inside records, lists, tuples, options, results and variants, through generated imports and exports
/// (tests/corpus/components/shelf, a C guest): every handle the guest receives is the host's object again, each object
/// is disposed exactly once when the guest lets go of it, and hostile handle uses trap without hurting the host.
/// </summary>
public sealed class NestedResourceBindingTests
{
    private static Shelf Instantiate(string engine, ShelfHost host) =>
        CorpusInstances.Instantiate(engine, "shelf", linker => Shelf.AddToLinker(linker, host), Shelf.Instantiate);

    [SkippableTheory, EachEngine]
    public void ImportsMoveItemsInsideListsTuplesRecordsOptionsResultsAndVariants(string engine)
    {
        var host = new ShelfHost();
        uint checksum;
        using (Shelf shelf = Instantiate(engine, host))
        {
            checksum = shelf.Exercise();
            Assert.False(shelf.Instance.HasTrapped);
        }

        // make-many(3) "0" "1" "2", twice, fetch(true); in that order.
        Assert.Equal(new[] { "0", "1", "2", "twice", "fetched" }, host.Made.Select(i => i.Text));
        HostItem zero = host.Made[0], one = host.Made[1], two = host.Made[2], twice = host.Made[3], fetched = host.Made[4];
        // The guest's checksum, recomputed from what this host answered (see shelf.c).
        uint expected = 3 + 100 + (7 + (uint)zero.Text.Length) + 10 * (uint)one.Text.Length + 0 + 1000
            + 10000 * (uint)ShelfHost.Missing.Length + 1_000_000 * (uint)zero.Text.Length;
        Assert.Equal(expected, checksum);
        // Borrows in a record and an option arrive as the host's own objects; none is null but the option's none.
        Assert.Equal(new object?[] { zero, one, null }, host.Received);
        // keep(full(item)) moved "2" to the host, which now owns it: never disposed by the runtime.
        Assert.Same(two, Assert.Single(host.Kept));
        Assert.Equal(0, two.Disposals);
        // Everything the guest dropped was disposed once; "twice" had two handles and was disposed with the second.
        Assert.All(new[] { zero, one, twice, fetched }, item => Assert.Equal(1, item.Disposals));
    }

    [SkippableTheory, EachEngine]
    public void ExportsTakeAndReturnHostItemsInRecordsAndLists(string engine)
    {
        var host = new ShelfHost();
        var tagged = new HostItem("tagged");
        HostItem[] more = { new("a"), new("b") };
        using Shelf shelf = Instantiate(engine, host);

        Item[] back = shelf.Pass(new Tagged(5, tagged), more);

        // The record's item was dropped by the guest (disposed); the list came back as the same objects, owned by the host again.
        Assert.Equal(1, tagged.Disposals);
        Assert.Equal(more, back);
        Assert.All(more, item => Assert.Equal(0, item.Disposals));

        // A host resource the guest constructs and returns from an export is the host's object, and the host's to dispose.
        Item given = shelf.Give("made by the guest");
        Assert.Same(host.Made.Last(), given);
        Assert.Equal("made by the guest", given.Label());
        Assert.Equal(0, ((HostItem)given).Disposals);
    }

    [SkippableTheory, EachEngine]
    public void BorrowsIntoExportsAreLentForTheCallOnly(string engine)
    {
        var host = new ShelfHost();
        var lent = new HostItem("four");
        using (Shelf shelf = Instantiate(engine, host))
        {
            Assert.Equal(4u, shelf.Peek(lent));
            Assert.Equal(0u, shelf.Peek(null));
            Assert.Equal(4u, shelf.Peek(lent));
        }
        Assert.Equal(0, lent.Disposals);
    }

    [SkippableTheory, EachEngine]
    public void ItemsTheGuestStillHoldsAreDisposedOnceWhenTheInstanceIs(string engine)
    {
        var host = new ShelfHost();
        var held = new HostItem("held");
        var heldTwice = new HostItem("twice");
        Shelf shelf = Instantiate(engine, host);
        shelf.Hold(held);
        shelf.Hold(heldTwice);
        shelf.Hold(heldTwice);
        Assert.Equal(0, held.Disposals);
        shelf.Dispose();
        shelf.Dispose();
        Assert.Equal(1, held.Disposals);
        Assert.Equal(1, heldTwice.Disposals);
    }

    [SkippableTheory, EachEngine(0u), EachEngine(1u), EachEngine(77u), EachEngine(0xFFFF_FFFFu)]
    public void AForgedHandleTrapsWithAClearMessage(string engine, uint handle)
    {
        var host = new ShelfHost();
        using (Shelf shelf = Instantiate(engine, host))
        {
            var trap = Assert.Throws<CanonicalAbiTrapException>(() => shelf.Forge(handle));
            Assert.Contains("invalid resource handle index " + handle, trap.Message);
            Assert.True(shelf.Instance.HasTrapped);
        }
        using Shelf fresh = Instantiate(engine, host);
        Assert.Equal(4u, fresh.Peek(new HostItem("fine")));
    }

    [SkippableTheory, EachEngine]
    public void AHandleUsedAfterItsDropTrapsAndTheItemIsDisposedOnce(string engine)
    {
        var host = new ShelfHost();
        using Shelf shelf = Instantiate(engine, host);
        var trap = Assert.Throws<CanonicalAbiTrapException>(() => shelf.UseAfterDrop());
        Assert.Contains("invalid resource handle", trap.Message);
        Assert.Equal(1, Assert.Single(host.Made).Disposals);
    }
}
