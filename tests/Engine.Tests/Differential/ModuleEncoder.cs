using System.Linq;
using WitSharp.Engine.Model;

namespace WitSharp.Engine.Tests.Differential;

/// <summary>Writes a <see cref="ModuleShape"/> as a binary module, sections in the order the format requires.</summary>
internal static class ModuleEncoder
{
    public static byte[] Encode(ModuleShape m)
    {
        var w = new WasmWriter();
        w.Bytes(new byte[] { 0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00 });
        w.Section(1, s => s.Vector(m.Types, (x, t) =>
        {
            x.Byte(0x60);
            x.Vector(t.Parameters, (y, p) => y.Byte((byte)p));
            x.Vector(t.Results, (y, r) => y.Byte((byte)r));
        }));
        if (m.ImportedFunctionTypes.Count > 0)
        {
            int i = 0;
            w.Section(2, s => s.Vector(m.ImportedFunctionTypes, (x, t) => x.Name(ModuleShape.HostModule).Name(ModuleShape.HostImport(i++)).Byte(0).U32((uint)t)));
        }
        w.Section(3, s => s.Vector(m.FunctionTypes, (x, t) => x.U32((uint)t)));
        if (m.Tables.Count > 0)
        {
            w.Section(4, s => s.Vector(m.Tables, (x, t) => x.Byte((byte)t.ElementType).Byte(1).U32(t.Minimum).U32(t.Maximum)));
        }
        if (m.Memory is { } memory)
        {
            w.Section(5, s => s.U32(1).Byte(1).U32(memory.Minimum).U32(memory.Maximum));
        }
        w.Section(6, s => s.Vector(m.Globals, (x, g) =>
        {
            x.Byte((byte)g.Type).Byte(g.Mutable ? (byte)1 : (byte)0);
            Constant(x, g.Type, g.InitialBits, g.InitialFunction);
            x.Byte(0x0B);
        }));
        w.Section(7, s =>
        {
            int count = m.FunctionExports.Count + m.Tables.Count + m.Globals.Count + (m.Memory.HasValue ? 1 : 0);
            s.U32((uint)count);
            foreach (var (name, function) in m.FunctionExports) s.Name(name).Byte(0).U32((uint)function);
            for (int i = 0; i < m.Tables.Count; i++) s.Name(ModuleShape.TableExport(i)).Byte(1).U32((uint)i);
            if (m.Memory.HasValue) s.Name(ModuleShape.MemoryExport).Byte(2).U32(0);
            for (int i = 0; i < m.Globals.Count; i++) s.Name(ModuleShape.GlobalExport(i)).Byte(3).U32((uint)i);
        });
        if (m.Start is int start) w.Section(8, s => s.U32((uint)start));
        if (m.Elements.Count > 0) w.Section(9, s => s.Vector(m.Elements, WriteElement));
        w.Section(12, s => s.U32((uint)m.Datas.Count));
        w.Section(10, s => s.Vector(m.Bodies, (x, body) => x.U32((uint)body.Length).Bytes(body)));
        if (m.Datas.Count > 0)
        {
            w.Section(11, s => s.Vector(m.Datas, (x, d) =>
            {
                if (d.Active) x.Byte(0).Byte(0x41).S64((int)d.Offset).Byte(0x0B);
                else x.Byte(1);
                x.U32((uint)d.Bytes.Length).Bytes(d.Bytes);
            }));
        }
        return w.ToArray();
    }

    /// <summary>Element segments always use the expression encodings (flags 4-7), which cover every mode and null entries.</summary>
    private static void WriteElement(WasmWriter x, ElementShape e)
    {
        switch (e.Mode)
        {
            case ElementMode.Active:
                x.Byte(6).U32((uint)e.Table).Byte(0x41).S64((int)e.Offset).Byte(0x0B).Byte((byte)e.ElementType);
                break;
            case ElementMode.Passive:
                x.Byte(5).Byte((byte)e.ElementType);
                break;
            default:
                x.Byte(7).Byte((byte)e.ElementType);
                break;
        }
        x.U32((uint)e.Entries.Length);
        foreach (int? entry in e.Entries)
        {
            if (entry is int f) x.Byte(0xD2).U32((uint)f);
            else x.Byte(0xD0).Byte((byte)e.ElementType);
            x.Byte(0x0B);
        }
    }

    /// <summary>A constant instruction (without the <c>end</c>).</summary>
    public static void Constant(WasmWriter x, ValType type, ulong bits, int? function = null)
    {
        switch (type)
        {
            case ValType.I32: x.Byte(0x41).S64((int)(uint)bits); break;
            case ValType.I64: x.Byte(0x42).S64((long)bits); break;
            case ValType.F32: x.Byte(0x43).F32Bits((uint)bits); break;
            case ValType.F64: x.Byte(0x44).F64Bits(bits); break;
            default:
                if (function is int f) x.Byte(0xD2).U32((uint)f);
                else x.Byte(0xD0).Byte((byte)type);
                break;
        }
    }

    public static ValType[] NumericTypes { get; } = { ValType.I32, ValType.I64, ValType.F32, ValType.F64 };

    public static ValType[] AllTypes { get; } = NumericTypes.Concat(new[] { ValType.FuncRef, ValType.ExternRef }).ToArray();
}
