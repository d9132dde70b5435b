using System.Collections.Generic;
using WitSharp.WitParser.Abi;
using WitSharp.WitParser.Resolution;

namespace WitSharp.Generator.Emit
{
    internal sealed partial class ValueCodecs
    {
        private const string CoreType = "global::WitSharp.WitParser.Abi.CoreValueType.";

        // lower_flat: the value's flat values at f[at..]; a variant's payload is then re-typed to the joined slot types.
        private void WriteLowerFlat(CodeWriter w, int id)
        {
            var type = WitType.FromId(id);
            switch (Def(id))
            {
                case WitRecordKind:
                case WitTupleKind:
                {
                    NullCheck(w, id, "value");
                    int k = 0;
                    foreach (var (field, access) in Fields(id, "value"))
                    {
                        w.Line(LowerFlat(field, access, "f", Plus("at", k), "cx"));
                        k += Layout.Of(field).Flat.Count;
                    }
                    return;
                }
                case WitFixedSizeListKind fixedList:
                {
                    int count = Layout.Of(fixedList.Element).Flat.Count;
                    EachFixedElement(w, fixedList, LowerFlat(fixedList.Element, "value[i]", "f", "at + i * " + count, "cx"));
                    return;
                }
                case WitEnumKind:
                    EnumRangeCheck(w, id);
                    w.Line("f[at] = " + Core + ".I32((uint)value);");
                    return;
                case WitFlagsKind flags:
                    w.Line("f[at] = " + Core + ".I32((uint)value" + FlagsMask(flags.Flags.Count) + ");");
                    return;
                case WitListKind:
                case WitMapKind:
                    w.Line("var (__p, __l) = " + Request(CodecMethod.LowerList, id) + "(cx, value);");
                    w.Line("f[at] = " + Support + "Pointer(__p);");
                    w.Line("f[at + 1] = " + Support + "Pointer(__l);");
                    return;
                case WitHandleKind handle:
                    w.Line("f[at] = " + Core + ".I32(" + _handles.Lower(handle, "value", "cx") + ");");
                    return;
            }
            // variant, option, result: discriminant, payload, then joined types and zeroed padding.
            var joined = Layout.Of(type).Flat;
            WriteCaseDispatch(w, id, "value", (index, payload, access) =>
            {
                w.Line("f[at] = " + Core + ".I32(" + index + ");");
                var own = payload is { } p ? Layout.Of(p).Flat : new CoreValueType[0];
                if (payload is { } t) w.Line(LowerFlat(t, access!, "f", "at + 1", "cx"));
                for (int j = 0; j < own.Count; j++)
                {
                    // Bits are kept unsigned, so zero-extension and float reinterpretation only change the type.
                    if (own[j] != joined[j + 1]) w.Line("f[at + " + (j + 1) + "] = new " + Core + "(" + CoreType + joined[j + 1] + ", f[at + " + (j + 1) + "].Bits);");
                }
                for (int j = own.Count + 1; j < joined.Count; j++) w.Line("f[at + " + j + "] = new " + Core + "(" + CoreType + joined[j] + ", 0);");
            });
        }

