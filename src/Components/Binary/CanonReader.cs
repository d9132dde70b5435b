using System.Collections.Generic;
using WitSharp.Components.Model;

namespace WitSharp.Components.Binary;

/// <summary>Reads <c>canon</c> definitions: lift, lower and the resource built-ins in full; the rest by name and immediates.</summary>
internal static class CanonReader
{
    private const string Expected = "a canonical definition opcode (0x00 lift, 0x01 lower, 0x02 resource.new, 0x03 resource.drop, 0x04 resource.rep, or an async/thread built-in)";

    public static CanonDefinition ReadCanon(ref ByteReader reader)
    {
        int offset = reader.Offset;
        byte opcode = reader.ReadByte(Expected);
        switch (opcode)
        {
            case 0x00:
            {
                ExpectFuncSort(ref reader, "0x00 (the core func sort of canon lift)");
                uint coreFunc = reader.ReadU32("a core function index");
                CanonicalOptions options = ReadOptions(ref reader);
                return new CanonLift(offset, coreFunc, options, reader.ReadU32("a function type index"));
            }
            case 0x01:
            {
                ExpectFuncSort(ref reader, "0x00 (the func sort of canon lower)");
                uint func = reader.ReadU32("a function index");
                return new CanonLower(offset, func, ReadOptions(ref reader));
            }
            case 0x02: return new CanonResourceNew(offset, reader.ReadU32("a resource type index"));
            case 0x03: return new CanonResourceDrop(offset, reader.ReadU32("a resource type index"));
            case 0x04: return new CanonResourceRep(offset, reader.ReadU32("a resource type index"));
        }
        (string? name, string shape) = Builtin(opcode);
        if (name is null) throw reader.BadTag(Expected, opcode);
        return ReadBuiltin(ref reader, offset, opcode, name, shape);
    }

    private static void ExpectFuncSort(ref ByteReader reader, string expected)
    {
        byte sort = reader.ReadByte(expected);
        if (sort != 0x00) throw reader.BadTag(expected, sort);
    }

    /// <summary>
    /// The name of an async, error-context or thread built-in and the shape of its immediates: <c>T</c> a type index,
    /// <c>O</c> options, <c>F</c> a 0x00/0x01 flag (async?, cancel?, shared?), <c>V</c> a core value type, <c>U</c> a u32
    /// index, <c>R</c> a result list.
    /// </summary>
    private static (string? Name, string Shape) Builtin(byte opcode) => opcode switch
    {
        0x05 => ("task.cancel", ""),
        0x06 => ("subtask.cancel", "F"),
        0x09 => ("task.return", "RO"),
        0x0a => ("context.get", "VU"),
        0x0b => ("context.set", "VU"),
        0x0c => ("thread.yield", "F"),
        0x0d => ("subtask.drop", ""),
        0x0e => ("stream.new", "T"),
        0x0f => ("stream.read", "TO"),
        0x10 => ("stream.write", "TO"),
        0x11 => ("stream.cancel-read", "TF"),
        0x12 => ("stream.cancel-write", "TF"),
        0x13 => ("stream.drop-readable", "T"),
        0x14 => ("stream.drop-writable", "T"),
        0x15 => ("future.new", "T"),
        0x16 => ("future.read", "TO"),
        0x17 => ("future.write", "TO"),
        0x18 => ("future.cancel-read", "TF"),
        0x19 => ("future.cancel-write", "TF"),
        0x1a => ("future.drop-readable", "T"),
        0x1b => ("future.drop-writable", "T"),
        0x1c => ("error-context.new", "O"),
        0x1d => ("error-context.debug-message", "O"),
        0x1e => ("error-context.drop", ""),
        0x1f => ("waitable-set.new", ""),
        0x20 => ("waitable-set.wait", "FU"),
        0x21 => ("waitable-set.poll", "FU"),
        0x22 => ("waitable-set.drop", ""),
        0x23 => ("waitable.join", ""),
        0x24 => ("backpressure.inc", ""),
        0x25 => ("backpressure.dec", ""),
        0x26 => ("thread.index", ""),
        0x27 => ("thread.new-indirect", "UU"),
        0x28 => ("thread.resume-later", ""),
        0x29 => ("thread.suspend", "F"),
        0x2a => ("thread.suspend-then-resume", "F"),
        0x2b => ("thread.yield-then-resume", "F"),
        0x2c => ("thread.suspend-then-promote", "F"),
        0x2d => ("thread.yield-then-promote", "F"),
        0x40 => ("thread.spawn-ref", "FU"),
        0x41 => ("thread.spawn-indirect", "FUU"),
        0x42 => ("thread.available-parallelism", "F"),
        _ => (null, ""),
    };

