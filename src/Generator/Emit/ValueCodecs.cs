using System.Collections.Generic;
using System.Globalization;
using WitSharp.Generator.Emit.Resources;
using WitSharp.Generator.Naming;
using WitSharp.WitParser.Abi;
using WitSharp.WitParser.Resolution;

namespace WitSharp.Generator.Emit
{
    /// <summary>
    /// The typed Canonical ABI codecs of one world: C# expressions and statements that lower and lift values
    /// as flat core values and store and load them in guest memory, plus the static class
    /// <c>__CanonicalCodecs</c> (in the world namespace) holding one method per compound type and direction,
    /// written on demand as trampolines ask for them. Method names carry the type's definition index, so they are
    /// deterministic and cannot collide. Layouts come from <see cref="CanonicalLayout"/> at generation time
    /// (32-bit memories). Generated code works on typed C# values and spans: no <c>WitValue</c>, no boxing.
    /// Memory is fetched once per bulk step and again after anything that can call <c>cabi_realloc</c>.
    /// </summary>
    internal sealed partial class ValueCodecs
    {
        /// <summary>The simple name of the codec class.</summary>
        public const string ClassName = "__CanonicalCodecs";
        private const string Runtime = "global::WitSharp.Runtime.";
        private const string Support = "global::WitSharp.Runtime.Bindings.ValueCodecSupport.";
        private const string Binary = "global::System.Buffers.Binary.BinaryPrimitives.";
        private const string Core = "global::WitSharp.Runtime.CoreValue";
        private const string Scalars = "global::WitSharp.Runtime.CanonicalScalars.";
        private const string Strings = "global::WitSharp.Runtime.StringCodec.";
        // Host strings are stored with one exact allocation (see StringSourceEncoding.Host).
        private const string HostStrings = "global::WitSharp.Runtime.StringSourceEncoding.Host";

        private readonly WitResolve _resolve;
        private readonly BindingNames _names;
        private readonly TypeMapper _types;
        private readonly HandleCoding _handles;
        private readonly TypeSupport _support;
        private readonly OutputBudget _budget;
        // The boxed type whose unboxed (Raw) method body is being written, or -1.
        private int _unboxedBody = -1;
        private readonly string _prefix;
        private readonly HashSet<string> _requested = new HashSet<string>();
        private readonly List<CodecRequest> _queue = new List<CodecRequest>();
        private readonly Dictionary<int, (string Case, string Payload)[]> _caseNames = new Dictionary<int, (string Case, string Payload)[]>();

        public ValueCodecs(WitResolve resolve, BindingNames names, TypeMapper types, CanonicalLayout layout, HandleCoding handles, TypeSupport support,
            OutputBudget budget)
        {
            _budget = budget;
            _support = support;
            _resolve = resolve;
            _names = names;
            _types = types;
            Layout = layout;
            _handles = handles;
            _prefix = "global::" + names.WorldNamespace + "." + ClassName + ".";
        }

        /// <summary>The layouts the codecs follow.</summary>
        public CanonicalLayout Layout { get; }

        private enum CodecMethod { Lower, Lift, Write, Store, Read, LowerList, LiftList, Check }

        // Spelled out rather than Enum.ToString, whose first call costs reflection over the enum on a cold start.
        private static string MethodName(CodecMethod method) => method switch
        {
            CodecMethod.Lower => nameof(CodecMethod.Lower),
            CodecMethod.Lift => nameof(CodecMethod.Lift),
            CodecMethod.Write => nameof(CodecMethod.Write),
            CodecMethod.Store => nameof(CodecMethod.Store),
            CodecMethod.Read => nameof(CodecMethod.Read),
            CodecMethod.LowerList => nameof(CodecMethod.LowerList),
            CodecMethod.LiftList => nameof(CodecMethod.LiftList),
            CodecMethod.Check => nameof(CodecMethod.Check),
            _ => throw new System.ArgumentOutOfRangeException(nameof(method)),
        };

