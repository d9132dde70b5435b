using System.Collections.Generic;
using WitSharp.Engine.Components.Engines;
using WitSharp.Runtime;
using WitSharp.Testing;

namespace WitSharp.Engine.Components.Tests;

/// <summary>Handles of a host resource in the guest's table: disposal, forged and double drops, a borrow kept past its call.</summary>
public sealed class HandleTests
{
    private static (ComponentInstance Instance, List<uint> Destroyed) Instantiate(string engine)
    {
        CoreEngine core = TestEngines.Create(engine);
        Component component = Component.FromBytes(core, HandWrittenComponents.Require("handles"));
        var destroyed = new List<uint>();
        var linker = new ComponentLinker(core);
        linker.Root.DefineResource("res", destroyed.Add);
        return (linker.Instantiate(component), destroyed);
    }

    [SkippableTheory, EachEngine]
    public void DisposingTheInstanceDestroysTheHostResourcesTheGuestStillOwns(string engine)
    {
        (ComponentInstance instance, List<uint> destroyed) = Instantiate(engine);
        instance.GetFunction("keep")!.Invoke(WitValue.Handle(41));
        instance.GetFunction("keep")!.Invoke(WitValue.Handle(42));
        Assert.Empty(destroyed);
        instance.Dispose();
        Assert.Equal(new uint[] { 41, 42 }, destroyed);
        instance.Dispose();
        Assert.Equal(2, destroyed.Count);
        Assert.Contains("disposed", Assert.Throws<CanonicalAbiTrapException>(() => instance.GetFunction("kept")!.Invoke()).Message);
    }

    [SkippableTheory, EachEngine]
    public void TheGuestDropsItsHandleOnceAndTheHostDestructorRunsOnce(string engine)
    {
        (ComponentInstance instance, List<uint> destroyed) = Instantiate(engine);
        instance.GetFunction("keep")!.Invoke(WitValue.Handle(7));
        uint index = (uint)instance.GetFunction("kept")!.Invoke()!.Bits;
        instance.GetFunction("drop-index")!.Invoke(WitValue.Unsigned(index));
        Assert.Equal(new uint[] { 7 }, destroyed);
        // Dropping the same index again is a forged handle: a trap, and the host's destructor does not run again.
        var trap = Assert.Throws<CanonicalAbiTrapException>(() => instance.GetFunction("drop-index")!.Invoke(WitValue.Unsigned(index)));
        Assert.Contains("invalid resource handle index", trap.Message);
        Assert.Single(destroyed);
        Assert.True(instance.HasTrapped);
        instance.Dispose();
        Assert.Single(destroyed);
    }

    [SkippableTheory, EachEngine]
    public void AForgedHandleTraps(string engine)
    {
        (ComponentInstance instance, List<uint> destroyed) = Instantiate(engine);
        var trap = Assert.Throws<CanonicalAbiTrapException>(() => instance.GetFunction("drop-index")!.Invoke(WitValue.Unsigned(12345)));
        Assert.Contains("invalid resource handle index 12345", trap.Message);
        Assert.Empty(destroyed);
    }

    [SkippableTheory, EachEngine]
    public void ABorrowNotDroppedBeforeTheCallReturnsTraps(string engine)
    {
        (ComponentInstance instance, _) = Instantiate(engine);
        var trap = Assert.Throws<CanonicalAbiTrapException>(() => instance.GetFunction("hold-borrow")!.Invoke(WitValue.Handle(3)));
        Assert.Contains("borrowed handle was not dropped", trap.Message);
        Assert.True(instance.HasTrapped);
    }
}
