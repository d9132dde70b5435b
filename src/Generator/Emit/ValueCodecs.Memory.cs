using System.Collections.Generic;
using WitSharp.WitParser.Resolution;

namespace WitSharp.Generator.Emit
{
    internal sealed partial class ValueCodecs
    {
        // Write{T}: store for types that allocate nothing, into a memory span the caller fetched once.
        private void WriteWrite(CodeWriter w, int id)
        {
            switch (Def(id))
            {
                case WitRecordKind:
                case WitTupleKind:
                {
                    NullCheck(w, id, "value");
                    var offsets = Layout.Of(WitType.FromId(id)).FieldOffsets;
                    var fields = Fields(id, "value");
                    for (int i = 0; i < fields.Count; i++) w.Line(WriteField(fields[i].Type, fields[i].Access, "m", Plus("at", offsets[i]), "cx"));
                    return;
                }
                case WitFixedSizeListKind fixedList:
                {
                    int size = Layout.Of(fixedList.Element).Size;
                    EachFixedElement(w, fixedList, WriteField(fixedList.Element, "value[i]", "m", "at + i * " + size, "cx"));
                    return;
                }
                case WitEnumKind:
                    EnumRangeCheck(w, id);
                    w.Line(WriteUInt(Layout.Of(WitType.FromId(id)).DiscriminantSize, "m", "at", "(uint)value"));
                    return;
                case WitFlagsKind flags:
                    w.Line(WriteUInt(Layout.Of(WitType.FromId(id)).DiscriminantSize, "m", "at", "(uint)value" + FlagsMask(flags.Flags.Count)));
                    return;
                case WitHandleKind handle:
                    w.Line(WriteUInt(4, "m", "at", _handles.Lower(handle, "value", "cx")));
                    return;
            }
            var layout = Layout.Of(WitType.FromId(id));
            WriteCaseDispatch(w, id, "value", (index, payload, access) =>
            {
                w.Line(WriteUInt(layout.DiscriminantSize, "m", "at", index + "u"));
                if (payload is { } p) w.Line(WriteField(p, access!, "m", Plus("at", layout.PayloadOffset), "cx"));
            });
        }

        // Store{T}: types holding strings or lists. Everything that calls cabi_realloc runs first; memory is fetched after.
        private void WriteStore(CodeWriter w, int id)
        {
            var layout = Layout.Of(WitType.FromId(id));
            switch (Def(id))
            {
                case WitRecordKind:
                case WitTupleKind:
                {
                    NullCheck(w, id, "value");
                    var parts = new List<FieldAccess>();
                    var fields = Fields(id, "value");
                    for (int i = 0; i < fields.Count; i++) parts.Add(new FieldAccess(fields[i].Type, fields[i].Access, layout.FieldOffsets[i]));
                    WriteTwoPhase(w, parts, null);
                    return;
                }
                case WitFixedSizeListKind fixedList:
                {
                    int size = Layout.Of(fixedList.Element).Size;
                    EachFixedElement(w, fixedList, Store(fixedList.Element, "value[i]", "ptr + (ulong)(i * " + size + ")", "cx"));
                    return;
                }
                case WitListKind:
                case WitMapKind:
                    w.Line("var (__p, __l) = " + Request(CodecMethod.LowerList, id) + "(cx, value);");
                    w.Line("var __m = cx.MemorySeam.Memory;");
                    w.Line(Support + "WritePointer(__m, (int)ptr, __p);");
                    w.Line(Support + "WritePointer(__m, (int)ptr + 4, __l);");
                    return;
            }
            WriteCaseDispatch(w, id, "value", (index, payload, access) =>
            {
                var parts = new List<FieldAccess>();
                if (payload is { } p) parts.Add(new FieldAccess(p, access!, layout.PayloadOffset));
                WriteTwoPhase(w, parts, WriteUInt(layout.DiscriminantSize, "__m", "__at", index + "u"));
            });
        }

        // Allocating parts first (strings and lists get their blocks, nested stores run), then one memory fetch for the rest.
        private void WriteTwoPhase(CodeWriter w, List<FieldAccess> parts, string? extra)
        {
            for (int i = 0; i < parts.Count; i++)
            {
                var (type, access) = parts[i];
                int offset = parts[i].Offset;
                var t = Unalias(type);
                if (!t.IsId && t.Kind == WitTypeKind.String)
                {
                    w.Line("var (__p" + i + ", __l" + i + ") = " + Strings + "StoreIntoRange(cx, " + access + " ?? throw " + Support + "Null(\"string\"), " + HostStrings + ");");
                }
                else if (t.IsId && IsListLike(t.TypeId))
                {
                    w.Line("var (__p" + i + ", __l" + i + ") = " + Request(CodecMethod.LowerList, t.TypeId) + "(cx, " + access + ");");
                }
                else if (Allocates(t))
                {
                    w.Line(Request(CodecMethod.Store, t.TypeId) + "(cx, " + access + ", ptr + " + offset + ");");
                }
            }
            w.Line("var __m = cx.MemorySeam.Memory;");
            w.Line("int __at = (int)ptr;");
            if (extra is not null) w.Line(extra);
            for (int i = 0; i < parts.Count; i++)
            {
                var (type, access) = parts[i];
                int offset = parts[i].Offset;
                var t = Unalias(type);
                if ((!t.IsId && t.Kind == WitTypeKind.String) || (t.IsId && IsListLike(t.TypeId)))
                {
                    w.Line(Support + "WritePointer(__m, " + Plus("__at", offset) + ", __p" + i + ");");
                    w.Line(Support + "WritePointer(__m, " + Plus("__at", offset + 4) + ", __l" + i + ");");
                }
                else if (!Allocates(t))
                {
                    w.Line(WriteField(t, access, "__m", Plus("__at", offset), "cx"));
                }
            }
        }