        /// <summary>A statement writing the flat values of <paramref name="value"/> into span <paramref name="flat"/> from index <paramref name="at"/>.</summary>
        public string LowerFlat(WitType type, string value, string flat, string at, string cx)
        {
            type = Unalias(type);
            if (type.IsId) return Request(CodecMethod.Lower, type.TypeId) + "(" + cx + ", " + value + ", " + flat + ", " + at + ");";
            if (type.Kind == WitTypeKind.String)
            {
                return "global::WitSharp.Runtime.Bindings.ExportCalls.LowerString(" + cx + ", " + value + " ?? throw " + Support + "Null(\"string\"), " + flat + ", " + at + ");";
            }
            return flat + "[" + at + "] = " + ScalarCoding.Lower(type.Kind, value) + ";";
        }

        /// <summary>An expression lifting a value from span <paramref name="flat"/> at index <paramref name="at"/>.</summary>
        public string LiftFlat(WitType type, string flat, string at, string cx)
        {
            type = Unalias(type);
            if (type.IsId) return Request(CodecMethod.Lift, type.TypeId) + "(" + cx + ", " + flat + ", " + at + ")";
            if (type.Kind == WitTypeKind.String)
            {
                return Strings + "Lift(" + cx + ", (uint)" + flat + "[" + at + "].Bits, (uint)" + flat + "[" + Plus(at, 1) + "].Bits, out _)";
            }
            return ScalarCoding.Lift(type.Kind, flat + "[" + at + "]");
        }

        /// <summary>
        /// A statement storing <paramref name="value"/> at guest address <paramref name="ptr"/> (a <c>ulong</c>
        /// expression the caller has checked for alignment and bounds).
        /// </summary>
        public string Store(WitType type, string value, string ptr, string cx)
        {
            type = Unalias(type);
            if (!type.IsId && type.Kind == WitTypeKind.String)
            {
                return Strings + "Store(" + cx + ", " + value + " ?? throw " + Support + "Null(\"string\"), " + HostStrings + ", " + ptr + ");";
            }
            if (type.IsId && Allocates(type)) return Request(CodecMethod.Store, type.TypeId) + "(" + cx + ", " + value + ", " + ptr + ");";
            return WriteField(type, value, cx + ".MemorySeam.Memory", "(int)(" + ptr + ")", cx);
        }

        /// <summary>
        /// An expression loading a value from span <paramref name="memory"/> (the whole guest memory) at
        /// <paramref name="at"/> (an <c>int</c> expression the caller has checked for alignment and bounds).
        /// </summary>
        public string Read(WitType type, string memory, string at, string cx)
        {
            type = Unalias(type);
            if (type.IsId) return Request(CodecMethod.Read, type.TypeId) + "(" + cx + ", " + memory + ", " + at + ")";
            if (type.Kind == WitTypeKind.String)
            {
                return Strings + "Lift(" + cx + ", " + Support + "ReadPointer(" + memory + ", " + at + "), " + Support + "ReadPointer(" + memory + ", " + Plus(at, 4) + "), out _)";
            }
            return ReadPrimitive(type.Kind, memory, at);
        }

        /// <summary>
        /// A statement that throws an <c>ArgumentException</c> when the host value <paramref name="value"/> cannot be
        /// lowered (a null where the type has no option, an enum value with no case, a fixed-length list of the wrong
        /// length), so calls fail before any guest state changes; null when no value of the type can be invalid.
        /// Unpaired surrogates are left to <c>StringCodec</c>, which finds them before it allocates.
        /// </summary>
        public string? Check(WitType type, string value, string what)
        {
            type = Unalias(type);
            if (!_support.NeedsCheck(type) && !(type.IsId && _types.IsBoxed(type.TypeId))) return null;
            if (!type.IsId) return "if (" + value + " is null) throw " + Support + "Null(" + Literal(what) + ");";
            return Request(CodecMethod.Check, type.TypeId) + "(" + value + ");";
        }

