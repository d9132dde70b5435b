using System;
using System.Collections.Generic;
using System.Linq;
using WitSharp.WitParser.Resolution;

namespace WitSharp.Generator.Emit
{
    /// <summary>
    /// Writes <c>{Interface}ExportsBinding</c>: the class that implements <c>I{Interface}Exports</c> by calling the
    /// guest's core exports through <c>ICoreFunctionInvoker</c>. This slice covers interfaces whose functions all
    /// take scalars and strings (at most 16 flat values) and return a scalar, a string or nothing; other
    /// interfaces get only the interface until the remaining trampolines land.
    /// </summary>
    internal sealed class ExportBindingEmitter
    {
        private const string Runtime = "global::WitSharp.Runtime.";
        private const string Calls = "global::WitSharp.Runtime.Bindings.ExportCalls.";
        private readonly TypeMapper _types;
        private readonly FlatSignatures _shapes;

        public ExportBindingEmitter(TypeMapper types, FlatSignatures shapes)
        {
            _types = types;
            _shapes = shapes;
        }

        /// <summary>
        /// Writes binding class <paramref name="className"/> implementing <paramref name="interfaceName"/>: one
        /// trampoline per entry of <paramref name="members"/> (named as the interface names them), calling the core
        /// export <paramref name="coreName"/> gives for it, and one property per <paramref name="nested"/> binding
        /// (a world's exported interfaces), constructed from the same seam.
        /// </summary>
        public void Emit(CodeWriter w, string className, string interfaceName, IReadOnlyList<(WitFunction Function, string Member)> members,
            Func<WitFunction, string> coreName, string summary, bool usesMemory, IReadOnlyList<NestedBinding> nested)
        {
            w.Line("/// <summary>" + summary + "</summary>");
            w.Line("public sealed class " + className + " : " + interfaceName);
            w.Open();
            w.Line("private readonly " + Runtime + "ICoreFunctionInvoker _invoker;");
            if (usesMemory) w.Line("private readonly " + Runtime + "CallContext _context;");
            for (int i = 0; i < members.Count; i++) w.Line("private readonly int _export" + i + ";");
            w.Line();
            w.Line("/// <summary>");
            w.Line("/// Binds the exports. <paramref name=\"resolveExport\"/> maps each core export name (<c>ns:pkg/iface@version#function</c>,");
            w.Line("/// or <c>function</c> for a world's own functions) to the index <paramref name=\"invoker\"/> calls it by.");
            if (usesMemory) w.Line("/// <paramref name=\"context\"/> is the guest's memory, realloc and string encoding.");
            w.Line("/// </summary>");
            string context = usesMemory ? Runtime + "CallContext context, " : "";
            w.Line("public " + className + "(" + Runtime + "ICoreFunctionInvoker invoker, " + context + "global::System.Func<string, int> resolveExport)");
            w.Open();
            w.Line("_invoker = invoker;");
            if (usesMemory) w.Line("_context = context;");
            for (int i = 0; i < members.Count; i++)
            {
                w.Line("_export" + i + " = resolveExport(" + StringLiteral(coreName(members[i].Function)) + ");");
            }
            foreach (var n in nested)
            {
                w.Line(n.Property + " = new " + n.BindingType + "(invoker, " + (n.UsesMemory ? "context, " : "") + "resolveExport);");
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
            int flatCount = parameters.Sum(p => _shapes.FlatCount(p.Param.Type));
            if (flatCount == 0) w.Line("global::System.Span<" + Runtime + "CoreValue> __args = default;");
            else w.Line("global::System.Span<" + Runtime + "CoreValue> __args = stackalloc " + Runtime + "CoreValue[" + flatCount + "];");
            int flat = 0;
            foreach (var (param, name) in parameters)
            {
                if (_shapes.InMemory(param.Type) is { } what) w.Line(Calls + "Lower" + what + "(_context, " + name + ", __args, " + flat + ");");
                else w.Line("__args[" + flat + "] = " + _shapes.Lower(param.Type, name) + ";");
                flat += _shapes.FlatCount(param.Type);
            }
            int resultCount = f.Result is null ? 0 : 1;
            w.Line("global::System.Span<" + Runtime + "CoreValue> __results = stackalloc " + Runtime + "CoreValue[" + resultCount + "];");
            w.Line("_invoker.Invoke(" + exportField + ", __args, __results);");
            if (f.Result is { } type)
            {
                // Results come from the guest: a wrong core type or bad pointer is a trap, never a cast.
                string? inMemory = _shapes.InMemory(type);
                string lift = inMemory is not null
                    ? Calls + "Lift" + inMemory + "Result(_context, __results[0], " + StringLiteral(f.Name) + ")"
                    : _shapes.Lift(type, "__results[0]");
                if (inMemory is null)
                {
                    w.Line(Calls + "ExpectType(__results[0], global::WitSharp.WitParser.Abi.CoreValueType." + _shapes.FlatType(type) + ", " + StringLiteral(f.Name) + ");");
                }
                w.Line("var __value = " + lift + ";");
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

    /// <summary>An exported interface's binding as a property of a world's binding.</summary>
    internal sealed record NestedBinding(string Property, string InterfaceType, string BindingType, bool UsesMemory);
}
