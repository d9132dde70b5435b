using System;
using System.Collections.Generic;
using WitSharp.WitParser.Resolution;

namespace WitSharp.Generator.Emit
{
    /// <summary>
    /// Writes <c>{Interface}ExportsBinding</c>: the class that implements <c>I{Interface}Exports</c> by calling the
    /// guest's core exports through <c>ICoreFunctionInvoker</c>, one <see cref="ExportCallWriter"/> body per
    /// function. A function <see cref="TypeSupport"/> rejects (async, stream, future, error-context) still gets its
    /// method, which throws <c>NotSupportedException</c>, so the rest of the interface binds; the emitter has warned.
    /// </summary>
    internal sealed class ExportBindingEmitter
    {
        private const string Runtime = "global::WitSharp.Runtime.";
        private readonly TypeMapper _types;
        private readonly ExportCallWriter _calls;
        private readonly TypeSupport _support;

        public ExportBindingEmitter(TypeMapper types, ExportCallWriter calls, TypeSupport support)
        {
            _types = types;
            _calls = calls;
            _support = support;
        }

        /// <summary>
        /// Writes binding class <paramref name="className"/> implementing <paramref name="interfaceName"/>: one
        /// trampoline per entry of <paramref name="members"/> (named as the interface names them), calling the core
        /// export <paramref name="coreName"/> gives for it, and one property per <paramref name="nested"/> binding
        /// (a world's exported interfaces), constructed from the same seam. The class is sealed unless
        /// <paramref name="inherited"/> (the world's component class derives from it).
        /// </summary>
        public void Emit(CodeWriter w, string className, string interfaceName, IReadOnlyList<(WitFunction Function, string Member)> members,
            Func<WitFunction, string> coreName, string summary, IReadOnlyList<NestedBinding> nested, bool inherited = false)
        {
            w.Line("/// <summary>" + summary + "</summary>");
            w.Line("public " + (inherited ? "" : "sealed ") + "class " + className + " : " + interfaceName);
            w.Open();
            w.Line("private readonly " + Runtime + "ICoreFunctionInvoker _invoker;");
            w.Line("private readonly " + Runtime + "CallContext _context;");
            for (int i = 0; i < members.Count; i++)
            {
                if (_support.Supports(members[i].Function)) w.Line("private readonly int _export" + i + ";");
            }
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
                // An unbound function's core export may not exist in the shape a sync call needs: it is not looked up.
                if (!_support.Supports(members[i].Function)) continue;
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
                w.Line("public " + result + " " + member + "(" + SignatureWriter.ParameterList(_types, parameters) + ")");
                w.Open();
                if (_support.Supports(f)) _calls.Write(w, f, "_invoker", "_export" + i, "_context", null);
                else w.Line("throw new global::System.NotSupportedException(" + ExportCallWriter.Literal(NotBound(f)) + ");");
                w.Close();
                if (_support.Supports(f) && f.Result is { } bytes && _types.IsByteList(bytes)) BytesIntoOverload(w, f, member, parameters, i);
            }
            w.Close();
        }

        // Large byte results without a new array per call: the caller passes a writer it reuses (ArrayBufferWriter,
        // a pipe), and the bytes are copied once, from guest memory into it.
        private void BytesIntoOverload(CodeWriter w, WitFunction f, string member, List<(WitParam Param, string Name)> parameters, int index)
        {
            string destination = "destination";
            while (parameters.Exists(p => p.Name == destination)) destination += "_";
            string list = SignatureWriter.ParameterList(_types, parameters);
            w.Line();
            w.Line("/// <summary>");
            w.Line("/// Calls <c>" + DocComments.Escape(f.Name) + "</c> and writes the returned bytes to <paramref name=\"" + destination + "\"/> instead of");
            w.Line("/// a new array: one copy out of guest memory, no allocation when the writer is reused. Returns the number of bytes written.");
            w.Line("/// </summary>");
            w.Line("public int " + member + "(" + list + (list.Length > 0 ? ", " : "") + "global::System.Buffers.IBufferWriter<byte> " + destination + ")");
            w.Open();
            w.Line("if (" + destination + " is null) throw new global::System.ArgumentNullException(nameof(" + destination + "));");
            _calls.Write(w, f, "_invoker", "_export" + index, "_context", null, destination);
            w.Close();
        }

        /// <summary>The message of the exception an unbound function's method throws.</summary>
        public static string NotBound(WitFunction function) =>
            function.Name + (SignatureWriter.IsAsync(function.Kind) ? " is async, which" : " uses a type that")
            + " the C# bindings do not support yet";
    }

    /// <summary>An exported interface's binding as a property of a world's binding.</summary>
    internal sealed record NestedBinding(string Property, string InterfaceType, string BindingType);
}
