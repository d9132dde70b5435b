namespace WitSharp.Engine.Model;

/// <summary>The single instruction a WebAssembly 2.0 constant expression consists of.</summary>
public enum ConstantExpressionKind : byte
{
    /// <summary>
    /// Anything else: several instructions (an extended constant expression, evaluated from
    /// <see cref="ConstantExpression.Code"/> once validated) or a non-constant one, which fails validation.
    /// </summary>
    Other,
    /// <summary><c>i32.const</c>: the value is in <see cref="ConstantExpression.Bits"/>.</summary>
    I32Const,
    /// <summary><c>i64.const</c>: the value is in <see cref="ConstantExpression.Bits"/>.</summary>
    I64Const,
    /// <summary><c>f32.const</c>: the IEEE bit pattern is in <see cref="ConstantExpression.Bits"/>.</summary>
    F32Const,
    /// <summary><c>f64.const</c>: the IEEE bit pattern is in <see cref="ConstantExpression.Bits"/>.</summary>
    F64Const,
    /// <summary><c>ref.null t</c>: the type is <see cref="ConstantExpression.ReferenceType"/>.</summary>
    RefNull,
    /// <summary><c>ref.func x</c>: the function index is <see cref="ConstantExpression.Index"/>.</summary>
    RefFunc,
    /// <summary><c>global.get x</c>: the global index is <see cref="ConstantExpression.Index"/>.</summary>
    GlobalGet,
}
