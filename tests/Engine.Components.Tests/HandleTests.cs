using System.Collections.Generic;
using WitSharp.Runtime;

namespace WitSharp.Engine.Components.Tests;

/// <summary>Handles of a host resource in the guest's table: disposal, forged and double drops, a borrow kept past its call.</summary>
public sealed class HandleTests
{
    private static (ComponentInstance Instance, List<uint> Destroyed) Instantiate()
    {
        var engine = new WasmEngine();
        Component component = Component.FromBytes(engine, HandWrittenComponents.Require("handles"));
        var destroyed = new List<uint>();
        var linker = new ComponentLinker(engine);
        linker.Root.DefineResource("res", destroyed.Add);
        return (linker.Instantiate(component), destroyed);
    }

    [SkippableFact]
    public void DisposingTheInstanceDestroysTheHostResourcesTheGuestStillOwns()
    {
        (ComponentInstance instance, List<uint> destroyed) = Instantiate();
        instance.GetFunction("keep")!.Invoke(WitValue.Handle(41));
        instance.GetFunction("keep")!.Invoke(WitValue.Handle(42));
        Assert.Empty(destroyed);
        instance.Dispose();
        Assert.Equal(new uint[] { 41, 42 }, destroyed);
        instance.Dispose();
        Assert.Equal(2, destroyed.Count);
        Assert.Contains("disposed", Assert.Throws<CanonicalAbiTrapException>(() => instance.GetFunction("kept")!.Invoke()).Message);
    }

    [SkippableFact]
    public void TheGuestDropsItsHandleOnceAndTheHostDestructorRunsOnce()
    {
        (ComponentInstance instance, List<uint> destroyed) = Instantiate();
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

    [SkippableFact]
    public void AForgedHandleTraps()
    {
        (ComponentInstance instance, List<uint> destroyed) = Instantiate();
        var trap = Assert.Throws<CanonicalAbiTrapException>(() => instance.GetFunction("drop-index")!.Invoke(WitValue.Unsigned(12345)));
        Assert.Contains("invalid resource handle index 12345", trap.Message);
        Assert.Empty(destroyed);
    }

    [SkippableFact]
    public void ABorrowNotDroppedBeforeTheCallReturnsTraps()
    {
        (ComponentInstance instance, _) = Instantiate();
        var trap = Assert.Throws<CanonicalAbiTrapException>(() => instance.GetFunction("hold-borrow")!.Invoke(WitValue.Handle(3)));
        Assert.Contains("borrowed handle was not dropped", trap.Message);
        Assert.True(instance.HasTrapped);
    }
}
