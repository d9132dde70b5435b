using System;
using System.Collections.Generic;
using WitSharp.Runtime.Bindings;
using WitSharp.Runtime.Resources;

namespace WitSharp.Runtime.Tests;

/// <summary>Guest-implemented resources: the host's stand-in objects, the guest's intrinsics and the destructor.</summary>
public sealed class GuestResourceTests
{
    private const int R = 3;
    private const string Dtor = "t:g/i#[dtor]r";

    /// <summary>Records every core call; export names resolve to their position in a list.</summary>
    private sealed class RecordingInvoker : ICoreFunctionInvoker
    {
        public readonly List<string> Names = new();
        public readonly List<string> Calls = new();

        public int Resolve(string name)
        {
            Names.Add(name);
            return Names.Count - 1;
        }

        public void Invoke(int export, ReadOnlySpan<CoreValue> arguments, Span<CoreValue> results) =>
            Calls.Add(Names[export] + "(" + string.Join(",", arguments.ToArray()) + ")");

        public void PostReturn(int export, ReadOnlySpan<CoreValue> results)
        {
        }
    }

    private sealed class Proxy : IGuestResource
    {
        public Proxy(CallContext context, uint rep) => Handle = new GuestResourceHandle(context, rep, Dtor, nameof(Proxy));

        public GuestResourceHandle Handle { get; }

        public void Dispose() => Handle.Dispose();

        public int ExportIndex(string name) => Handle.Exports.Index(name);
    }

    private static (CallContext, RecordingInvoker) NewContext()
    {
        var cx = TestTypes.Context(new TestMemory());
        var invoker = new RecordingInvoker();
        cx.Instance.BindExports(invoker, invoker.Resolve);
        return (cx, invoker);
    }

    [Fact]
    public void TheGuestsNewHandleLiftsToItsRepAndDisposeRunsTheDestructorOnce()
    {
        var (cx, invoker) = NewContext();
        var results = new CoreValue[1];
        GuestResourceHandles.New(cx, R, new[] { CoreValue.I32(1000) }, results);
        uint index = (uint)results[0].Bits;
        GuestResourceHandles.Rep(cx, R, new[] { CoreValue.I32(index) }, results);
        Assert.Equal(1000ul, results[0].Bits);
        var proxy = new Proxy(cx, GuestResourceHandles.LiftOwn(cx, R, index));
        Assert.Empty(cx.Instance.Handles.Entries);
        Assert.Equal(1000u, GuestResourceHandles.LowerBorrow(cx, proxy));
        proxy.Dispose();
        proxy.Dispose();
        Assert.Equal(new[] { Dtor + "(i32:1000)" }, invoker.Calls);
        Assert.True(proxy.Handle.IsReleased);
        Assert.Contains("Proxy", Assert.Throws<ObjectDisposedException>(() => proxy.Handle.Rep).Message);
        Assert.Throws<ObjectDisposedException>(() => GuestResourceHandles.LowerBorrow(cx, proxy));
    }

    [Fact]
    public void GivingOwnershipBackMovesTheRepIntoTheGuestsTable()
    {
        var (cx, invoker) = NewContext();
        var proxy = new Proxy(cx, 55);
        uint index = GuestResourceHandles.LowerOwn(cx, R, proxy);
        Assert.Equal(55u, cx.Instance.Handles.Get(index).Rep);
        Assert.Throws<ObjectDisposedException>(() => GuestResourceHandles.LowerOwn(cx, R, proxy));
        proxy.Dispose();
        Assert.Empty(invoker.Calls);

        // The guest drops its own handle: its destructor runs.
        GuestResourceHandles.Drop(cx, R, Dtor, new[] { CoreValue.I32(index) });
        Assert.Single(invoker.Calls);
        Assert.Throws<CanonicalAbiTrapException>(() => GuestResourceHandles.Drop(cx, R, Dtor, new[] { CoreValue.I32(index) }));
    }

    [Fact]
    public void AResourceOfAnotherInstanceIsRejected()
    {
        var (cx, _) = NewContext();
        var (other, _) = NewContext();
        var proxy = new Proxy(other, 9);
        Assert.Contains("another component instance", Assert.Throws<InvalidOperationException>(() => GuestResourceHandles.LowerBorrow(cx, proxy)).Message);
        Assert.Throws<InvalidOperationException>(() => GuestResourceHandles.LowerOwn(cx, R, proxy));
        Assert.False(proxy.Handle.IsReleased);
    }

    [Fact]
    public void ExportIndicesAreResolvedOnce()
    {
        var (cx, invoker) = NewContext();
        var proxy = new Proxy(cx, 1);
        Assert.Equal(proxy.ExportIndex("a"), proxy.ExportIndex("a"));
        Assert.Single(invoker.Names);
    }

    [Fact]
    public void GuestIntrinsicsTrapOnBadHandles()
    {
        var (cx, _) = NewContext();
        var results = new CoreValue[1];
        Assert.Throws<CanonicalAbiTrapException>(() => GuestResourceHandles.Rep(cx, R, new[] { CoreValue.I32(4) }, results));
        Assert.Throws<CanonicalAbiTrapException>(() => GuestResourceHandles.New(cx, R, new[] { CoreValue.F32(0) }, results));
        Assert.Throws<CanonicalAbiTrapException>(() => GuestResourceHandles.LiftOwn(cx, R, 9));
        Assert.Throws<CanonicalAbiTrapException>(() => GuestResourceHandles.LiftBorrow<Proxy>(1));
    }

    [Fact]
    public void BindingTheSameSeamAgainKeepsResolvedIndices()
    {
        var (cx, invoker) = NewContext();
        var exports = cx.Instance.Exports;
        cx.Instance.BindExports(invoker, invoker.Resolve);
        Assert.Same(exports, cx.Instance.Exports);
        var other = new RecordingInvoker();
        cx.Instance.BindExports(other, other.Resolve);
        Assert.Same(other, cx.Instance.RequireExports().Invoker);
    }

    [Fact]
    public void UsingExportsBeforeTheyAreBoundIsAClearError()
    {
        var cx = TestTypes.Context(new TestMemory());
        var proxy = new Proxy(cx, 1);
        Assert.Contains("BindExports", Assert.Throws<InvalidOperationException>(() => proxy.ExportIndex("x")).Message);
    }
}