        private void WriteRead(CodeWriter w, int id)
        {
            var layout = Layout.Of(WitType.FromId(id));
            switch (Def(id))
            {
                case WitRecordKind:
                case WitTupleKind:
                {
                    var values = new List<string>();
                    var fields = Fields(id, "value");
                    for (int i = 0; i < fields.Count; i++) values.Add(Read(fields[i].Type, "m", Plus("at", layout.FieldOffsets[i]), "cx"));
                    w.Line("return " + ConstructFields(id, values) + ";");
                    return;
                }
                case WitFixedSizeListKind fixedList:
                {
                    int size = Layout.Of(fixedList.Element).Size;
                    w.Line("var r = " + Support + "NewArray<" + _types.Name(fixedList.Element) + ">(" + fixedList.Size + ");");
                    w.Line("for (int i = 0; i < r.Length; i++) r[i] = " + Read(fixedList.Element, "m", "at + i * " + size, "cx") + ";");
                    w.Line("return r;");
                    return;
                }
                case WitEnumKind:
                case WitFlagsKind:
                    w.Line("return " + LiftEnumLike(id, ReadUInt(layout.DiscriminantSize, "m", "at")) + ";");
                    return;
                case WitListKind:
                case WitMapKind:
                    w.Line("return " + Request(CodecMethod.LiftList, id) + "(cx, " + Support + "ReadPointer(m, at), " + Support + "ReadPointer(m, at + 4));");
                    return;
                case WitHandleKind handle:
                    w.Line("return " + _handles.Lift(handle, ReadUInt(4, "m", "at"), "cx") + ";");
                    return;
            }
            WriteLiftCases(w, id, ReadUInt(layout.DiscriminantSize, "m", "at"), payload => Read(payload, "m", Plus("at", layout.PayloadOffset), "cx"));
        }

        private void WriteLowerList(CodeWriter w, int id)
        {
            if (Def(id) is WitMapKind map)
            {
                WriteLowerMap(w, map);
                return;
            }
            var element = ((WitListKind)Def(id)).Element;
            var layout = Layout.Of(element);
            w.Line("if (value is null) throw " + Support + "Null(\"list\");");
            if (BulkElement(element) is { } bulk)
            {
                w.Line("return " + ListCodec + "Lower<" + bulk + ">(cx, value);");
                return;
            }
            w.Line("ulong ptr = " + Support + "AllocateList(cx, value.Length, " + layout.Size + ", " + layout.Alignment + ");");
            var e = Unalias(element);
            if (Allocates(e))
            {
                w.Line("for (int i = 0; i < value.Length; i++) " + Store(e, "value[i]", "ptr + (ulong)(i * " + layout.Size + ")", "cx"));
            }
            else
            {
                w.Line("var m = cx.MemorySeam.Memory;");
                w.Line("int at = (int)ptr;");
                w.Line("for (int i = 0; i < value.Length; i++) " + WriteField(e, "value[i]", "m", "at + i * " + layout.Size, "cx"));
            }
            w.Line("return (ptr, (ulong)value.Length);");
        }

        private void WriteLiftList(CodeWriter w, int id)
        {
            if (Def(id) is WitMapKind map)
            {
                WriteLiftMap(w, id, map);
                return;
            }
            var element = ((WitListKind)Def(id)).Element;
            var layout = Layout.Of(element);
            string what = WitTypeText.Describe(_resolve, WitType.FromId(id));
            if (BulkElement(element) is { } bulk)
            {
                w.Line("return " + ListCodec + "Lift<" + bulk + ">(cx, ptr, length);");
                return;
            }
            w.Line("int n = " + Support + "CheckList(cx, ptr, length, " + layout.Size + ", " + layout.Alignment + ", " + Literal(what) + ");");
            var e = Unalias(element);
            w.Line("var r = " + Support + "NewArray<" + _types.Name(element) + ">(n);");
            w.Line("global::System.ReadOnlySpan<byte> m = cx.MemorySeam.Memory;");
            w.Line("int at = (int)ptr;");
            w.Line("for (int i = 0; i < n; i++) r[i] = " + Read(e, "m", "at + i * " + layout.Size, "cx") + ";");
            w.Line("return r;");
        }

