using WitSharp.WitParser.Resolution;

namespace WitSharp.Generator.Emit
{
    internal sealed partial class ValueCodecs
    {
        // Check{T}: walks the host value once before anything is lowered; only parts that can be invalid are visited.
        private void WriteCheck(CodeWriter w, int id)
        {
            switch (Def(id))
            {
                case WitRecordKind:
                case WitTupleKind:
                    NullCheck(w, id, "value");
                    foreach (var (field, access) in Fields(id, "value")) CheckPart(w, field, access);
                    return;
                case WitFixedSizeListKind fixedList:
                    FixedLengthCheck(w, fixedList);
                    CheckElements(w, fixedList.Element);
                    return;
                case WitListKind list:
                    w.Line("if (value is null) throw " + Support + "Null(\"list\");");
                    CheckElements(w, list.Element);
                    return;
                case WitMapKind map:
                    WriteCheckMap(w, map);
                    return;
                case WitEnumKind:
                    EnumRangeCheck(w, id);
                    return;
                case WitHandleKind:
                    w.Line("if (value is null) throw " + Support + "Null(\"resource\");");
                    return;
            }
            // Only variants are nominal: options and results have no name to claim.
            string? name = Def(id) is WitVariantKind ? _names.SimpleTypeName(id) : null;
            var cases = Def(id) is WitVariantKind variant ? CaseNames(id, variant) : null;
            WriteCaseDispatch(w, id, "value", (index, payload, access) =>
            {
                string what = cases is null ? (index == 0 ? "ok" : "error") : name + "." + cases[index].Case;
                if (payload is { } p && Check(p, access!, Def(id) is WitOptionKind ? "some" : what) is { } check) w.Line(check);
            });
        }

        private void CheckElements(CodeWriter w, WitType element)
        {
            if (Check(element, "value[i]", "list element") is not { } check) return;
            w.Line("for (int i = 0; i < value.Length; i++) " + check);
        }

        private void CheckPart(CodeWriter w, WitType type, string access)
        {
            if (Check(type, access, access.Substring(access.LastIndexOf('.') + 1)) is { } check) w.Line(check);
        }
    }
}
