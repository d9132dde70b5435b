using System.Collections.Generic;
using WitSharp.Generator.Naming;
using WitSharp.WitParser.Resolution;

namespace WitSharp.Generator.Emit
{
    /// <summary>
    /// Writes <c>{Interface}ImportsBinding</c>: one static trampoline per function of an imported interface (or a
    /// world's imported functions) with the shape an engine calls a host function by — flat arguments in, flat
    /// results out. Freestanding functions, constructors and statics take the host's implementation:
    /// <c>(host, context, args, results)</c>; resource methods are called on the resource object <c>self</c> names:
    /// <c>(context, args, results)</c>. Functions <see cref="TypeSupport"/> rejects get no trampoline.
    /// </summary>
    internal sealed class ImportBindingEmitter
    {
        private const string Runtime = "global::WitSharp.Runtime.";
        private readonly WitResolve _resolve;
        private readonly BindingNames _names;
        private readonly TypeSupport _support;
        private readonly ImportCallWriter _calls;

        public ImportBindingEmitter(WitResolve resolve, BindingNames names, TypeSupport support, ImportCallWriter calls)
        {
            Registrations = new LinkerRegistrations();
            _resolve = resolve;
            _names = names;
            _support = support;
            _calls = calls;
        }

        /// <summary>Every trampoline written so far, for the component linker glue.</summary>
        public LinkerRegistrations Registrations { get; }

        /// <summary>
        /// Writes static class <paramref name="className"/> (in namespace <paramref name="ns"/>) for <paramref name="members"/> of host interface
        /// <paramref name="interfaceType"/> (null when the owner has no host members) and for the resource methods
        /// among <paramref name="functions"/> (the owner's functions). Writes nothing when no function can be bound.
        /// <paramref name="coreModule"/> is the core module the guest imports them from: the interface's name as the
        /// world spells it, or <c>$root</c> for a world's own functions (named <paramref name="owner"/> in the docs).
        /// </summary>
        /// <paramref name="interfaceId"/> is the imported interface, null for a world's own functions.
        public void Emit(CodeWriter w, string ns, string className, string? interfaceType, IReadOnlyList<(WitFunction Function, string Member)> members,
            IReadOnlyList<WitFunction> functions, string coreModule, string owner, int? interfaceId)
        {
            var bound = new List<(WitFunction Function, string Member)>();
            foreach (var m in members) if (_support.Supports(m.Function)) bound.Add(m);
            var methods = Methods(className, functions, members);
            if (bound.Count == 0 && methods.Count == 0) return;
            w.Line();
            w.Line("/// <summary>");
            string module = "<c>" + DocComments.Escape(coreModule) + "</c>";
            // A world's own functions come from module $root, which the WIT never names: say whose functions they are.
            w.Line("/// The core functions a guest imports from core module " + module
                + (coreModule == owner ? "" : " (the functions world <c>" + DocComments.Escape(owner) + "</c> imports itself)") + ", each lifting the guest's flat");
            w.Line("/// arguments, calling the host and lowering the result. Arguments and results are the flat values of the core signature.");
            w.Line("/// </summary>");
            w.Line("public static class " + className);
            w.Open();
            bool first = true;
            foreach (var (f, member) in bound)
            {
                if (!first) w.Line();
                first = false;
                Header(w, f, member, coreModule, interfaceType + " host, ");
                Registrations.Add(coreModule, interfaceId, f.Name, "global::" + ns + "." + className + "." + member, takesHost: true);
                _calls.Write(w, f, args => "host." + member + "(" + string.Join(", ", args) + ")");
                w.Close();
            }
            foreach (var (f, trampoline, method) in methods)
            {
                if (!first) w.Line();
                first = false;
                Header(w, f, trampoline, coreModule, "");
                Registrations.Add(coreModule, interfaceId, f.Name, "global::" + ns + "." + className + "." + trampoline, takesHost: false);
                _calls.Write(w, f, args => args[0] + "." + method + "(" + JoinAfterFirst(args) + ")");
                w.Close();
            }
            w.Close();
        }

        // The call arguments after the receiver, comma-separated.
        private static string JoinAfterFirst(IReadOnlyList<string> args)
        {
            var sb = new System.Text.StringBuilder();
            for (int i = 1; i < args.Count; i++)
            {
                if (i > 1) sb.Append(", ");
                sb.Append(args[i]);
            }
            return sb.ToString();
        }

        private static void Header(CodeWriter w, WitFunction f, string name, string coreModule, string host)
        {
            w.Line("/// <summary>The core import <c>" + DocComments.Escape(f.Name) + "</c> of module <c>" + DocComments.Escape(coreModule) + "</c>.</summary>");
            w.Line("public static void " + name + "(" + host + Runtime + "CallContext context, global::System.ReadOnlySpan<"
                + Runtime + "CoreValue> args, global::System.Span<" + Runtime + "CoreValue> results)");
            w.Open();
        }

        // Each bindable resource method: a trampoline name (after the members' names) and the method's C# name.
        private List<(WitFunction Function, string Trampoline, string Method)> Methods(string className, IReadOnlyList<WitFunction> functions,
            IReadOnlyList<(WitFunction Function, string Member)> members)
        {
            var scope = NameScope.ForMembersOf(className);
            foreach (var m in members) scope.Reserve(m.Member);
            var result = new List<(WitFunction, string, string)>();
            var perResource = new Dictionary<int, Dictionary<WitFunction, string>>();
            foreach (var f in functions)
            {
                if (f.Kind != WitFunctionKindTag.Method || !_support.Supports(f)) continue;
                if (f.Resource < 0 || f.Resource >= _resolve.Types.Count) continue;
                if (!perResource.TryGetValue(f.Resource, out var names))
                {
                    names = MemberNames.ResourceMethods(_names.SimpleTypeName(f.Resource), f.Resource, functions);
                    perResource[f.Resource] = names;
                }
                string resource = _names.SimpleTypeName(f.Resource);
                result.Add((f, scope.Claim(resource + names[f]), names[f]));
            }
            return result;
        }
    }
}
