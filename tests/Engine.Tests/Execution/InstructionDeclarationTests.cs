using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using WitSharp.Engine.Execution;

namespace WitSharp.Engine.Tests.Execution;

/// <summary>
/// The generated tables against the declarations they come from: for every <see cref="Op"/>, the
/// <see cref="OperandsAttribute"/> on it (read by reflection, independently of the source generator) equals its
/// <see cref="OpLayout"/> entry, and <see cref="OpWidth"/> holds exactly one constant per op, 1 + its operand count.
/// </summary>
public sealed class InstructionDeclarationTests
{
    public static IEnumerable<object[]> Ops() => Enum.GetNames<Op>().Select(name => new object[] { name });

    [Theory]
    [MemberData(nameof(Ops))]
    public void TheLayoutAndTheWidthAreTheDeclaredOperands(string name)
    {
        var op = Enum.Parse<Op>(name);
        OperandKind[] declared = typeof(Op).GetField(op.ToString())!.GetCustomAttribute<OperandsAttribute>()?.Kinds
            ?? throw new InvalidOperationException($"{op} declares no operands");
        Assert.Equal(declared, OpLayout.Of(op));
        FieldInfo width = typeof(OpWidth).GetField(op.ToString(), BindingFlags.Public | BindingFlags.Static)
            ?? throw new InvalidOperationException($"OpWidth has no constant for {op}");
        Assert.Equal(1 + declared.Length, (int)width.GetRawConstantValue()!);
    }

    [Fact]
    public void OnlyOpsHaveAWidthOrALayout()
    {
        var names = new HashSet<string>(Enum.GetNames<Op>());
        string[] extra = typeof(OpWidth).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => f.Name).Where(n => !names.Contains(n)).ToArray();
        Assert.Empty(extra);
        int max = Enum.GetValues<Op>().Max(op => (int)op);
        for (int value = 0; value <= max + 1; value++)
            Assert.Equal(Enum.IsDefined((Op)value), OpLayout.Of((Op)value) is not null);
    }

    [Theory]
    [InlineData("I32Load", 2)] // (dst, addr, offset)
    [InlineData("I32Store", 2)] // (addr, value, offset)
    [InlineData("Select", 4)]
    [InlineData("GlobalGet", 1)]
    [InlineData("Call", 0)]
    [InlineData("CallIndirect", 0)]
    [InlineData("Return", 0)]
    public void LeadingSlotsCountsTheSlotsBeforeTheFirstImmediate(string op, int expected) =>
        Assert.Equal(expected, OpLayout.LeadingSlots(Enum.Parse<Op>(op)));
}
