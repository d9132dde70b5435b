using WitSharp.Engine;
using WitSharp.Engine.Components.Engines;
using WitSharp.Runtime;
using WitSharp.Testing;

namespace WitSharp.Engine.Components.Tests;

/// <summary>
/// may_leave and may_enter as CanonicalABI.md defines them: a host import called from realloc or post-return traps before
/// the host runs, re-entering an instance from its own import traps, and each trap poisons only its instance.
/// </summary>
public sealed class InstanceFlagTests
{
    private static (ComponentInstancePre Pre, int[] Pings) Prepare(string engine, System.Func<ComponentInstance?>? reenter = null)
    {
        CoreEngine core = TestEngines.Create(engine);
        Component component = Component.FromBytes(core, HandWrittenComponents.Require("flags"));
        var pings = new int[1];
        var linker = new ComponentLinker(core);
        ComponentInstance? target = null;
        linker.Root.DefineFunction("ping", _ =>
        {
            pings[0]++;
            target = reenter?.Invoke();
            target?.GetFunction("seven")!.Invoke();
            return null;
        });
        return (linker.Prepare(component), pings);
    }

    [SkippableTheory, EachEngine]
    public void AnImportCalledFromReallocTrapsBeforeTheHostRuns(string engine)
    {
        (ComponentInstancePre pre, int[] pings) = Prepare(engine);
        ComponentInstance instance = pre.Instantiate();
        var trap = Assert.Throws<CanonicalAbiTrapException>(() => instance.GetFunction("length")!.Invoke(WitValue.String("abc")));
        Assert.Contains("realloc or post-return", trap.Message);
        Assert.Equal(0, pings[0]);
        Assert.True(instance.HasTrapped);
    }

    [SkippableTheory, EachEngine]
    public void AnImportCalledFromPostReturnTraps(string engine)
    {
        (ComponentInstancePre pre, int[] pings) = Prepare(engine);
        ComponentInstance instance = pre.Instantiate();
        var trap = Assert.Throws<CanonicalAbiTrapException>(() => instance.GetFunction("seven")!.Invoke());
        Assert.Contains("realloc or post-return", trap.Message);
        Assert.Equal(0, pings[0]);
        Assert.True(instance.HasTrapped);
    }

    [SkippableTheory, EachEngine]
    public void ReenteringAnInstanceFromItsImportTrapsAndASecondInstanceStillWorks(string engine)
    {
        ComponentInstance? instance = null;
        (ComponentInstancePre pre, int[] pings) = Prepare(engine, () => instance);
        instance = pre.Instantiate();
        var trap = Assert.Throws<CanonicalAbiTrapException>(() => instance.GetFunction("call-ping")!.Invoke());
        Assert.Contains("cannot be re-entered", trap.Message);
        Assert.Equal(1, pings[0]);
        Assert.True(instance.HasTrapped);
        Assert.Contains("can no longer be entered", Assert.Throws<CanonicalAbiTrapException>(() => instance.GetFunction("call-ping")!.Invoke()).Message);

        // The host's ping still works for an instance that does not re-enter anything.
        instance = null;
        ComponentInstance other = pre.Instantiate();
        other.GetFunction("call-ping")!.Invoke();
        Assert.Equal(2, pings[0]);
        Assert.False(other.HasTrapped);
    }

    [SkippableTheory, EachEngine]
    public void CallingAnotherInstanceFromAnImportIsNotReentrance(string engine)
    {
        ComponentInstance? other = null;
        (ComponentInstancePre pre, int[] pings) = Prepare(engine, () => other);
        ComponentInstance instance = pre.Instantiate();
        other = pre.Instantiate();
        // ping calls other.seven, whose post-return pings: other traps, and that trap reaches the outer call.
        var trap = Assert.Throws<CanonicalAbiTrapException>(() => instance.GetFunction("call-ping")!.Invoke());
        Assert.Contains("realloc or post-return", trap.Message);
        Assert.True(other.HasTrapped);
        Assert.Equal(1, pings[0]);
    }
}