        // lift_flat: reads bits only; i32 reads wrap (uint) so payloads in joined i64 slots lift as the spec's CoerceValueIter says.
        private void WriteLiftFlat(CodeWriter w, int id)
        {
            switch (Def(id))
            {
                case WitRecordKind:
                case WitTupleKind:
                {
                    var values = new List<string>();
                    int k = 0;
                    foreach (var (field, _) in Fields(id, "value"))
                    {
                        values.Add(LiftFlat(field, "f", Plus("at", k), "cx"));
                        k += Layout.Of(field).Flat.Count;
                    }
                    w.Line("return " + ConstructFields(id, values) + ";");
                    return;
                }
                case WitFixedSizeListKind fixedList:
                {
                    int count = Layout.Of(fixedList.Element).Flat.Count;
                    w.Line("var r = " + Support + "NewArray<" + _types.Name(fixedList.Element) + ">(" + fixedList.Size + ");");
                    w.Line("for (int i = 0; i < r.Length; i++) r[i] = " + LiftFlat(fixedList.Element, "f", "at + i * " + count, "cx") + ";");
                    w.Line("return r;");
                    return;
                }
                case WitEnumKind:
                case WitFlagsKind:
                    w.Line("return " + LiftEnumLike(id, "(uint)f[at].Bits") + ";");
                    return;
                case WitListKind:
                case WitMapKind:
                    w.Line("return " + Request(CodecMethod.LiftList, id) + "(cx, (uint)f[at].Bits, (uint)f[at + 1].Bits);");
                    return;
                case WitHandleKind handle:
                    w.Line("return " + _handles.Lift(handle, "(uint)f[at].Bits", "cx") + ";");
                    return;
            }
            WriteLiftCases(w, id, "(uint)f[at].Bits", payload => LiftFlat(payload, "f", "at + 1", "cx"));
        }

        /// <summary>The discriminant switch of a lift: each case returns its constructed value.</summary>
        private void WriteLiftCases(CodeWriter w, int id, string discriminant, System.Func<WitType, string> liftPayload)
        {
            var cases = CasePayloads(id);
            w.Line("switch (" + Scalars + "LiftDiscriminant(" + discriminant + ", " + cases.Length + "))");
            w.Open();
            for (int i = 0; i < cases.Length; i++)
            {
                w.Line(i == cases.Length - 1 ? "default:" : "case " + i + ":");
                var payload = cases[i];
                w.Line("    return " + Construct(id, i, payload is { } p ? liftPayload(p) : null) + ";");
            }
            w.Close();
        }

        /// <summary>An enum (trapping on a bad discriminant) or flags (dropping unknown bits) value from a <c>uint</c> expression.</summary>
        private string LiftEnumLike(int id, string bits)
        {
            string cs = _types.Name(WitType.FromId(id));
            if (Def(id) is WitFlagsKind flags)
            {
                return "(" + cs + ")(" + TypeDefinitionEmitter.FlagsStorage(flags.Flags.Count) + ")" + Scalars + "LiftFlags(" + bits + ", " + flags.Flags.Count + ")";
            }
            return "(" + cs + ")" + Scalars + "LiftDiscriminant(" + bits + ", " + CaseCount(id) + ")";
        }

        private static string FlagsMask(int count) => count >= 32 ? "" : " & 0x" + ((1u << count) - 1).ToString("x", System.Globalization.CultureInfo.InvariantCulture) + "u";

        private void NullCheck(CodeWriter w, int id, string value)
        {
            if (Def(id) is WitRecordKind) w.Line("if (" + value + " is null) throw " + Support + "Null(" + Literal(_names.SimpleTypeName(id)) + ");");
        }

        // A host list<T, N> written element by element: its length is checked first, then `statement` runs per index `i`.
        private static void EachFixedElement(CodeWriter w, WitFixedSizeListKind list, string statement)
        {
            FixedLengthCheck(w, list);
            w.Line("for (int i = 0; i < " + list.Size + "; i++)");
            w.Open();
            w.Line(statement);
            w.Close();
        }

        private static void FixedLengthCheck(CodeWriter w, WitFixedSizeListKind list)
        {
            w.Line("if (value is null) throw " + Support + "Null(\"fixed-length list\");");
            w.Line("if (value.Length != " + list.Size + ") throw new global::System.ArgumentException(\"a list<_, " + list.Size
                + "> needs exactly " + list.Size + " elements, not \" + value.Length, nameof(value));");
        }

        private void EnumRangeCheck(CodeWriter w, int id)
        {
            w.Line("if ((uint)value >= " + CaseCount(id) + "u) throw " + Support + "NoSuchCase(" + Literal(_names.SimpleTypeName(id)) + ", (ulong)value);");
        }
    }
}
