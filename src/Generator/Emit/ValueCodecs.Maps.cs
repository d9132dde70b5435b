using WitSharp.WitParser.Resolution;

namespace WitSharp.Generator.Emit
{
    internal sealed partial class ValueCodecs
    {
        // A map<K, V> is despecialized to list<tuple<K, V>> (CanonicalABI.md "Despecialization"): the same
        // (pointer, length) pair, elements laid out as the tuple. Lowering writes the host dictionary in its enumeration
        // order; lifting builds a Dictionary<K, V> where a repeated key takes the last value (WIT.md: "in the case of
        // duplicate keys, the last key's value is used"), so a guest's duplicate is not a trap. WIT map keys are bool,
        // integers, char or string, all with value equality in .NET (strings ordinal), so every key is usable.

        /// <summary>True for the types whose flat and memory form is a (pointer, length) pair the codecs allocate: lists and maps.</summary>
        private bool IsListLike(int id) => Def(id) is WitListKind or WitMapKind;

        private void WriteLowerMap(CodeWriter w, WitMapKind map)
        {
            var entry = Layout.OfTuple(new[] { map.Key, map.Value });
            int keyAt = entry.FieldOffsets[0], valueAt = entry.FieldOffsets[1];
            w.Line("if (value is null) throw " + Support + "Null(\"map\");");
            w.Line("int n = value.Count;");
            w.Line("ulong ptr = " + Support + "AllocateList(cx, n, " + entry.Size + ", " + entry.Alignment + ");");
            bool allocates = Allocates(map.Key) || Allocates(map.Value);
            if (!allocates)
            {
                w.Line("var m = cx.MemorySeam.Memory;");
                w.Line("int at = (int)ptr;");
            }
            w.Line("int i = 0;");
            w.Line("foreach (var __e in value)");
            w.Open();
            // A dictionary whose enumeration outruns its Count would write past the block it was given.
            w.Line("if (i == n) throw " + Support + "MapCountMismatch(n);");
            if (allocates)
            {
                string element = "ptr + (ulong)(i * " + entry.Size + ")";
                w.Line(Store(map.Key, "__e.Key", element + (keyAt == 0 ? "" : " + " + keyAt), "cx"));
                w.Line(Store(map.Value, "__e.Value", element + " + " + valueAt, "cx"));
            }
            else
            {
                string element = "at + i * " + entry.Size;
                w.Line(WriteField(map.Key, "__e.Key", "m", Plus(element, keyAt), "cx"));
                w.Line(WriteField(map.Value, "__e.Value", "m", element + " + " + valueAt, "cx"));
            }
            w.Line("i++;");
            w.Close();
            w.Line("if (i != n) throw " + Support + "MapCountMismatch(n);");
            w.Line("return (ptr, (ulong)n);");
        }

        private void WriteLiftMap(CodeWriter w, int id, WitMapKind map)
        {
            var entry = Layout.OfTuple(new[] { map.Key, map.Value });
            string what = WitTypeText.Describe(_resolve, WitType.FromId(id));
            w.Line("int n = " + Support + "CheckList(cx, ptr, length, " + entry.Size + ", " + entry.Alignment + ", " + Literal(what) + ");");
            // A narrow key type holds few distinct keys however many entries repeat them: no capacity past that.
            string capacity = KeySpace(map.Key) is { } space ? "global::System.Math.Min(n, " + space + ")" : "n";
            w.Line("var r = new global::System.Collections.Generic.Dictionary<" + _types.Name(map.Key) + ", " + _types.Name(map.Value) + ">(" + capacity + ");");
            w.Line("global::System.ReadOnlySpan<byte> m = cx.MemorySeam.Memory;");
            w.Line("int at = (int)ptr;");
            string element = "at + i * " + entry.Size;
            // The indexer keeps the last value of a repeated key; the key is read before the value, as the spec orders traps.
            w.Line("for (int i = 0; i < n; i++) r[" + Read(map.Key, "m", Plus(element, entry.FieldOffsets[0]), "cx") + "] = "
                + Read(map.Value, "m", element + " + " + entry.FieldOffsets[1], "cx") + ";");
            w.Line("return r;");
        }

        /// <summary>How many distinct keys a key type has, when that is small enough to bound a dictionary's capacity.</summary>
        private int? KeySpace(WitType key)
        {
            var k = Unalias(key);
            if (k.IsId) return null;
            return k.Kind switch
            {
                WitTypeKind.Bool => 2,
                WitTypeKind.U8 or WitTypeKind.S8 => 256,
                WitTypeKind.U16 or WitTypeKind.S16 => 65536,
                _ => null,
            };
        }

        private void WriteCheckMap(CodeWriter w, WitMapKind map)
        {
            w.Line("if (value is null) throw " + Support + "Null(\"map\");");
            string? key = Check(map.Key, "__e.Key", "map key");
            string? item = Check(map.Value, "__e.Value", "map value");
            if (key is null && item is null) return;
            w.Line("foreach (var __e in value)");
            w.Open();
            if (key is not null) w.Line(key);
            if (item is not null) w.Line(item);
            w.Close();
        }
    }
}
