using System.Collections.Generic;
using System.Linq;
using WitSharp.Runtime.Resources;

namespace WitSharp.Runtime.Tests;

/// <summary>The spec's handle rules: table indices, own transfer, borrow scopes, lend counts and drops.</summary>
public sealed class HandleTableTests
{
    private static readonly TestTypes Types = new("type own-r = own<r>;\ntype borrow-r = borrow<r>;\ntype own-s = own<s>;\ntype borrow-s = borrow<s>;");
    private static readonly int R = Types.Id("r");
    private static readonly int S = Types.Id("s");

    [Fact]
    public void IndexZeroIsReservedAndFreedIndicesAreReusedLastFirst()
    {
        var instance = new ComponentInstanceState();
        Assert.Equal(1u, instance.LowerOwn(R, 10));
        Assert.Equal(2u, instance.LowerOwn(R, 20));
        Assert.Equal(3u, instance.LowerOwn(R, 30));
        Assert.Throws<CanonicalAbiTrapException>(() => instance.Handles.Get(0));
        Assert.Equal(10u, instance.Drop(R, 1));
        Assert.Equal(20u, instance.Drop(R, 2));
        Assert.Equal(2u, instance.LowerOwn(R, 40));
        Assert.Equal(1u, instance.LowerOwn(R, 50));
        Assert.Equal(new[] { (1, 50u), (2, 40u), (3, 30u) }, instance.Handles.Entries.Select(e => (e.Key, e.Value.Rep)).ToArray());
    }

    [Fact]
    public void LiftingOwnMovesTheHandleOut()
    {
        var instance = new ComponentInstanceState();
        uint index = instance.LowerOwn(R, 7);
        Assert.Equal(7u, instance.LiftOwn(R, index));
        Assert.Throws<CanonicalAbiTrapException>(() => instance.LiftOwn(R, index));
        Assert.Empty(instance.Handles.Entries);
    }

    [Fact]
    public void InvalidIndicesTrap()
    {
        var instance = new ComponentInstanceState();
        Assert.Throws<CanonicalAbiTrapException>(() => instance.LiftOwn(R, 1));
        Assert.Throws<CanonicalAbiTrapException>(() => instance.LiftBorrow(R, 99, new BorrowScope()));
        Assert.Throws<CanonicalAbiTrapException>(() => instance.Drop(R, 0));
        Assert.Throws<CanonicalAbiTrapException>(() => instance.Rep(R, uint.MaxValue));
    }

    [Fact]
    public void AHandleOfAnotherResourceTypeTraps()
    {
        var instance = new ComponentInstanceState();
        uint index = instance.LowerOwn(R, 7);
        Assert.Throws<CanonicalAbiTrapException>(() => instance.LiftOwn(S, index));
        Assert.Throws<CanonicalAbiTrapException>(() => instance.Drop(S, index));
    }

    [Fact]
    public void ABorrowCannotBeLiftedAsOwn()
    {
        var instance = new ComponentInstanceState();
        var callee = new BorrowScope();
        uint index = instance.LowerBorrow(R, 7, callee);
        Assert.Contains("borrow", Assert.Throws<CanonicalAbiTrapException>(() => instance.LiftOwn(R, index)).Message);
    }

    [Fact]
    public void BorrowsMustBeDroppedBeforeTheCalleeReturns()
    {
        var instance = new ComponentInstanceState();
        var callee = new BorrowScope();
        uint index = instance.LowerBorrow(R, 7, callee);
        Assert.Equal(1, callee.BorrowCount);
        Assert.Throws<CanonicalAbiTrapException>(callee.EnsureNoBorrows);
        Assert.Null(instance.Drop(R, index));
        Assert.Equal(0, callee.BorrowCount);
        callee.EnsureNoBorrows();
    }

    [Fact]
    public void ALentOwnHandleCannotBeMovedOrDroppedUntilTheCallEnds()
    {
        var instance = new ComponentInstanceState();
        uint index = instance.LowerOwn(R, 7);
        var call = new BorrowScope();
        Assert.Equal(7u, instance.LiftBorrow(R, index, call));
        Assert.Equal(1, instance.Handles.Get(index).LendCount);
        Assert.Throws<CanonicalAbiTrapException>(() => instance.Drop(R, index));
        Assert.Throws<CanonicalAbiTrapException>(() => instance.LiftOwn(R, index));
        call.ReleaseLenders();
        Assert.Equal(0, instance.Handles.Get(index).LendCount);
        Assert.Throws<CanonicalAbiTrapException>(() => instance.LiftBorrow(R, index, call));
        Assert.Equal(7u, instance.LiftOwn(R, index));
    }

    [Fact]
    public void BorrowingALocalResourcePassesTheRepWithoutAHandle()
    {
        var instance = new ComponentInstanceState(new[] { R });
        var callee = new BorrowScope();
        Assert.Equal(1234u, instance.LowerBorrow(R, 1234, callee));
        Assert.Equal(0, callee.BorrowCount);
        Assert.Empty(instance.Handles.Entries);
        Assert.Equal(1u, instance.LowerBorrow(S, 1234, callee));
    }

    [Fact]
    public void HandlesTravelThroughTheDynamicPath()
    {
        var memory = new TestMemory();
        var instance = new ComponentInstanceState();
        CallContext lower = TestTypes.Context(memory, instance: instance);
        var flat = new List<CoreValue>();
        CanonicalAbi.LowerFlat(lower, WitValue.Handle(42), Types.Type("own-r"), flat);
        CanonicalAbi.LowerFlat(lower, WitValue.Handle(43), Types.Type("borrow-s"), flat);
        Assert.Equal(new[] { CoreValue.I32(1), CoreValue.I32(2) }, flat);
        Assert.Equal(1, lower.BorrowScope.BorrowCount);

        CallContext lift = TestTypes.Context(memory, instance: instance);
        var reader = new FlatReader(flat.ToArray());
        Assert.Equal(42u, CanonicalAbi.LiftFlat(lift, ref reader, Types.Type("own-r")).Bits);
        Assert.Throws<CanonicalAbiTrapException>(() =>
        {
            var again = new FlatReader(new[] { CoreValue.I32(2) });
            CanonicalAbi.LiftFlat(lift, ref again, Types.Type("own-s"));
        });
    }
}
