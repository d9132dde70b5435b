using System;
using WitSharp.Engine.Model;

namespace WitSharp.Engine.Binary;

/// <summary>
/// Streams over a function body's (or constant expression's) instruction bytes, decoding one instruction and
/// its immediates at a time into an <see cref="Instruction"/>. This is the single opcode decoder shared by the
/// validator and the execution tier's translator. Encodings outside WebAssembly 2.0 raise
/// <see cref="WasmDecodeException"/> ("unsupported feature …" for known proposals, "illegal opcode" otherwise).
/// It checks encodings only; index ranges and typing are the validator's job.
/// </summary>
[System.Runtime.CompilerServices.SkipLocalsInit] // hot loops: no zeroing of the many struct locals per call
public ref struct InstructionReader
{
    private WasmReader _reader;

    /// <summary>Creates a reader over <paramref name="code"/>, whose first byte is at <paramref name="baseOffset"/> in the module.</summary>
    public InstructionReader(ReadOnlySpan<byte> code, int baseOffset)
    {
        _reader = new WasmReader(code, baseOffset);
    }

    /// <summary>Creates a reader over a function body's code.</summary>
    public InstructionReader(FunctionBody body) : this(body.Code.Span, body.CodeOffset)
    {
    }

    /// <summary>True when every byte has been read.</summary>
    public readonly bool AtEnd => _reader.AtEnd;

    /// <summary>The position relative to the start of the code span.</summary>
    public int Position
    {
        readonly get => _reader.Position;
        set => _reader.Position = value;
    }

    /// <summary>The absolute offset in the module binary of the next instruction.</summary>
    public readonly int Offset => _reader.Offset;

    /// <summary>Decodes the next instruction into <paramref name="instruction"/> and returns its opcode.</summary>
    /// <exception cref="WasmDecodeException">The bytes end early, are malformed, or use an unsupported proposal.</exception>
    public Opcode Read(ref Instruction instruction)
    {
        int start = _reader.Offset;
        instruction.Offset = start;
        byte b = _reader.ReadByte();
        Opcode op = (Opcode)b;
        instruction.Opcode = op;
        switch (b)
        {
            case 0x00: case 0x01: case 0x05: case 0x0B: case 0x0F: case 0x1A: case 0x1B: case 0xD1:
                break;
            case >= 0x45 and <= 0xC4:
                break;
            case 0x02: case 0x03: case 0x04:
                instruction.BlockType = ReadBlockType();
                break;
            case 0x0C: case 0x0D: case 0x10: case 0x20: case 0x21: case 0x22: case 0x23: case 0x24: case 0x25: case 0x26: case 0xD2:
                instruction.Index = _reader.ReadU32();
                break;
            case 0x0E:
                ReadBrTable(ref instruction);
                break;
            case 0x11:
                instruction.Index = _reader.ReadU32();
                instruction.Index2 = _reader.ReadU32();
                break;
            case 0x1C:
            {
                uint count = (uint)_reader.ReadCount();
                instruction.TypeCount = count;
                instruction.ValueType = default;
                for (uint i = 0; i < count; i++)
                {
                    ValType t = _reader.ReadValueType();
                    if (i == 0) instruction.ValueType = t;
                }
                break;
            }
            case >= 0x28 and <= 0x3E:
            {
                int at = _reader.Offset;
                instruction.Alignment = _reader.ReadU32();
                // 2^32 and larger cannot be an alignment of a 32-bit address space (bit 6 would select a memory under multi-memory).
                if (instruction.Alignment >= 32) throw new WasmDecodeException("malformed memop flags", at);
                instruction.Value = _reader.ReadU32();
                instruction.Index = 0;
                break;
            }
            case 0x3F: case 0x40:
                instruction.Index = ReadZeroByte();
                break;
            case 0x41:
                instruction.Value = unchecked((ulong)(long)_reader.ReadS32());
                break;
            case 0x42:
                instruction.Value = unchecked((ulong)_reader.ReadS64());
                break;
            case 0x43:
                instruction.Value = _reader.ReadF32Bits();
                break;
            case 0x44:
                instruction.Value = _reader.ReadF64Bits();
                break;
            case 0xD0:
                instruction.ValueType = _reader.ReadReferenceType();
                break;
            case 0xFC:
                op = ReadMiscellaneous(ref instruction, start);
                break;
            default:
                throw UnknownOpcode(b, start);
        }
        return op;
    }

    /// <summary>The labels of a <c>br_table</c> just read into <paramref name="instruction"/>: the targets, then the default.</summary>
    public readonly BranchTableLabels GetBranchTableLabels(in Instruction instruction) =>
        new(_reader.Data, instruction.TargetsPosition, instruction.Index, _reader.BaseOffset);

    private BlockType ReadBlockType()
    {
        byte b = _reader.PeekByte();
        if (b == 0x40)
        {
            _reader.Position++;
            return BlockType.Empty;
        }
        if ((b & 0xC0) == 0x40)
        {
            // A one-byte negative s33: a value type (or a type from a proposal outside 2.0).
            return BlockType.Value(_reader.ReadValueType());
        }
        int at = _reader.Offset;
        long index = _reader.ReadS33();
        if (index < 0) throw new WasmDecodeException("malformed block type", at);
        if (index > uint.MaxValue) throw new WasmDecodeException("integer too large", at);
        return BlockType.FromTypeIndex((uint)index);
    }

    private void ReadBrTable(ref Instruction instruction)
    {
        int count = _reader.ReadCount();
        instruction.Index = (uint)count;
        instruction.TargetsPosition = _reader.Position;
        for (int i = 0; i < count; i++) _reader.ReadU32();
        instruction.Index2 = _reader.ReadU32();
    }

    private uint ReadZeroByte()
    {
        int at = _reader.Offset;
        byte b = _reader.ReadByte();
        // 2.0 encodes the memory index here as a literal zero byte (multi-memory would make it an index).
        if (b != 0) throw new WasmDecodeException("zero byte expected", at);
        return 0;
    }

    private Opcode ReadMiscellaneous(ref Instruction instruction, int start)
    {
        uint sub = _reader.ReadU32();
        Opcode op = (Opcode)(0xFC00 | (sub & 0xFF));
        if (sub > 0x11) throw new WasmDecodeException("illegal opcode", start);
        instruction.Opcode = op;
        switch (sub)
        {
            case <= 7:
                break;
            case 8: // memory.init dataidx 0x00
                instruction.Index = _reader.ReadU32();
                instruction.Index2 = ReadZeroByte();
                break;
            case 9: // data.drop dataidx
            case 13: // elem.drop elemidx
            case 15: case 16: case 17: // table.grow/size/fill tableidx
                instruction.Index = _reader.ReadU32();
                break;
            case 10: // memory.copy 0x00 0x00
                instruction.Index = ReadZeroByte();
                instruction.Index2 = ReadZeroByte();
                break;
            case 11: // memory.fill 0x00
                instruction.Index = ReadZeroByte();
                break;
            case 12: // table.init elemidx tableidx
            case 14: // table.copy dst src
                instruction.Index = _reader.ReadU32();
                instruction.Index2 = _reader.ReadU32();
                break;
        }
        return op;
    }

    private static WasmDecodeException UnknownOpcode(byte b, int offset)
    {
        string? feature = b switch
        {
            0xFD => "SIMD (0xFD prefix)",
            0xFE => "threads/atomics (0xFE prefix)",
            0xFB => "garbage collection (0xFB prefix)",
            0x06 or 0x07 or 0x08 or 0x09 or 0x0A or 0x18 or 0x19 or 0x1F => "exception handling",
            0x12 or 0x13 => "tail calls",
            0x14 or 0x15 or 0xD3 or 0xD4 or 0xD5 or 0xD6 => "typed function references",
            _ => null,
        };
        return feature is null ? new WasmDecodeException("illegal opcode", offset) : WasmReader.Unsupported($"{feature} (opcode 0x{b:x2})", offset);
    }
}
