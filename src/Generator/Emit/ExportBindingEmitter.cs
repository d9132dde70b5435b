using System;
using System.Collections.Generic;
using System.Linq;
using WitSharp.WitParser.Resolution;

namespace WitSharp.Generator.Emit
{
    /// <summary>
    /// Writes <c>{Interface}ExportsBinding</c>: the class that implements <c>I{Interface}Exports</c> by calling the
    /// guest's core exports through <c>ICoreFunctionInvoker</c>, one <see cref="ExportCallWriter"/> body per
    /// function. Interfaces with a function <see cref="TypeSupport"/> rejects get only the interface.
    /// </summary>
    internal sealed class ExportBindingEmitter
    {
        private const string Runtime = "global::WitSharp.Runtime.";
        private readonly TypeMapper _types;
        private readonly ExportCallWriter _calls;

        public ExportBindingEmitter(TypeMapper types, ExportCallWriter calls)
        {
            _types = types;
            _calls = calls;
        }

        /// <summary>
        /// Writes binding class <paramref name="className"/> implementing <paramref name="interfaceName"/>: one
        /// trampoline per entry of <paramref name="members"/> (named as the interface names them), calling the core
        /// export <paramref name="coreName"/> gives for it, and one property per <paramref name="nested"/> binding
        /// (a world's exported interfaces), constructed from the same seam.
        /// </summary>
        public void Emit(CodeWriter w, string className, string interfaceName, IReadOnlyList<(WitFunction Function, string Member)> members,
            Func<WitFunction, string> coreName, string summary, IReadOnlyList<NestedBinding> nested)
        {
            w.Line("/// <summary>" + summary + "</summary>");
            w.Line("public sealed class " + className + " : " + interfaceName);
            w.Open();
            w.Line("private readonly " + Runtime + "ICoreFunctionInvoker _invoker;");
            w.Line("private readonly " + Runtime + "CallContext _context;");
            for (int i = 0; i < members.Count; i++) w.Line("private readonly int _export" + i + ";");
            w.Line();
            w.Line("/// <summary>");
            w.Line("/// Binds the exports. <paramref name=\"resolveExport\"/> maps each core export name (<c>ns:pkg/iface@version#function</c>,");
            w.Line("/// or <c>function</c> for a world's own functions) to the index <paramref name=\"invoker\"/> calls it by.");
            w.Line("/// <paramref name=\"context\"/> is the guest's memory (32-bit), realloc, string encoding and handle tables.");
            w.Line("/// </summary>");
            w.Line("public " + className + "(" + Runtime + "ICoreFunctionInvoker invoker, " + Runtime + "CallContext context, global::System.Func<string, int> resolveExport)");
            w.Open();
            w.Line("_invoker = invoker;");
            w.Line("_context = global::WitSharp.Runtime.Bindings.ValueCodecSupport.RequireMemory32(context);");
            // Objects standing for guest-implemented resources call their methods through the instance's exports.
            w.Line("_context.Instance.BindExports(invoker, resolveExport);");
            for (int i = 0; i < members.Count; i++)
            {
                w.Line("_export" + i + " = resolveExport(" + ExportCallWriter.Literal(coreName(members[i].Function)) + ");");
            }
            foreach (var n in nested)
            {
                w.Line(n.Property + " = new " + n.BindingType + "(invoker, context, resolveExport);");
            }
            w.Close();
            foreach (var n in nested)
            {
                w.Line();
                w.Line("/// <inheritdoc />");
                w.Line("public " + n.InterfaceType + " " + n.Property + " { get; }");
            }
            for (int i = 0; i < members.Count; i++)
            {
                w.Line();
                var (f, member) = members[i];
                var parameters = SignatureWriter.Parameters(f);
                string result = f.Result is { } r ? _types.Name(r) : "void";
                w.Line("/// <inheritdoc />");
                w.Line("public " + result + " " + member + "(" + string.Join(", ", parameters.Select(p => _types.Name(p.Param.Type) + " " + p.Name)) + ")");
                w.Open();
                _calls.Write(w, f, "_invoker", "_export" + i, "_context", null);
                w.Close();
            }
            w.Close();
        }
    }

    /// <summary>An exported interface's binding as a property of a world's binding.</summary>
    internal sealed record NestedBinding(string Property, string InterfaceType, string BindingType);
}
