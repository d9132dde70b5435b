using System.Linq;
using WitSharp.Components.Binary;
using WitSharp.Components.Wit;

namespace WitSharp.Components.Tests.Wit;

/// <summary>
/// Binaries the decoder accepts but whose types are hostile or broken: reading their WIT ends in a
/// <see cref="ComponentWitException"/> that says why, never a crash, a stack overflow or unbounded work.
/// </summary>
public sealed class ComponentWitHostileTests
{
    [Fact]
    public void AnIndexPastTheTypesIsReportedWithItsOffset()
    {
        // (import "f" (func (type 5))) with no types defined.
        byte[] binary = new ComponentBuilder().Imports(w => w.ExternName("f").Byte(0x01).U32(5)).ToArray();
        var e = Assert.Throws<ComponentWitException>(() => ComponentWit.FromBinary(binary));
        Assert.Contains("type index 5 is out of bounds", e.Message);
        Assert.True(e.Offset > 0);
    }

    [Fact]
    public void AFunctionImportWhoseTypeIsNotAFunctionIsRejected()
    {
        byte[] binary = new ComponentBuilder()
            .Types(w => w.Byte(0x70, SampleComponents.U8))
            .Imports(w => w.ExternName("f").Byte(0x01).U32(0))
            .ToArray();
        var e = Assert.Throws<ComponentWitException>(() => ComponentWit.FromBinary(binary));
        Assert.Contains("not a function type", e.Message);
    }

    [Fact]
    public void DeeplyNestedAnonymousTypesStopAtTheLimitInsteadOfOverflowingTheStack()
    {
        // type 0 = list<u8>; type i = list<type i-1> for 20,000 levels; then a function taking the last one.
        const int depth = 20_000;
        var types = Enumerable.Range(0, depth + 1).Select<int, System.Action<ByteWriter>>(i =>
            i == 0 ? w => w.Byte(0x70, SampleComponents.U8)
            : i < depth ? w => w.Byte(0x70).S33(i - 1)
            : w => w.Byte(0x40).U32(1).Name("x").S33(depth - 1).Byte(0x01, 0x00)).ToArray();
        byte[] binary = new ComponentBuilder().Types(types).Imports(w => w.ExternName("f").Byte(0x01).U32(depth)).ToArray();
        var e = Assert.Throws<ComponentWitException>(() => ComponentWit.FromBinary(binary));
        Assert.Contains("nest more than", e.Message);
    }

    [Fact]
    public void InstantiationsThatDoubleAtEachLevelAreCutOffByTheBudget()
    {
        // Level k holds level k-1 as a nested component and instantiates it twice: 2^40 reads without a budget.
        byte[] component = new ComponentBuilder().Types(SampleComponents.AddFuncType).ToArray();
        for (int level = 0; level < 40; level++)
        {
            component = new ComponentBuilder()
                .Nested(component)
                .Vector(5, 2, (w, _) => w.Byte(0x00).U32(0).U32(0))
                .ToArray();
        }
        var e = Assert.Throws<ComponentWitException>(() => ComponentWit.FromBinary(component));
        Assert.Contains("too large", e.Message);
    }

    [Fact]
    public void AResourceFunctionNamingAnUnknownResourceIsRejected()
    {
        // (type (func)) (import "[method]r.f" (func (type 0))) with no resource r before it.
        byte[] binary = new ComponentBuilder()
            .Types(w => w.Byte(0x40).U32(0).Byte(0x01, 0x00))
            .Imports(w => w.ExternName("[method]r.f").Byte(0x01).U32(0))
            .ToArray();
        var e = Assert.Throws<ComponentWitException>(() => ComponentWit.FromBinary(binary));
        Assert.Contains("resource `r`", e.Message);
    }

    [Fact]
    public void ImplementsOnAFunctionIsRejected()
    {
        // (type (func)) (import "f" (implements "a:b/c") (func (type 0))): Binary.md allows implements on instances only.
        byte[] binary = new ComponentBuilder()
            .Types(w => w.Byte(0x40).U32(0).Byte(0x01, 0x00))
            .Imports(w => w.Byte(0x02).Name("f").U32(1).Byte(0x00).Name("a:b/c").Byte(0x01).U32(0))
            .ToArray();
        var e = Assert.Throws<ComponentWitException>(() => ComponentWit.FromBinary(binary));
        Assert.Contains("only instances may", e.Message);
    }

    [Fact]
    public void ACoreModuleWithoutAComponentTypeSectionHoldsNoWit()
    {
        var e = Assert.Throws<ComponentWitException>(() => ComponentWit.FromBinary(ComponentBuilder.EmptyCoreModule));
        Assert.Contains("no `component-type`", e.Message);
    }

    [Fact]
    public void MalformedBytesAreTheDecodersException()
    {
        Assert.Throws<ComponentDecodeException>(() => ComponentWit.FromBinary(new byte[] { 0x00, 0x61, 0x73, 0x6d, 0x0d, 0x00, 0x01, 0x00, 0x07, 0x05 }));
    }
}