    private static CanonUnsupportedBuiltin ReadBuiltin(ref ByteReader reader, int offset, byte opcode, string name, string shape)
    {
        var immediates = new List<long>(shape.Length);
        CanonicalOptions? options = null;
        foreach (char step in shape)
        {
            switch (step)
            {
                case 'T': immediates.Add(reader.ReadU32($"{name}'s type index")); break;
                case 'U': immediates.Add(reader.ReadU32($"{name}'s index immediate")); break;
                case 'F':
                {
                    byte flag = reader.ReadByte($"{name}'s 0x00/0x01 flag");
                    if (flag > 1) throw reader.BadTag($"{name}'s 0x00/0x01 flag", flag);
                    immediates.Add(flag);
                    break;
                }
                case 'V':
                {
                    int start = reader.Offset;
                    CoreValType type = CoreTypeReader.ReadValType(ref reader);
                    immediates.Add(reader.SliceFrom(start).Span[0]);
                    _ = type;
                    break;
                }
                case 'R':
                {
                    byte kind = reader.ReadByte("a result list (0x00 one type, 0x01 0x00 none)");
                    if (kind == 0x00)
                    {
                        ValType result = TypeReader.ReadValType(ref reader);
                        immediates.Add(1);
                        immediates.Add(result.IsPrimitive ? -(long)(byte)result.Primitive : result.TypeIndex);
                    }
                    else
                    {
                        if (kind != 0x01) throw reader.BadTag("a result list (0x00 one type, 0x01 0x00 none)", kind);
                        byte zero = reader.ReadByte("0x00 (no named results)");
                        if (zero != 0) throw reader.BadTag("0x00 (no named results)", zero);
                        immediates.Add(0);
                    }
                    break;
                }
                case 'O': options = ReadOptions(ref reader); break;
            }
        }
        return new CanonUnsupportedBuiltin(offset, opcode, name, immediates, options);
    }

    /// <summary>A vector of <c>canonopt</c>, kept as written (validation rejects duplicates and conflicts).</summary>
    public static CanonicalOptions ReadOptions(ref ByteReader reader)
    {
        int count = reader.ReadCount("canonical options");
        if (count == 0) return CanonicalOptions.None;
        var options = new CanonOption[count];
        for (int i = 0; i < count; i++)
        {
            int offset = reader.Offset;
            const string OptionExpected = "a canonical option (0x00-0x02 string encoding, 0x03 memory, 0x04 realloc, 0x05 post-return, 0x06 async, 0x07 callback)";
            byte kind = reader.ReadByte(OptionExpected);
            uint index = 0;
            switch (kind)
            {
                case 0x00: case 0x01: case 0x02: case 0x06: break;
                case 0x03: index = reader.ReadU32("a core memory index"); break;
                case 0x04: case 0x05: case 0x07: index = reader.ReadU32("a core function index"); break;
                default: throw reader.BadTag(OptionExpected, kind);
            }
            options[i] = new CanonOption((CanonOptionKind)kind, index, offset);
        }
        return new CanonicalOptions(options);
    }
}
