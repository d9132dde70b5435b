using System.Collections.Generic;
using WitSharp.Engine;
using WitSharp.Runtime;
using WitSharp.Engine.Components.Engines;
using WitSharp.Testing;

namespace WitSharp.Engine.Components.Tests;

/// <summary>The corpus resource components: a host-implemented blob the guest uses, and a guest-implemented counter.</summary>
public sealed class ResourceComponentTests
{
    private const string Blobs = "witsharp:blobs/blobs";
    private const string Counters = "witsharp:counters/counters";

    /// <summary>The host's blobs: reps index <see cref="Live"/>.</summary>
    private sealed class BlobHost
    {
        public Dictionary<uint, List<byte>> Live { get; } = new();
        public List<uint> Destroyed { get; } = new();
        private uint _next = 100;

        public void Define(ComponentLinker linker)
        {
            ComponentLinkerInstance blobs = linker.Instance(Blobs);
            blobs.DefineResource("blob", rep =>
            {
                Assert.True(Live.Remove(rep), "destructor of a blob the host does not have: " + rep);
                Destroyed.Add(rep);
            });
            blobs.DefineFunction("[constructor]blob", args => New(ToBytes(args[0])));
            blobs.DefineFunction("[method]blob.size", args => WitValue.Unsigned((uint)Live[(uint)args[0].Bits].Count));
            blobs.DefineFunction("[method]blob.append", args =>
            {
                Live[(uint)args[0].Bits].Add((byte)args[1].Bits);
                return null;
            });
            blobs.DefineFunction("concat", args =>
            {
                var bytes = new List<byte>(Live[(uint)args[0].Bits]);
                bytes.AddRange(Live[(uint)args[1].Bits]);
                return New(bytes);
            });
        }

        private WitValue New(List<byte> bytes)
        {
            uint rep = _next++;
            Live.Add(rep, bytes);
            return WitValue.Handle(rep);
        }

        private static List<byte> ToBytes(WitValue list)
        {
            var bytes = new List<byte>();
            foreach (WitValue item in list.Items) bytes.Add((byte)item.Bits);
            return bytes;
        }
    }

    [SkippableTheory, EachEngine]
    public void TheGuestCreatesBorrowsConcatenatesAndDropsHostBlobs(string engine)
    {
        CoreEngine core = TestEngines.Create(engine);
        Component component = Component.FromBytes(core, ComponentCorpus.RequireBytes("host-resources"));
        var host = new BlobHost();
        var linker = new ComponentLinker(core);
        host.Define(linker);
        using ComponentInstance instance = linker.Instantiate(component);
        ComponentFunction demo = instance.GetFunction("blob-demo")!;
        Assert.Equal(2UL * (5 + 1), demo.Invoke(WitValue.Unsigned(5))!.Bits);
        Assert.Equal(2UL * (0 + 1), demo.Invoke(WitValue.Unsigned(0))!.Bits);
        // Every blob the guest made was dropped by the guest, which ran the host's destructor once each.
        Assert.Empty(host.Live);
        Assert.Equal(4, host.Destroyed.Count);
        Assert.Equal(host.Destroyed.Count, new HashSet<uint>(host.Destroyed).Count);
    }

    [SkippableTheory, EachEngine]
    public void GuestCountersLiveInTheGuestAndTheirDestructorRuns(string engine)
    {
        CoreEngine core = TestEngines.Create(engine);
        Component component = Component.FromBytes(core, ComponentCorpus.RequireBytes("guest-resources"));
        using ComponentInstance instance = new ComponentLinker(core).Instantiate(component);
        ComponentFunction create = instance.GetFunction(Counters, "[constructor]counter")!;
        ComponentFunction increment = instance.GetFunction(Counters, "[method]counter.increment")!;
        ComponentFunction value = instance.GetFunction(Counters, "[method]counter.value")!;
        ComponentFunction merge = instance.GetFunction(Counters, "[static]counter.merge")!;
        ComponentFunction dropped = instance.GetFunction(Counters, "dropped")!;
        Assert.Equal(CanonicalTypeKind.Own, create.ResultType!.Kind);
        Assert.Equal(CanonicalTypeKind.Borrow, increment.ParameterTypes[0].Kind);

        uint a = (uint)create.Invoke(WitValue.Unsigned(10))!.Bits;
        uint b = (uint)create.Invoke(WitValue.Unsigned(5))!.Bits;
        Assert.Equal(13UL, increment.Invoke(WitValue.Handle(a), WitValue.Unsigned(3))!.Bits);
        uint sum = (uint)merge.Invoke(WitValue.Handle(a), WitValue.Handle(b))!.Bits;
        Assert.Equal(18UL, value.Invoke(WitValue.Handle(sum))!.Bits);
        Assert.Equal(0UL, dropped.Invoke()!.Bits);
        instance.DropResource(Counters, "counter", a);
        instance.DropResource(Counters, "counter", sum);
        Assert.Equal(2UL, dropped.Invoke()!.Bits);
        // churn makes, uses and drops counters inside the guest (resource.new, rep and drop with its destructor).
        Assert.Equal(0UL + 1 + 2 + 3, instance.GetFunction(Counters, "churn")!.Invoke(WitValue.Unsigned(4))!.Bits);
        Assert.Equal(6UL, dropped.Invoke()!.Bits);
        Assert.False(instance.HasTrapped);
    }
}
