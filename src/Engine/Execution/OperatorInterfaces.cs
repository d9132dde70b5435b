namespace WitSharp.Engine.Execution;

/// <summary>A pure one-operand instruction on raw slot bits; implemented by structs so the JIT inlines it per opcode.</summary>
internal interface IUnaryOp
{
    static abstract ulong Apply(ulong a);
}

/// <summary>A pure two-operand instruction on raw slot bits.</summary>
internal interface IBinaryOp
{
    static abstract ulong Apply(ulong a, ulong b);
}
