using System;
using WitSharp.Runtime.Bindings;
using WitSharp.Runtime.Resources;

namespace WitSharp.Runtime.Tests;

/// <summary>Host-implemented resources: host objects behind guest handles, own vs borrow, lend counts and traps.</summary>
public sealed class ResourceHandlesTests
{
    private const int R = 7;
    private const int S = 8;

    private sealed class Thing : IDisposable
    {
        public int Disposals;
        public void Dispose() => Disposals++;
    }

    private sealed class Other
    {
    }

    private static CallContext NewContext() => TestTypes.Context(new TestMemory());

    private static CoreValue[] Handle(uint index) => new[] { CoreValue.I32(index) };

    [Fact]
    public void AnOwnHandedToTheGuestComesBackAsTheSameObject()
    {
        var cx = NewContext();
        var thing = new Thing();
        uint index = ResourceHandles.LowerOwn(cx, R, thing);
        Assert.Equal(1, cx.Instance.HostObjects.Count);
        Assert.Same(thing, ResourceHandles.LiftOwn<Thing>(cx, R, index));
        Assert.Equal(0, cx.Instance.HostObjects.Count);
        Assert.Empty(cx.Instance.Handles.Entries);
        Assert.Equal(0, thing.Disposals);
        Assert.Throws<CanonicalAbiTrapException>(() => ResourceHandles.LiftOwn<Thing>(cx, R, index));
    }

    [Fact]
    public void DroppingAnOwnHandleDisposesTheObjectOnceAndLaterUseTraps()
    {
        var cx = NewContext();
        var thing = new Thing();
        uint index = ResourceHandles.LowerOwn(cx, R, thing);
        ResourceHandles.Drop(cx, R, Handle(index));
        Assert.Equal(1, thing.Disposals);
        Assert.Contains("invalid resource handle", Assert.Throws<CanonicalAbiTrapException>(() => ResourceHandles.Drop(cx, R, Handle(index))).Message);
        Assert.Throws<CanonicalAbiTrapException>(() => ResourceHandles.LiftBorrow<Thing>(cx, R, index));
        Assert.Equal(1, thing.Disposals);
    }

    [Fact]
    public void ABorrowedSelfIsLentUntilTheImportCallEnds()
    {
        var cx = NewContext();
        var thing = new Thing();
        uint index = ResourceHandles.LowerOwn(cx, R, thing);
        Assert.Same(thing, ResourceHandles.LiftBorrow<Thing>(cx, R, index));
        Assert.Equal(1, cx.Instance.Handles.Get(index).LendCount);
        Assert.Contains("lent out", Assert.Throws<CanonicalAbiTrapException>(() => ResourceHandles.Drop(cx, R, Handle(index))).Message);
        ResourceHandles.EndImportCall(cx);
        Assert.Equal(0, cx.Instance.Handles.Get(index).LendCount);
        // The scope stays usable for the next call.
        Assert.Same(thing, ResourceHandles.LiftBorrow<Thing>(cx, R, index));
        ResourceHandles.EndImportCall(cx);
        ResourceHandles.Drop(cx, R, Handle(index));
        Assert.Equal(1, thing.Disposals);
    }

    [Fact]
    public void ABorrowArgumentMustBeDroppedBeforeTheExportReturns()
    {
        var cx = NewContext();
        var thing = new Thing();
        uint index = ResourceHandles.LowerBorrow(cx, R, thing);
        Assert.Same(thing, ResourceHandles.LiftBorrow<Thing>(cx, R, index));
        ResourceHandles.EndImportCall(cx);
        ResourceHandles.Drop(cx, R, Handle(index));
        Assert.Equal(0, thing.Disposals);
        ResourceHandles.EndExportCall(cx);
        Assert.Equal(0, cx.Instance.HostObjects.Count);

        uint kept = ResourceHandles.LowerBorrow(cx, R, thing);
        var trap = Assert.Throws<CanonicalAbiTrapException>(() => ResourceHandles.EndExportCall(cx));
        Assert.Contains("not dropped", trap.Message);
        Assert.Equal(0, thing.Disposals);
        Assert.True(kept > 0);
    }

    [Fact]
    public void ABorrowHandleCannotBeTakenAsOwn()
    {
        var cx = NewContext();
        uint index = ResourceHandles.LowerBorrow(cx, R, new Thing());
        Assert.Contains("borrow", Assert.Throws<CanonicalAbiTrapException>(() => ResourceHandles.LiftOwn<Thing>(cx, R, index)).Message);
    }