        /// <summary>Writes <c>__CanonicalCodecs</c> with every method the trampolines asked for (nothing when none did).</summary>
        public void Emit(CodeWriter w)
        {
            if (_queue.Count == 0) return;
            w.Line();
            w.Line("/// <summary>The Canonical ABI codecs of this world's types, one method per type and direction.</summary>");
            w.Line("internal static class " + ClassName);
            w.Open();
            // Writing a method may request more; the queue grows while it is walked.
            for (int i = 0; i < _queue.Count; i++)
            {
                if (i > 0) w.Line();
                var request = _queue[i];
                WriteMethod(w, request.Method, request.Id, request.Name);
            }
            w.Close();
        }

        private string Request(CodecMethod method, int id)
        {
            string name = MethodName(method) + "T" + id.ToString(CultureInfo.InvariantCulture);
            if (_requested.Add(name)) _queue.Add(new CodecRequest(method, id, name));
            return _prefix + name + (id == _unboxedBody ? "Raw" : "");
        }

        // A class, not a value tuple: List<class> runs on shared generic code, one less JIT instantiation on a cold start.
        private sealed class CodecRequest
        {
            public CodecRequest(CodecMethod method, int id, string name)
            {
                Method = method;
                Id = id;
                Name = name;
            }

            public CodecMethod Method { get; }
            public int Id { get; }
            public string Name { get; }
        }

        private void WriteMethod(CodeWriter w, CodecMethod method, int id, string name)
        {
            var type = WitType.FromId(id);
            _budget.Writing(_resolve.Types[id].Location);
            w.Line("// " + WitTypeText.Describe(_resolve, type));
            if (!_types.IsBoxed(id))
            {
                WriteMethod(w, method, id, name, _types.Name(type));
                return;
            }
            // The method of a boxed type opens or fills the box around the method of its structure, whose body works
            // on the unboxed value: its calls to the type's own other methods go to their Raw forms too.
            WriteBoxing(w, method, id, name);
            w.Line();
            _unboxedBody = id;
            WriteMethod(w, method, id, name + "Raw", _types.Structural(type));
            _unboxedBody = -1;
        }

        private void WriteBoxing(CodeWriter w, CodecMethod method, int id, string name)
        {
            string box = _types.Name(WitType.FromId(id));
            string raw = name + "Raw";
            string open = "(value ?? throw " + Support + "Null(" + Literal(WitTypeText.Describe(_resolve, WitType.FromId(id))) + ")).Value";
            string cx = Runtime + "CallContext cx";
            string memory = "global::System.Span<byte> m, int at";
            string flat = "global::System.Span<" + Core + "> f, int at";
            w.Line("internal static " + method switch
            {
                CodecMethod.Lower => "void " + name + "(" + cx + ", " + box + " value, " + flat + ") => " + raw + "(cx, " + open + ", f, at);",
                CodecMethod.Lift => box + " " + name + "(" + cx + ", global::System.ReadOnly" + flat.Substring("global::System.".Length) + ") => new " + box + "(" + raw + "(cx, f, at));",
                CodecMethod.Write => "void " + name + "(" + cx + ", " + memory + ", " + box + " value) => " + raw + "(cx, m, at, " + open + ");",
                CodecMethod.Store => "void " + name + "(" + cx + ", " + box + " value, ulong ptr) => " + raw + "(cx, " + open + ", ptr);",
                CodecMethod.Read => box + " " + name + "(" + cx + ", global::System.ReadOnly" + memory.Substring("global::System.".Length) + ") => new " + box + "(" + raw + "(cx, m, at));",
                CodecMethod.Check => "void " + name + "(" + box + " value) => " + raw + "(" + open + ");",
                CodecMethod.LowerList => "(ulong Pointer, ulong Length) " + name + "(" + cx + ", " + box + " value) => " + raw + "(cx, " + open + ");",
                _ => box + " " + name + "(" + cx + ", ulong ptr, ulong length) => new " + box + "(" + raw + "(cx, ptr, length));",
            });
        }

