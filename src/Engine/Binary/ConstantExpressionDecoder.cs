using System;
using WitSharp.Engine.Model;

namespace WitSharp.Engine.Binary;

/// <summary>
/// Finds the extent of an initializer expression (up to its matching <c>end</c>) and recognizes the
/// 2.0 constant forms. Any other instruction sequence decodes as <see cref="ConstantExpressionKind.Other"/>
/// so that the validator, not the decoder, rejects it (the spec calls that invalid, not malformed).
/// </summary>
internal static class ConstantExpressionDecoder
{
    public static ConstantExpression Read(ref WasmReader reader, ReadOnlyMemory<byte> module)
    {
        int startPosition = reader.Position;
        int startOffset = reader.Offset;
        var instructions = new InstructionReader(reader.Data.Slice(startPosition), startOffset);
        var instruction = default(Instruction);
        int depth = 0;
        int count = 0;
        Opcode first = Opcode.End;
        Instruction firstInstruction = default;
        while (true)
        {
            Opcode op = instructions.Read(ref instruction);
            count++;
            if (count == 1)
            {
                first = op;
                firstInstruction = instruction;
            }
            if (op is Opcode.Block or Opcode.Loop or Opcode.If) depth++;
            else if (op == Opcode.End && depth-- == 0) break;
        }
        int length = instructions.Position;
        reader.Position = startPosition + length;
        ReadOnlyMemory<byte> code = module.Slice(startOffset, length);

        if (count != 2) return new ConstantExpression(ConstantExpressionKind.Other, 0, 0, default, code, startOffset);
        return first switch
        {
            Opcode.I32Const => new ConstantExpression(ConstantExpressionKind.I32Const, (uint)firstInstruction.I32, 0, default, code, startOffset),
            Opcode.I64Const => new ConstantExpression(ConstantExpressionKind.I64Const, firstInstruction.Value, 0, default, code, startOffset),
            Opcode.F32Const => new ConstantExpression(ConstantExpressionKind.F32Const, firstInstruction.Value, 0, default, code, startOffset),
            Opcode.F64Const => new ConstantExpression(ConstantExpressionKind.F64Const, firstInstruction.Value, 0, default, code, startOffset),
            Opcode.RefNull => new ConstantExpression(ConstantExpressionKind.RefNull, 0, 0, firstInstruction.ValueType, code, startOffset),
            Opcode.RefFunc => new ConstantExpression(ConstantExpressionKind.RefFunc, 0, firstInstruction.Index, ValType.FuncRef, code, startOffset),
            Opcode.GlobalGet => new ConstantExpression(ConstantExpressionKind.GlobalGet, 0, firstInstruction.Index, default, code, startOffset),
            _ => new ConstantExpression(ConstantExpressionKind.Other, 0, 0, default, code, startOffset),
        };
    }
}
