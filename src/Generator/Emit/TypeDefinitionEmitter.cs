using System.Collections.Generic;
using System.Text;
using WitSharp.Generator.Emit.Resources;
using WitSharp.Generator.Naming;
using WitSharp.WitParser.Resolution;
using WitSharp.WitParser.Text;

namespace WitSharp.Generator.Emit
{
    /// <summary>
    /// Writes the C# declaration of one nominal WIT type:
    /// <list type="bullet">
    /// <item>record → positional <c>sealed record</c> (a class: records can be large and hold strings and arrays,
    /// and a class has no invalid <c>default</c> value with null strings);</item>
    /// <item>variant → <c>abstract record</c> with a private constructor and one nested <c>sealed record</c> per case,
    /// so <c>switch</c> patterns match cases by type;</item>
    /// <item>enum → <c>enum</c> with the smallest sufficient underlying type; flags → <c>[Flags] enum</c> over
    /// <c>byte</c>/<c>ushort</c>/<c>uint</c>/<c>ulong</c> by flag count;</item>
    /// <item>resource → <c>abstract class</c> implementing <c>IDisposable</c> with one abstract method per WIT method.</item>
    /// </list>
    /// </summary>
    internal sealed class TypeDefinitionEmitter
    {
        private readonly WitResolve _resolve;
        private readonly BindingNames _names;
        private readonly TypeMapper _types;
        private readonly SignatureWriter _signatures;
        private readonly EmitDiagnostics _diagnostics;
        private readonly OutputBudget _budget;

        public TypeDefinitionEmitter(WitResolve resolve, BindingNames names, TypeMapper types, SignatureWriter signatures, EmitDiagnostics diagnostics,
            OutputBudget budget)
        {
            _budget = budget;
            _resolve = resolve;
            _names = names;
            _types = types;
            _signatures = signatures;
            _diagnostics = diagnostics;
        }

        /// <summary>
        /// Writes resources with the class shape of the side implementing them and their intrinsics; while unset,
        /// resources are written as plain abstract classes.
        /// </summary>
        public ResourceClassEmitter? Resources { get; set; }

        /// <summary>Writes type <paramref name="typeId"/>; <paramref name="functions"/> are its owner's functions (for resource methods).</summary>
        public void Emit(CodeWriter w, int typeId, IEnumerable<WitFunction> functions, string where)
        {
            var def = _resolve.Types[typeId];
            _budget.Writing(def.Location);
            string name = _names.SimpleTypeName(typeId);
            where = where + " type `" + def.Name + "`";
            DocComments.Summary(w, def.Docs, DocComments.Named(KindName(def.Kind), def.Name ?? name));
            DocComments.ExternalId(w, def.ExternalId);
            switch (def.Kind)
            {
                case WitRecordKind record: Record(w, name, record, def.Stability, where, def.Location); return;
            }
            DocComments.Obsolete(w, def.Stability);
            switch (def.Kind)
            {
                case WitVariantKind variant: Variant(w, name, variant, where, def.Location); break;
                case WitEnumKind @enum: Enum(w, name, @enum.Cases, flags: false); break;
                case WitFlagsKind flags: Enum(w, name, flags.Flags, flags: true); break;
                case WitResourceKind: Resource(w, name, typeId, functions, where); break;
            }
        }

        /// <summary>Writes the record of each structural type boxed because its spelling is too long (see <see cref="TypeMapper"/>).</summary>
        public void EmitBoxes(CodeWriter w)
        {
            foreach (int id in _types.Boxed)
            {
                var type = WitType.FromId(id);
                _budget.Writing(_resolve.Types[id].Location);
                w.Line("/// <summary>");
                w.Line("/// The WIT type <c>" + DocComments.Escape(WitTypeText.Describe(_resolve, type)) + "</c>, boxed: its C# spelling is longer than");
                w.Line("/// " + TypeMapper.MaxInlineSpelling + " characters, so it is named once and referred to.");
                w.Line("/// </summary>");
                w.Line("/// <param name=\"Value\">The value.</param>");
                w.Line("public sealed record " + _names.BoxName(id) + "(" + _types.Structural(type) + " Value);");
                w.Line();
            }
        }

        private static string KindName(WitTypeDefKind kind) => kind switch
        {
            WitRecordKind => "record",
            WitVariantKind => "variant",
            WitEnumKind => "enum",
            WitFlagsKind => "flags",
            _ => "resource",
        };