        private void WriteMethod(CodeWriter w, CodecMethod method, int id, string name, string cs)
        {
            string cx = Runtime + "CallContext cx";
            string memory = "global::System.Span<byte> m, int at";
            string flat = "global::System.Span<" + Core + "> f, int at";
            (string, System.Action<CodeWriter, int>) entry = method switch
            {
                CodecMethod.Lower => ("void " + name + "(" + cx + ", " + cs + " value, " + flat + ")", new System.Action<CodeWriter, int>(WriteLowerFlat)),
                CodecMethod.Lift => (cs + " " + name + "(" + cx + ", global::System.ReadOnly" + flat.Substring("global::System.".Length) + ")", new System.Action<CodeWriter, int>(WriteLiftFlat)),
                CodecMethod.Write => ("void " + name + "(" + cx + ", " + memory + ", " + cs + " value)", new System.Action<CodeWriter, int>(WriteWrite)),
                CodecMethod.Store => ("void " + name + "(" + cx + ", " + cs + " value, ulong ptr)", new System.Action<CodeWriter, int>(WriteStore)),
                CodecMethod.Read => (cs + " " + name + "(" + cx + ", global::System.ReadOnly" + memory.Substring("global::System.".Length) + ")", new System.Action<CodeWriter, int>(WriteRead)),
                CodecMethod.Check => ("void " + name + "(" + cs + " value)", new System.Action<CodeWriter, int>(WriteCheck)),
                CodecMethod.LowerList => ("(ulong Pointer, ulong Length) " + name + "(" + cx + ", " + cs + " value)", new System.Action<CodeWriter, int>(WriteLowerList)),
                _ => (cs + " " + name + "(" + cx + ", ulong ptr, ulong length)", new System.Action<CodeWriter, int>(WriteLiftList)),
            };
            w.Line("internal static " + entry.Item1);
            w.Open();
            entry.Item2(w, id);
            w.Close();
        }

        /// <summary>The type behind any aliases.</summary>
        public WitType Unalias(WitType type)
        {
            for (int hops = 0; type.IsId && hops <= _resolve.Types.Count && _resolve.Types[type.TypeId].Kind is WitAliasKind alias; hops++)
            {
                type = alias.Target;
            }
            return type;
        }

        private WitTypeDefKind Def(int id) => _resolve.Types[id].Kind;

        // Asked once per case while a variant's codecs are written: remembered, so naming stays linear in the cases.
        private (string Case, string Payload)[] CaseNames(int id, WitVariantKind variant)
        {
            if (!_caseNames.TryGetValue(id, out var names))
            {
                names = MemberNames.VariantCases(_names.SimpleTypeName(id), variant);
                _caseNames[id] = names;
            }
            return names;
        }

        /// <summary>True when storing a value of <paramref name="type"/> allocates guest memory (strings and lists inside).</summary>
        private bool Allocates(WitType type) => _support.Allocates(Unalias(type));

        // Offsets stay folded: Plus("at + 4", 4) is "at + 8".
        private static string Plus(string at, int k)
        {
            if (k == 0) return at;
            if (int.TryParse(at, NumberStyles.None, CultureInfo.InvariantCulture, out int n)) return Int(n + k);
            int plus = at.LastIndexOf(" + ", System.StringComparison.Ordinal);
            if (plus > 0 && int.TryParse(at.Substring(plus + 3), NumberStyles.None, CultureInfo.InvariantCulture, out int m))
            {
                return at.Substring(0, plus) + " + " + Int(m + k);
            }
            return at + " + " + Int(k);
        }

        private static string Int(long value) => value.ToString(CultureInfo.InvariantCulture);

        private static string Literal(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
    }
}
