using System;
using System.Collections.Generic;
using System.Linq;
using WitSharp.Runtime.Bindings;
using WitSharp.Runtime.Resources;

namespace WitSharp.Runtime.Tests;

/// <summary>
/// Seeded random sequences of what a guest and the bindings do with handles, with guessed indices: misuse only ever
/// traps, every host object is disposed at most once, and the tables stay consistent.
/// </summary>
public sealed class ResourceRandomTests
{
    private const int Host = 1;
    private const int Guest = 2;

    private sealed class Thing : IDisposable
    {
        public int Disposals;
        public void Dispose() => Disposals++;
    }

    private sealed class NullInvoker : ICoreFunctionInvoker
    {
        public int Destructors;
        public void Invoke(int export, ReadOnlySpan<CoreValue> arguments, Span<CoreValue> results) => Destructors++;
        public void PostReturn(int export, ReadOnlySpan<CoreValue> results) { }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void MisuseOnlyTrapsAndTablesStayConsistent(int seed)
    {
        var random = new Random(seed);
        var things = new List<Thing>();
        var invoker = new NullInvoker();
        CallContext cx = NewContext(invoker);
        int traps = 0;
        var results = new CoreValue[1];
        for (int step = 0; step < 5000; step++)
        {
            uint index = (uint)random.Next(0, 12);
            int type = random.Next(2) == 0 ? Host : Guest;
            try
            {
                switch (random.Next(9))
                {
                    case 0:
                        var thing = new Thing();
                        things.Add(thing);
                        ResourceHandles.LowerOwn(cx, Host, thing);
                        break;
                    case 1: ResourceHandles.LiftOwn<Thing>(cx, type, index); break;
                    case 2: ResourceHandles.LiftBorrow<Thing>(cx, type, index); break;
                    case 3: ResourceHandles.Drop(cx, type, new[] { CoreValue.I32(index) }); break;
                    case 4: ResourceHandles.EndImportCall(cx); break;
                    case 5:
                        var lent = new Thing();
                        things.Add(lent);
                        ResourceHandles.LowerBorrow(cx, Host, lent);
                        break;
                    case 6: ResourceHandles.EndExportCall(cx); break;
                    case 7: GuestResourceHandles.New(cx, Guest, new[] { CoreValue.I32((uint)random.Next(1000)) }, results); break;
                    default: GuestResourceHandles.Drop(cx, type, "dtor", new[] { CoreValue.I32(index) }); break;
                }
            }
            catch (CanonicalAbiTrapException)
            {
                traps++;
                // A trap ends the instance: the host starts over with a fresh one.
                cx = NewContext(invoker);
            }
            Assert.All(things, t => Assert.InRange(t.Disposals, 0, 1));
            foreach (var entry in cx.Instance.Handles.Entries.Where(e => e.Value.ResourceType == Host))
            {
                Assert.IsType<Thing>(cx.Instance.HostObjects.Get(entry.Value.Rep));
            }
        }
        Assert.InRange(traps, 100, 5000);
        Assert.Contains(things, t => t.Disposals == 1);
        Assert.True(invoker.Destructors > 0);
    }

    private static CallContext NewContext(NullInvoker invoker)
    {
        var cx = TestTypes.Context(new TestMemory());
        cx.Instance.BindExports(invoker, _ => 0);
        return cx;
    }
}
