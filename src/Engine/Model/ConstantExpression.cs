using System;

namespace WitSharp.Engine.Model;

/// <summary>
/// An initializer expression (global init, segment offset, element item). The decoder keeps the raw bytes
/// (so the validator can reject non-constant code with the spec's message) and, when it is one of the
/// 2.0 constant instructions followed by <c>end</c>, its decoded form.
/// </summary>
public sealed class ConstantExpression
{
    /// <summary>Creates a constant expression.</summary>
    public ConstantExpression(ConstantExpressionKind kind, ulong bits, uint index, ValType referenceType, ReadOnlyMemory<byte> code, int offset)
    {
        Kind = kind;
        Bits = bits;
        Index = index;
        ReferenceType = referenceType;
        Code = code;
        Offset = offset;
    }

    /// <summary>Which constant instruction this is, or <see cref="ConstantExpressionKind.Other"/>.</summary>
    public ConstantExpressionKind Kind { get; }

    /// <summary>The immediate of a numeric constant: the integer (i32 zero-extended) or the float bit pattern.</summary>
    public ulong Bits { get; }

    /// <summary>The function index of <c>ref.func</c> or the global index of <c>global.get</c>.</summary>
    public uint Index { get; }

    /// <summary>The type of <c>ref.null</c>.</summary>
    public ValType ReferenceType { get; }

    /// <summary>The instruction bytes including the final <c>end</c>; empty for items synthesized from a function-index list.</summary>
    public ReadOnlyMemory<byte> Code { get; }

    /// <summary>The byte offset of <see cref="Code"/> in the module binary (for error messages).</summary>
    public int Offset { get; }

    /// <summary>The value of an <c>i32.const</c>.</summary>
    public int I32 => unchecked((int)Bits);

    /// <summary>The value of an <c>i64.const</c>.</summary>
    public long I64 => unchecked((long)Bits);

    /// <summary>The value of an <c>f32.const</c>.</summary>
    public float F32 => BitConverter.Int32BitsToSingle(unchecked((int)Bits));

    /// <summary>The value of an <c>f64.const</c>.</summary>
    public double F64 => BitConverter.Int64BitsToDouble(unchecked((long)Bits));

    /// <summary>An element item given as a bare function index (element segment forms 0–3).</summary>
    public static ConstantExpression FunctionReference(uint functionIndex, int offset) =>
        new(ConstantExpressionKind.RefFunc, 0, functionIndex, ValType.FuncRef, ReadOnlyMemory<byte>.Empty, offset);

    /// <inheritdoc/>
    public override string ToString() => Kind switch
    {
        ConstantExpressionKind.I32Const => $"(i32.const {I32})",
        ConstantExpressionKind.I64Const => $"(i64.const {I64})",
        ConstantExpressionKind.F32Const => $"(f32.const {F32})",
        ConstantExpressionKind.F64Const => $"(f64.const {F64})",
        ConstantExpressionKind.RefNull => $"(ref.null {(ReferenceType == ValType.FuncRef ? "func" : "extern")})",
        ConstantExpressionKind.RefFunc => $"(ref.func {Index})",
        ConstantExpressionKind.GlobalGet => $"(global.get {Index})",
        _ => $"(expression of {Code.Length} bytes)",
    };
}
