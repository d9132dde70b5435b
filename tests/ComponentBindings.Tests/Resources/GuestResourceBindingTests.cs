using System;
using WitSharp.Runtime;
using WitSharp.Testing;
using Witsharp.Counters.Counters;
using Witsharp.Counters.GuestResourcesWorld;

namespace WitSharp.ComponentBindings.Tests.Resources;

/// <summary>
/// Guest-implemented resources through the generated component bindings (tests/corpus/components/resources/guest-resources):
/// the host holds <see cref="Counter"/> objects standing for the guest's counters, whose methods call the guest's
/// <c>[method]</c> exports, whose constructor and static are typed export calls, and whose Dispose runs the guest's
/// destructor once.
/// </summary>
public sealed class GuestResourceBindingTests
{
    private static GuestResources Instantiate(string engine) =>
        CorpusInstances.Instantiate(engine, "guest-resources", _ => { }, GuestResources.Instantiate);

    [SkippableTheory, EachEngine]
    public void ConstructorsMethodsStaticsAndDestructorsRunInTheGuest(string engine)
    {
        using GuestResources instance = Instantiate(engine);
        ICountersExports counters = instance.Counters;

        using Counter a = counters.CreateCounter(5);
        using Counter b = counters.CreateCounter(10);
        Assert.Equal(8u, a.Increment(3));
        Assert.Equal(8u, a.Value());
        Assert.Equal(10u, b.Value());

        // merge borrows both: they stay usable, and the result is a new counter the host owns.
        Counter merged = counters.CounterMerge(a, b);
        Assert.Equal(18u, merged.Value());
        Assert.Equal(9u, a.Increment(1));
        Assert.Equal(0u, counters.Dropped());

        merged.Dispose();
        merged.Dispose();
        Assert.Equal(1u, counters.Dropped());
        Assert.Throws<ObjectDisposedException>(() => merged.Value());
        Assert.False(instance.Instance.HasTrapped);
    }

    [SkippableTheory, EachEngine]
    public void HandlesTheGuestKeepsInsideItselfWorkBesideTheHostsHandles(string engine)
    {
        using GuestResources instance = Instantiate(engine);
        using Counter held = instance.Counters.CreateCounter(1);
        // churn(n) makes, reads and drops n counters inside the guest: sum of 0..n-1.
        Assert.Equal(45u, instance.Counters.Churn(10));
        Assert.Equal(10u, instance.Counters.Dropped());
        Assert.Equal(3u, held.Increment(2));
    }

    [SkippableTheory, EachEngine]
    public void AnExportedInterfaceCanBeBoundAloneWithTheWorldsResourceTypes(string engine)
    {
        using GuestResources instance = Instantiate(engine);
        var exports = instance.Instance.CoreExports;
        ICountersExports alone = new CountersExportsBinding(exports, exports.ContextFor(GuestResources.ResourceTypes), exports.ResolveExport);
        using Counter counter = alone.CreateCounter(2);
        Assert.Equal(5u, counter.Increment(3));
        counter.Dispose();
        Assert.Equal(1u, alone.Dropped());
    }

    [SkippableTheory, EachEngine]
    public void CountersOfOneInstanceMeanNothingToAnother(string engine)
    {
        using GuestResources first = Instantiate(engine);
        using GuestResources second = Instantiate(engine);
        using Counter mine = first.Counters.CreateCounter(1);
        using Counter other = second.Counters.CreateCounter(2);
        Assert.Throws<InvalidOperationException>(() => first.Counters.CounterMerge(mine, other));
        Assert.Equal(1u, mine.Value());
    }
}