        private void Record(CodeWriter w, string name, WitRecordKind record, WitStability stability, string where, SourceLocation? at)
        {
            var scope = NameScope.ForMembersOf(name);
            var fields = new StringBuilder();
            var names = new List<string>();
            foreach (var field in record.Fields)
            {
                if (_types.UsesUnsupported(field.Type)) _diagnostics.Unsupported(where, at);
                string fieldName = scope.Claim(CSharpIdentifiers.Pascal(field.Name));
                names.Add(fieldName);
                if (fields.Length > 0) fields.Append(", ");
                fields.Append(_types.Name(field.Type)).Append(' ').Append(fieldName);
            }
            // Parameter docs belong to the doc comment, so they precede any attribute.
            for (int i = 0; i < record.Fields.Count; i++) DocComments.Param(w, names[i], record.Fields[i].Docs, DocComments.Named("field", record.Fields[i].Name));
            DocComments.Obsolete(w, stability);
            w.Line("public sealed record " + name + "(" + fields + ");");
        }

        private void Variant(CodeWriter w, string name, WitVariantKind variant, string where, SourceLocation? at)
        {
            w.Line("public abstract record " + name);
            w.Open();
            w.Line("private " + name + "() { }");
            var names = MemberNames.VariantCases(name, variant);
            for (int i = 0; i < variant.Cases.Count; i++)
            {
                var @case = variant.Cases[i];
                string caseName = names[i].Case;
                w.Line();
                DocComments.Summary(w, @case.Docs, DocComments.Named("case", @case.Name));
                if (@case.Type is { } payload)
                {
                    if (_types.UsesUnsupported(payload)) _diagnostics.Unsupported(where, at);
                    string property = names[i].Payload;
                    DocComments.Param(w, property, WitDocs.None, "The payload.");
                    w.Line("public sealed record " + caseName + "(" + _types.Name(payload) + " " + property + ") : " + name + ";");
                }
                else
                {
                    w.Line("public sealed record " + caseName + "() : " + name + ";");
                }
            }
            w.Close();
        }

        private static void Enum(CodeWriter w, string name, IReadOnlyList<WitNamedCase> cases, bool flags)
        {
            string underlying = flags ? FlagsStorage(cases.Count) : (cases.Count <= 256 ? "byte" : cases.Count <= 65536 ? "ushort" : "uint");
            if (flags) w.Line("[global::System.Flags]");
            w.Line("public enum " + name + " : " + underlying);
            w.Open();
            var scope = NameScope.ForMembersOf(name);
            for (int i = 0; i < cases.Count; i++)
            {
                DocComments.Summary(w, cases[i].Docs, DocComments.Named(flags ? "flag" : "case", cases[i].Name));
                string member = scope.Claim(CSharpIdentifiers.Pascal(cases[i].Name));
                string value = flags ? FlagBit(underlying, i) : i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                w.Line(member + " = " + value + ",");
            }
            w.Close();
        }

        // A literal of the enum's own width: `1 << 31` is a negative int and does not convert to uint.
        private static string FlagBit(string underlying, int bit) =>
            (underlying == "ulong" ? "1UL << " : underlying == "uint" ? "1U << " : "1 << ") + bit.ToString(System.Globalization.CultureInfo.InvariantCulture);

        /// <summary>The underlying type of a flags enum: the canonical ABI stores up to 8 flags in a byte, 16 in a u16, 32 in a u32.</summary>
        public static string FlagsStorage(int count) =>
            count <= 8 ? "byte" : count <= 16 ? "ushort" : count <= 32 ? "uint" : "ulong";

        private void Resource(CodeWriter w, string name, int typeId, IEnumerable<WitFunction> functions, string where)
        {
            if (Resources is not null)
            {
                Resources.Emit(w, name, typeId, functions, where);
                return;
            }
            w.Line("public abstract class " + name + " : global::System.IDisposable");
            w.Open();
            var scope = NameScope.ForMembersOf(name, "Dispose");
            foreach (var method in SignatureWriter.MethodsOf(functions, typeId))
            {
                string member = scope.Claim(CSharpIdentifiers.Pascal(SignatureWriter.PlainName(method)));
                _signatures.Write(w, method, member, "public abstract ", where + " method `" + SignatureWriter.PlainName(method) + "`");
                w.Line();
            }
            w.Line("/// <summary>Called when the handle is dropped; releases what the resource holds.</summary>");
            w.Line("public virtual void Dispose() { }");
            w.Close();
        }
    }
}
