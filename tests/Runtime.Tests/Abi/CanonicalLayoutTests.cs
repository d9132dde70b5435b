using System;
using System.Linq;
using System.Text;
using System.Threading;
using WitSharp.WitParser;
using WitSharp.WitParser.Abi;
using WitSharp.WitParser.Resolution;

namespace WitSharp.Runtime.Tests.Abi;

/// <summary>The layout stage on hand-written WIT: offsets, discriminants, joins, limits and signatures.</summary>
public sealed class CanonicalLayoutTests
{
    private static readonly TestTypes Types = new(
        "record padded { a: u8, b: u32, c: u16 }\n" +
        "variant mixed { a(f32), b(u64), c(string) }\n" +
        "flags nine { f0, f1, f2, f3, f4, f5, f6, f7, f8 }\n" +
        "type fixed = list<u16, 3>;\n" +
        "type res = result<_, string>;\n" +
        "type str = string;\n" +
        "f17: func(a0: u32, a1: u32, a2: u32, a3: u32, a4: u32, a5: u32, a6: u32, a7: u32, a8: u32, a9: u32, a10: u32, a11: u32, a12: u32, a13: u32, a14: u32, a15: u32, a16: u32) -> tuple<u32, u32>;\n" +
        "f5: func(a: u8, b: u8, c: u8, d: u8, e: u8) -> u8;\n");

    private static CoreValueType[] Flat(params CoreValueType[] types) => types;

    [Fact]
    public void RecordFieldsAreAlignedAndTheSizeRoundedUp()
    {
        TypeLayout layout = Types.Layout.Of(Types.Wit("padded"));
        Assert.Equal(new[] { 0, 4, 8 }, layout.FieldOffsets);
        Assert.Equal(12, layout.Size);
        Assert.Equal(4, layout.Alignment);
        Assert.Equal(3, layout.Flat.Count);
    }

    [Fact]
    public void VariantSlotsAreJoinedAndThePayloadFollowsTheDiscriminant()
    {
        TypeLayout layout = Types.Layout.Of(Types.Wit("mixed"));
        Assert.Equal(1, layout.DiscriminantSize);
        Assert.Equal(8, layout.PayloadOffset);
        Assert.Equal(16, layout.Size);
        Assert.Equal(8, layout.Alignment);
        Assert.Equal(Flat(CoreValueType.I32, CoreValueType.I64, CoreValueType.I32), layout.Flat);
    }

    [Fact]
    public void FlagsAndFixedListsAndResults()
    {
        TypeLayout flags = Types.Layout.Of(Types.Wit("nine"));
        Assert.Equal((2, 2), (flags.Size, flags.Alignment));
        Assert.Equal(Flat(CoreValueType.I32), flags.Flat);
        TypeLayout fixedList = Types.Layout.Of(Types.Wit("fixed"));
        Assert.Equal((6, 2, 3), (fixedList.Size, fixedList.Alignment, fixedList.Flat.Count));
        TypeLayout result = Types.Layout.Of(Types.Wit("res"));
        Assert.Equal((12, 4, 4), (result.Size, result.Alignment, result.PayloadOffset));
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(256, 1)]
    [InlineData(257, 2)]
    [InlineData(65536, 2)]
    [InlineData(65537, 4)]
    public void DiscriminantSizes(int cases, int size) => Assert.Equal(size, CanonicalLayout.DiscriminantSize(cases));

    [Fact]
    public void Memory64WidensPointersAndLengths()
    {
        var layout = new CanonicalLayout(Types.Resolve, AbiAddressType.Memory64);
        TypeLayout str = layout.Of(Types.Wit("str"));
        Assert.Equal((16, 8), (str.Size, str.Alignment));
        Assert.Equal(Flat(CoreValueType.I64, CoreValueType.I64), str.Flat);
    }

    [Fact]
    public void LayoutsAreCachedPerDefinition() =>
        Assert.Same(Types.Layout.Of(Types.Wit("mixed")), Types.Layout.Of(Types.Wit("mixed")));

    [Fact]
    public void SignaturesSpillParamsAndResultsToMemory()
    {
        WitFunction f17 = Types.Resolve.Interfaces.First(i => i.Name == "i").Functions.GetValue("f17");
        CoreFunctionType lift = Types.Layout.Signature(f17, AbiCallKind.LiftSync);
        Assert.True(lift.ParamsInMemory && lift.ResultsInMemory);
        Assert.Equal(Flat(CoreValueType.I32), lift.Params);
        Assert.Equal(Flat(CoreValueType.I32), lift.Results);
        CoreFunctionType lower = Types.Layout.Signature(f17, AbiCallKind.LowerSync);
        Assert.Equal(Flat(CoreValueType.I32, CoreValueType.I32), lower.Params);
        Assert.Empty(lower.Results);

        WitFunction f5 = Types.Resolve.Interfaces.First(i => i.Name == "i").Functions.GetValue("f5");
        Assert.Equal(5, Types.Layout.Signature(f5, AbiCallKind.LowerSync).Params.Count);
        CoreFunctionType lowerAsync = Types.Layout.Signature(f5, AbiCallKind.LowerAsync);
        Assert.Equal(Flat(CoreValueType.I32, CoreValueType.I32), lowerAsync.Params);
        Assert.Equal(Flat(CoreValueType.I32), lowerAsync.Results);
        Assert.Empty(Types.Layout.Signature(f5, AbiCallKind.LiftAsync).Results);
    }

    [Fact]
    public void InvalidTypesAreReportedNotLaidOut()
    {
        // The front end already rejects more than 32 flags; size limits are the layout stage's to check.
        var types = new TestTypes("flags full { " + string.Join(", ", Enumerable.Range(0, 32).Select(i => "f" + i)) + " }\n" +
            "type big = list<list<u64, 65536>, 65536>;\ntype wraps = list<option<big>>;");
        TypeLayout full = types.Layout.Of(types.Wit("full"));
        Assert.Equal((4, 4), (full.Size, full.Alignment));
        Assert.False(types.Layout.TryValidate(types.Wit("big"), out string? reason));
        Assert.Contains("2^28", reason);
        Assert.Throws<AbiTypeException>(() => types.Layout.Of(types.Wit("wraps")));
    }

    [Fact]
    public void ALongChainOfNamedTypesDoesNotOverflowTheStack()
    {
        const int depth = 10000;
        var text = new StringBuilder("package test:deep;\ninterface i {\n  type t0 = u8;\n");
        for (int i = 1; i < depth; i++) text.Append("  type t").Append(i).Append(" = list<t").Append(i - 1).Append(">;\n");
        text.Append("}\n");
        WitLoadResult result = WitLoader.LoadText("deep.wit", text.ToString());
        Assert.True(result.Success);
        WitInterface iface = result.Resolve!.Interfaces.First(i => i.Name == "i");
        var layout = new CanonicalLayout(result.Resolve);
        // Lists keep every layout small, so only the depth of the element-validation walk matters. A 256 KB
        // thread cannot hold that walk, so this only passes when the layout stage moves to a larger stack.
        TypeLayout? deepest = null;
        var thread = new Thread(() => deepest = layout.Of(WitType.FromId(iface.Types.GetValue("t" + (depth - 1)))), 256 * 1024);
        thread.Start();
        thread.Join();
        Assert.NotNull(deepest);
        Assert.Equal((8, 2), (deepest!.Size, deepest.Flat.Count));
    }
}
