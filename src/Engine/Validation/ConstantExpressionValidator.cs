using System;
using WitSharp.Engine.Binary;
using WitSharp.Engine.Model;

namespace WitSharp.Engine.Validation;

/// <summary>
/// Validates initializer expressions: only <c>t.const</c>, <c>ref.null</c>, <c>ref.func</c> and <c>global.get</c>
/// of an imported immutable global are allowed (WebAssembly 2.0, context C'), and, as the extended-const proposal
/// (standard since WebAssembly 3.0) adds, <c>i32</c>/<c>i64</c> <c>add</c>, <c>sub</c> and <c>mul</c>: toolchains
/// emit them (componentize-js's QuickJS computes global initialisers with <c>i32.add</c>). The result must be exactly
/// one value of the expected type.
/// </summary>
internal static class ConstantExpressionValidator
{
    private const int MaxStack = 8;

    public static void Validate(ConstantExpression expression, ValType expected, ModuleContext context, TypeStack errors)
    {
        if (expression.Code.IsEmpty)
        {
            // A bare function index of an element segment.
            errors.ErrorOffset = expression.Offset;
            context.FunctionType(expression.Index, errors);
            if (expected != ValType.FuncRef) throw errors.Error("type mismatch");
            return;
        }
        Span<ValType> stack = stackalloc ValType[MaxStack];
        int depth = 0;
        var reader = new InstructionReader(expression.Code.Span, expression.Offset);
        var ins = default(Instruction);
        while (true)
        {
            Opcode op = reader.Read(ref ins);
            errors.ErrorOffset = ins.Offset;
            ValType pushed;
            switch (op)
            {
                case Opcode.End:
                    if (depth != 1 || stack[0] != expected) throw errors.Error("type mismatch");
                    return;
                case Opcode.I32Const: pushed = ValType.I32; break;
                case Opcode.I64Const: pushed = ValType.I64; break;
                case Opcode.F32Const: pushed = ValType.F32; break;
                case Opcode.F64Const: pushed = ValType.F64; break;
                case Opcode.RefNull: pushed = ins.ValueType; break;
                case Opcode.RefFunc:
                    context.FunctionType(ins.Index, errors);
                    pushed = ValType.FuncRef;
                    break;
                case Opcode.GlobalGet:
                {
                    // Under C' only imported globals are visible.
                    if (ins.Index >= (uint)context.Module.ImportedGlobalCount) throw errors.Error($"unknown global {ins.Index}");
                    GlobalType global = context.Global(ins.Index, errors);
                    if (global.Mutable) throw errors.Error("constant expression required");
                    pushed = global.ValueType;
                    break;
                }
                case Opcode.I32Add or Opcode.I32Sub or Opcode.I32Mul:
                case Opcode.I64Add or Opcode.I64Sub or Opcode.I64Mul:
                {
                    pushed = op is Opcode.I32Add or Opcode.I32Sub or Opcode.I32Mul ? ValType.I32 : ValType.I64;
                    if (depth < 2 || stack[depth - 1] != pushed || stack[depth - 2] != pushed) throw errors.Error("type mismatch");
                    depth -= 2;
                    break;
                }
                default:
                    throw errors.Error("constant expression required");
            }
            if (depth == MaxStack) throw errors.Error("type mismatch");
            stack[depth++] = pushed;
        }
    }
}