    [Fact]
    public void HandlesOfAnotherResourceTypeTrap()
    {
        var cx = NewContext();
        uint index = ResourceHandles.LowerOwn(cx, R, new Thing());
        Assert.Contains("different resource type", Assert.Throws<CanonicalAbiTrapException>(() => ResourceHandles.LiftBorrow<Thing>(cx, S, index)).Message);
        Assert.Throws<CanonicalAbiTrapException>(() => ResourceHandles.LiftOwn<Thing>(cx, S, index));
        Assert.Throws<CanonicalAbiTrapException>(() => ResourceHandles.Drop(cx, S, Handle(index)));
        Assert.Single(cx.Instance.Handles.Entries);
    }

    [Fact]
    public void AnObjectOfTheWrongClassTraps()
    {
        var cx = NewContext();
        uint index = ResourceHandles.LowerOwn(cx, R, new Other());
        Assert.Contains("not a Thing", Assert.Throws<CanonicalAbiTrapException>(() => ResourceHandles.LiftBorrow<Thing>(cx, R, index)).Message);
    }

    [Fact]
    public void MalformedIntrinsicArgumentsTrap()
    {
        var cx = NewContext();
        Assert.Throws<CanonicalAbiTrapException>(() => ResourceHandles.Drop(cx, R, Array.Empty<CoreValue>()));
        Assert.Throws<CanonicalAbiTrapException>(() => ResourceHandles.Drop(cx, R, new[] { CoreValue.I64(1) }));
        Assert.Throws<CanonicalAbiTrapException>(() => ResourceHandles.Drop(cx, R, Handle(uint.MaxValue)));
    }

    [Fact]
    public void NullHostValuesAreRejected()
    {
        var cx = NewContext();
        Assert.Throws<ArgumentNullException>(() => ResourceHandles.LowerOwn(cx, R, null!));
        Assert.Throws<ArgumentNullException>(() => ResourceHandles.LowerBorrow(cx, R, null!));
    }

    [Fact]
    public void AnObjectGivenTwiceIsTwoHandlesAndIsDisposedWithTheLast()
    {
        var cx = NewContext();
        var thing = new Thing();
        uint first = ResourceHandles.LowerOwn(cx, R, thing);
        uint second = ResourceHandles.LowerOwn(cx, R, thing);
        Assert.NotEqual(first, second);
        Assert.Equal(cx.Instance.Handles.Get(first).Rep, cx.Instance.Handles.Get(second).Rep);
        Assert.Equal(1, cx.Instance.HostObjects.Count);
        ResourceHandles.Drop(cx, R, Handle(first));
        Assert.Equal(0, thing.Disposals);
        Assert.Same(thing, ResourceHandles.LiftBorrow<Thing>(cx, R, second));
        ResourceHandles.EndImportCall(cx);
        ResourceHandles.Drop(cx, R, Handle(second));
        Assert.Equal(1, thing.Disposals);
        Assert.Equal(0, cx.Instance.HostObjects.Count);
    }

    [Fact]
    public void AnObjectLentToAnExportWhileTheGuestOwnsItIsNotDisposedByTheLoan()
    {
        var cx = NewContext();
        var thing = new Thing();
        uint owned = ResourceHandles.LowerOwn(cx, R, thing);
        uint borrowed = ResourceHandles.LowerBorrow(cx, R, thing);
        ResourceHandles.Drop(cx, R, Handle(borrowed));
        ResourceHandles.EndExportCall(cx);
        Assert.Equal(0, thing.Disposals);
        Assert.Same(thing, ResourceHandles.LiftOwn<Thing>(cx, R, owned));
        Assert.Equal(0, cx.Instance.HostObjects.Count);
        Assert.Equal(0, thing.Disposals);
    }

    [Fact]
    public void ResourceTypeMapsTranslateBindingIdsAndNameMissingTypes()
    {
        var cx = NewContext().WithResourceTypes(new ResourceTypeMap(
            new System.Collections.Generic.Dictionary<int, int> { [R] = 40 },
            new System.Collections.Generic.Dictionary<int, string> { [S] = "imported a:b/c#gone" }));
        uint index = ResourceHandles.LowerOwn(cx, R, new Thing());
        Assert.Equal(40, cx.Instance.Handles.Get(index).ResourceType);
        Assert.Contains("a:b/c#gone", Assert.Throws<CanonicalAbiTrapException>(() => ResourceHandles.LiftBorrow<Thing>(cx, S, index)).Message);
        Assert.Contains("not one of the component's", Assert.Throws<CanonicalAbiTrapException>(() => ResourceHandles.LiftBorrow<Thing>(cx, 99, index)).Message);
    }

    [Fact]
    public void HostObjectRepsAreReused()
    {
        var table = new HostObjectTable();
        uint a = table.Add("a");
        uint b = table.Add("b");
        Assert.NotEqual(0u, a);
        Assert.Equal("a", table.Remove(a));
        Assert.Equal(a, table.Add("c"));
        Assert.Equal("b", table.Get(b));
        Assert.Throws<CanonicalAbiTrapException>(() => table.Get(99));
        Assert.Equal(2, table.Count);
    }
}
