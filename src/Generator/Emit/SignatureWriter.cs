using System.Collections.Generic;
using System.Text;
using WitSharp.Generator.Naming;
using WitSharp.WitParser.Resolution;

namespace WitSharp.Generator.Emit
{
    /// <summary>Writes the C# signature of a WIT function: return type, name, typed parameters.</summary>
    internal sealed class SignatureWriter
    {
        private readonly TypeMapper _types;
        private readonly EmitDiagnostics _diagnostics;

        public SignatureWriter(TypeMapper types, EmitDiagnostics diagnostics)
        {
            _types = types;
            _diagnostics = diagnostics;
        }

        /// <summary>
        /// Writes docs, <c>[Obsolete]</c> and <c>{modifiers}{return} {name}({params});</c>. Methods drop their
        /// <c>self</c> parameter (it is the object the method is called on). <paramref name="where"/> names the
        /// function in diagnostics.
        /// </summary>
        public void Write(CodeWriter w, WitFunction function, string memberName, string modifiers, string where)
        {
            var parameters = CheckedParameters(function, where);
            DocComments.Summary(w, function.Docs, DocComments.Named("function", function.Name));
            DocComments.ExternalId(w, function.ExternalId);
            DocComments.Obsolete(w, function.Stability);
            string result = function.Result is { } t ? _types.Name(t) : "void";
            w.Line(modifiers + result + " " + memberName + "(" + ParameterList(_types, parameters) + ");");
        }

        /// <summary>
        /// <see cref="Parameters"/>, after reporting (at the function's declaration) an <c>async</c> function or one
        /// whose types contain stream, future or error-context: the bindings declare those but do not bind them.
        /// </summary>
        public List<(WitParam Param, string Name)> CheckedParameters(WitFunction function, string where)
        {
            if (IsAsync(function.Kind)) _diagnostics.Async(where, function.Location);
            bool unsupported = function.Result is { } r && _types.UsesUnsupported(r);
            var parameters = Parameters(function);
            foreach (var (p, _) in parameters) unsupported |= _types.UsesUnsupported(p.Type);
            if (unsupported) _diagnostics.Unsupported(where, function.Location);
            return parameters;
        }

        /// <summary>The C# parameter list <c>Type name, Type name</c> of <paramref name="parameters"/>.</summary>
        public static string ParameterList(TypeMapper types, List<(WitParam Param, string Name)> parameters)
        {
            var sb = new StringBuilder();
            foreach (var (p, name) in parameters)
            {
                if (sb.Length > 0) sb.Append(", ");
                sb.Append(types.Name(p.Type)).Append(' ').Append(name);
            }
            return sb.ToString();
        }

        /// <summary>The C# parameters of <paramref name="function"/> with their (escaped) names; methods drop <c>self</c>.</summary>
        public static List<(WitParam Param, string Name)> Parameters(WitFunction function)
        {
            var list = new List<(WitParam, string)>();
            var scope = new NameScope();
            for (int i = IsMethod(function.Kind) ? 1 : 0; i < function.Params.Count; i++)
            {
                var p = function.Params[i];
                list.Add((p, CSharpIdentifiers.Escape(scope.Claim(CSharpIdentifiers.Camel(p.Name)))));
            }
            return list;
        }

        /// <summary>The part of a function name after its <c>[method]r.</c> / <c>[static]r.</c> / <c>[constructor]</c> prefix.</summary>
        public static string PlainName(WitFunction function) => WitFunctionNames.Plain(function.Name);

        /// <summary>True for the async function kinds.</summary>
        public static bool IsAsync(WitFunctionKindTag kind) =>
            kind is WitFunctionKindTag.AsyncFreestanding or WitFunctionKindTag.AsyncMethod or WitFunctionKindTag.AsyncStatic;

        /// <summary>True for resource methods (functions that take <c>self</c>).</summary>
        public static bool IsMethod(WitFunctionKindTag kind) =>
            kind is WitFunctionKindTag.Method or WitFunctionKindTag.AsyncMethod;

        /// <summary>The methods of resource <paramref name="resource"/> among <paramref name="functions"/>.</summary>
        public static IEnumerable<WitFunction> MethodsOf(IEnumerable<WitFunction> functions, int resource)
        {
            foreach (var f in functions) if (IsMethod(f.Kind) && f.Resource == resource) yield return f;
        }
    }
}