        private const string ListCodec = "global::WitSharp.Runtime.Bindings.ListCodec.";

        // Lists of fixed-width numbers move as one bulk copy through ListCodec.
        private string? BulkElement(WitType element)
        {
            var e = Unalias(element);
            if (e.IsId) return null;
            return e.Kind switch
            {
                WitTypeKind.U8 => "byte",
                WitTypeKind.S8 => "sbyte",
                WitTypeKind.U16 => "ushort",
                WitTypeKind.S16 => "short",
                WitTypeKind.U32 => "uint",
                WitTypeKind.S32 => "int",
                WitTypeKind.U64 => "ulong",
                WitTypeKind.S64 => "long",
                WitTypeKind.F32 => "float",
                WitTypeKind.F64 => "double",
                _ => null,
            };
        }

        /// <summary>A statement writing a value of a type that allocates nothing into span <paramref name="memory"/> at <paramref name="at"/>.</summary>
        private string WriteField(WitType type, string value, string memory, string at, string cx)
        {
            type = Unalias(type);
            if (type.IsId) return Request(CodecMethod.Write, type.TypeId) + "(" + cx + ", " + memory + ", " + at + ", " + value + ");";
            string slice = memory + ".Slice(" + at + ")";
            return type.Kind switch
            {
                WitTypeKind.Bool => memory + "[" + at + "] = " + value + " ? (byte)1 : (byte)0;",
                WitTypeKind.U8 => memory + "[" + at + "] = " + value + ";",
                WitTypeKind.S8 => memory + "[" + at + "] = unchecked((byte)" + value + ");",
                WitTypeKind.U16 => Binary + "WriteUInt16LittleEndian(" + slice + ", " + value + ");",
                WitTypeKind.S16 => Binary + "WriteInt16LittleEndian(" + slice + ", " + value + ");",
                WitTypeKind.U32 => Binary + "WriteUInt32LittleEndian(" + slice + ", " + value + ");",
                WitTypeKind.S32 => Binary + "WriteInt32LittleEndian(" + slice + ", " + value + ");",
                WitTypeKind.U64 => Binary + "WriteUInt64LittleEndian(" + slice + ", " + value + ");",
                WitTypeKind.S64 => Binary + "WriteInt64LittleEndian(" + slice + ", " + value + ");",
                WitTypeKind.F32 => Binary + "WriteUInt32LittleEndian(" + slice + ", " + Scalars + "LowerF32(" + value + "));",
                WitTypeKind.F64 => Binary + "WriteUInt64LittleEndian(" + slice + ", " + Scalars + "LowerF64(" + value + "));",
                _ => Binary + "WriteUInt32LittleEndian(" + slice + ", (uint)" + value + ".Value);", // char
            };
        }

        private static string ReadPrimitive(WitTypeKind kind, string memory, string at)
        {
            string slice = memory + ".Slice(" + at + ")";
            return kind switch
            {
                WitTypeKind.Bool => "(" + memory + "[" + at + "] != 0)",
                WitTypeKind.U8 => memory + "[" + at + "]",
                WitTypeKind.S8 => "unchecked((sbyte)" + memory + "[" + at + "])",
                WitTypeKind.U16 => Binary + "ReadUInt16LittleEndian(" + slice + ")",
                WitTypeKind.S16 => Binary + "ReadInt16LittleEndian(" + slice + ")",
                WitTypeKind.U32 => Binary + "ReadUInt32LittleEndian(" + slice + ")",
                WitTypeKind.S32 => Binary + "ReadInt32LittleEndian(" + slice + ")",
                WitTypeKind.U64 => Binary + "ReadUInt64LittleEndian(" + slice + ")",
                WitTypeKind.S64 => Binary + "ReadInt64LittleEndian(" + slice + ")",
                WitTypeKind.F32 => Scalars + "LiftF32(" + Binary + "ReadUInt32LittleEndian(" + slice + "))",
                WitTypeKind.F64 => Scalars + "LiftF64(" + Binary + "ReadUInt64LittleEndian(" + slice + "))",
                _ => "new global::System.Text.Rune(" + Scalars + "LiftChar(" + Binary + "ReadUInt32LittleEndian(" + slice + ")))", // char
            };
        }

        private static string WriteUInt(int size, string memory, string at, string value) => size switch
        {
            1 => memory + "[" + at + "] = (byte)(" + value + ");",
            2 => Binary + "WriteUInt16LittleEndian(" + memory + ".Slice(" + at + "), (ushort)(" + value + "));",
            _ => Binary + "WriteUInt32LittleEndian(" + memory + ".Slice(" + at + "), (uint)(" + value + "));",
        };

        private static string ReadUInt(int size, string memory, string at) => size switch
        {
            1 => "(uint)" + memory + "[" + at + "]",
            2 => "(uint)" + Binary + "ReadUInt16LittleEndian(" + memory + ".Slice(" + at + "))",
            _ => Binary + "ReadUInt32LittleEndian(" + memory + ".Slice(" + at + "))",
        };
    }
}
