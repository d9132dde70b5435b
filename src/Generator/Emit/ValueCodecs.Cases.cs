using System;
using System.Collections.Generic;
using WitSharp.Generator.Naming;
using WitSharp.WitParser.Resolution;

namespace WitSharp.Generator.Emit
{
    internal sealed partial class ValueCodecs
    {
        /// <summary>
        /// The payload types of the cases of a variant, option or result, indexed by discriminant (empty for other
        /// kinds). An array, not a list: List of a nullable struct would be one more JIT instantiation on a cold start.
        /// </summary>
        private WitType?[] CasePayloads(int id)
        {
            switch (Def(id))
            {
                case WitVariantKind variant:
                    var cases = new WitType?[variant.Cases.Count];
                    for (int i = 0; i < cases.Length; i++) cases[i] = variant.Cases[i].Type;
                    return cases;
                case WitOptionKind option: return new WitType?[] { null, option.Type };
                case WitResultKind result: return new WitType?[] { result.Ok, result.Err };
                default: return new WitType?[0];
            }
        }

        /// <summary>True for the kinds with a discriminant and per-case payloads.</summary>
        private bool IsVariantLike(int id) => Def(id) is WitVariantKind or WitOptionKind or WitResultKind;

        /// <summary>
        /// Writes the host-side dispatch over the cases of <paramref name="value"/> (a variant, option or result):
        /// <paramref name="body"/> writes each case's statements given the case index, payload type and an
        /// expression for the payload. Each case's statements end the method (<c>return</c> is written after them).
        /// </summary>
        private void WriteCaseDispatch(CodeWriter w, int id, string value, Action<int, WitType?, string?> body)
        {
            var type = WitType.FromId(id);
            switch (Def(id))
            {
                case WitVariantKind variant:
                {
                    string cs = _types.Name(type);
                    var names = CaseNames(id, variant);
                    w.Line("switch (" + value + ")");
                    w.Open();
                    for (int i = 0; i < variant.Cases.Count; i++)
                    {
                        var payload = variant.Cases[i].Type;
                        w.Line("case " + cs + "." + names[i].Case + (payload is null ? ":" : " __c:"));
                        w.Open();
                        body(i, payload, payload is null ? null : "__c." + names[i].Payload);
                        w.Line("return;");
                        w.Close();
                    }
                    w.Close();
                    w.Line("throw " + Support + "Null(" + Literal(_names.SimpleTypeName(id)) + ");");
                    return;
                }
                case WitOptionKind option:
                    w.Line(_types.Map(option.Type).IsOption ? "if (" + value + ".TryGetValue(out var __v))" : "if (" + value + " is { } __v)");
                    w.Open();
                    body(1, option.Type, "__v");
                    w.Close();
                    w.Line("else");
                    w.Open();
                    body(0, null, null);
                    w.Close();
                    return;
                case WitResultKind result:
                    w.Line("if (" + value + ".IsOk)");
                    w.Open();
                    body(0, result.Ok, result.Ok is null ? null : value + ".Value");
                    w.Close();
                    w.Line("else");
                    w.Open();
                    body(1, result.Err, result.Err is null ? null : value + ".Error");
                    w.Close();
                    return;
            }
        }

        /// <summary>An expression constructing case <paramref name="index"/> of a variant, option or result from its payload expression.</summary>
        private string Construct(int id, int index, string? payload)
        {
            var type = WitType.FromId(id);
            string cs = _types.Structural(type);
            switch (Def(id))
            {
                case WitVariantKind variant:
                {
                    var names = CaseNames(id, variant);
                    return "new " + cs + "." + names[index].Case + "(" + payload + ")";
                }
                case WitOptionKind option:
                    if (_types.Map(option.Type).IsOption) return index == 0 ? cs + ".None" : cs + ".Some(" + payload + ")";
                    return index == 0 ? "null" : payload!;
                default:
                    return cs + (index == 0 ? ".Ok(" : ".Err(") + (payload ?? "default") + ")";
            }
        }

        /// <summary>The number of cases of a variant-like, enum or flags type.</summary>
        private int CaseCount(int id) => Def(id) switch
        {
            WitVariantKind v => v.Cases.Count,
            WitEnumKind e => e.Cases.Count,
            WitFlagsKind f => f.Flags.Count,
            _ => 2,
        };

        /// <summary>The C# property of each field of a record, or <c>Item1</c>… of a tuple.</summary>
        private List<FieldAccess> Fields(int id, string value)
        {
            var fields = new List<FieldAccess>();
            switch (Def(id))
            {
                case WitRecordKind record:
                {
                    var names = MemberNames.RecordFields(_names.SimpleTypeName(id), record);
                    for (int i = 0; i < names.Length; i++) fields.Add(new FieldAccess(record.Fields[i].Type, value + "." + names[i]));
                    break;
                }
                case WitTupleKind tuple:
                    for (int i = 0; i < tuple.Types.Count; i++) fields.Add(new FieldAccess(tuple.Types[i], value + ".Item" + (i + 1)));
                    break;
            }
            return fields;
        }

        /// <summary>
        /// A field or case payload to code: its WIT type, the C# expression that reads it and (in memory) its offset.
        /// A class, not a value tuple: lists of it run on shared generic code, one less JIT instantiation on a cold start.
        /// </summary>
        private sealed class FieldAccess
        {
            public FieldAccess(WitType type, string access, int offset = 0)
            {
                Type = type;
                Access = access;
                Offset = offset;
            }

            public WitType Type { get; }
            public string Access { get; }
            public int Offset { get; }

            public void Deconstruct(out WitType type, out string access)
            {
                type = Type;
                access = Access;
            }
        }

        /// <summary>An expression constructing a record or tuple from its field expressions.</summary>
        private string ConstructFields(int id, List<string> values)
        {
            string cs = _types.Structural(WitType.FromId(id));
            string list = string.Join(", ", values);
            if (Def(id) is WitRecordKind) return "new " + cs + "(" + list + ")";
            return values.Count == 1 ? "new " + cs + "(" + list + ")" : "(" + list + ")";
        }
    }
}
