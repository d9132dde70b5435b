using System.Collections.Generic;
using System.Linq;
using WitSharp.WitParser.Resolution;

namespace WitSharp.Generator.Emit
{
    /// <summary>
    /// Writes <c>{Interface}ExportsBinding</c>: the class that implements <c>I{Interface}Exports</c> by calling the
    /// guest's core exports through <c>ICoreFunctionInvoker</c>. This slice covers interfaces whose functions all
    /// have scalar parameters (at most 16) and a scalar or no result, so every value travels flat and no linear
    /// memory is involved; other interfaces get only the interface until the memory-based trampolines land.
    /// </summary>
    internal sealed class ExportBindingEmitter
    {
        private const string Runtime = "global::WitSharp.Runtime.";
        private readonly TypeMapper _types;

        public ExportBindingEmitter(TypeMapper types) => _types = types;

        /// <summary>True when every function of <paramref name="iface"/> can be bound by this slice.</summary>
        public static bool Supports(WitInterface iface) => iface.Functions.Values.All(f =>
            f.Kind == WitFunctionKindTag.Freestanding
            && f.Params.Count <= 16
            && f.Params.All(p => ScalarCoding.IsScalar(p.Type))
            && (f.Result is not { } r || ScalarCoding.IsScalar(r)));

        /// <summary>
        /// Writes the binding class for the functions <paramref name="members"/> of <paramref name="interfaceName"/>
        /// (named as the interface names them). <paramref name="coreNamePrefix"/> is the interface's name in the
        /// world (<c>ns:pkg/iface@1.0.0</c>); core exports are named <c>{prefix}#{function}</c>.
        /// </summary>
        public void Emit(CodeWriter w, string className, string interfaceName, IReadOnlyList<(WitFunction Function, string Member)> members, string coreNamePrefix)
        {
            w.Line("/// <summary>Calls the component's export <c>" + DocComments.Escape(coreNamePrefix) + "</c> through the Canonical ABI.</summary>");
            w.Line("public sealed class " + className + " : " + interfaceName);
            w.Open();
            w.Line("private readonly " + Runtime + "ICoreFunctionInvoker _invoker;");
            for (int i = 0; i < members.Count; i++) w.Line("private readonly int _export" + i + ";");
            w.Line();
            w.Line("/// <summary>");
            w.Line("/// Binds the exports. <paramref name=\"resolveExport\"/> maps each core export name");
            w.Line("/// (<c>" + DocComments.Escape(coreNamePrefix) + "#function</c>) to the index <paramref name=\"invoker\"/> calls it by.");
            w.Line("/// </summary>");
            w.Line("public " + className + "(" + Runtime + "ICoreFunctionInvoker invoker, global::System.Func<string, int> resolveExport)");
            w.Open();
            w.Line("_invoker = invoker;");
            for (int i = 0; i < members.Count; i++)
            {
                w.Line("_export" + i + " = resolveExport(" + StringLiteral(coreNamePrefix + "#" + members[i].Function.Name) + ");");
            }
            w.Close();
            for (int i = 0; i < members.Count; i++)
            {
                w.Line();
                Method(w, members[i].Function, members[i].Member, "_export" + i);
            }
            w.Close();
        }

        private void Method(CodeWriter w, WitFunction f, string member, string exportField)
        {
            var parameters = SignatureWriter.Parameters(f);
            string result = f.Result is { } r ? _types.Name(r) : "void";
            w.Line("/// <inheritdoc />");
            w.Line("public " + result + " " + member + "(" + string.Join(", ", parameters.Select(p => _types.Name(p.Param.Type) + " " + p.Name)) + ")");
            w.Open();
            // Locals start with `__`, which no WIT-derived parameter name can.
            if (parameters.Count == 0) w.Line("global::System.ReadOnlySpan<" + Runtime + "CoreValue> __args = default;");
            else w.Line("global::System.Span<" + Runtime + "CoreValue> __args = stackalloc " + Runtime + "CoreValue[" + parameters.Count + "];");
            for (int i = 0; i < parameters.Count; i++)
            {
                w.Line("__args[" + i + "] = " + ScalarCoding.Lower(parameters[i].Param.Type.Kind, parameters[i].Name) + ";");
            }
            int resultCount = f.Result is null ? 0 : 1;
            w.Line("global::System.Span<" + Runtime + "CoreValue> __results = stackalloc " + Runtime + "CoreValue[" + resultCount + "];");
            w.Line("_invoker.Invoke(" + exportField + ", __args, __results);");
            if (f.Result is { } type)
            {
                string flat = ScalarCoding.FlatType(type.Kind);
                // The engine seam is untrusted like the guest: a result of the wrong core type is a trap, not a cast.
                w.Line("if (__results[0].Type != global::WitSharp.WitParser.Abi.CoreValueType." + flat + ")");
                w.Line("    throw new " + Runtime + "CanonicalAbiTrapException(" + StringLiteral(f.Name + " returned ") + " + __results[0].Type + \", expected " + flat.ToLowerInvariant() + "\");");
                w.Line("var __value = " + ScalarCoding.Lift(type.Kind, "__results[0]") + ";");
                w.Line("_invoker.PostReturn(" + exportField + ", __results);");
                w.Line("return __value;");
            }
            else
            {
                w.Line("_invoker.PostReturn(" + exportField + ", __results);");
            }
            w.Close();
        }

        private static string StringLiteral(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
    }
}
