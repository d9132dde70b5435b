using System.Collections.Generic;
using WitSharp.Generator.Naming;
using WitSharp.WitParser.Resolution;

namespace WitSharp.Generator.Emit.Resources
{
    /// <summary>
    /// Writes the C# class of one WIT resource, shaped by the side that implements it (<see cref="ResourceOwnership"/>):
    /// <list type="bullet">
    /// <item>host-implemented: an <c>abstract class</c> implementing <c>IDisposable</c> the host subclasses, one abstract
    /// method per WIT method; the guest's handle drop disposes the object;</item>
    /// <item>guest-implemented: a <c>sealed class</c> implementing <c>IGuestResource</c> that stands for the guest's
    /// resource: each method calls the guest's <c>[method]</c> export, <c>Dispose()</c> runs the guest's destructor once,
    /// and any later use throws <c>ObjectDisposedException</c>.</item>
    /// </list>
    /// Both get a nested static class <c>CoreImports</c> holding the resource's intrinsics the guest imports
    /// (<c>[resource-drop]</c>; for guest resources also <c>[resource-new]</c> and <c>[resource-rep]</c> of the
    /// <c>[export]</c> module), with the <c>(context, args, results)</c> shape an engine calls host functions by.
    /// Methods of host resources get their trampolines in the interface's imports binding.
    /// </summary>
    internal sealed class ResourceClassEmitter
    {
        private const string Runtime = "global::WitSharp.Runtime.";
        private const string Bindings = "global::WitSharp.Runtime.Bindings.";
        private readonly BindingNames _names;
        private readonly TypeMapper _types;
        private readonly SignatureWriter _signatures;
        private readonly EmitDiagnostics _diagnostics;
        private readonly TypeSupport _support;
        private readonly ResourceOwnership _ownership;
        private readonly ExportCallWriter _exportCalls;

        public ResourceClassEmitter(BindingNames names, TypeMapper types, SignatureWriter signatures, EmitDiagnostics diagnostics,
            TypeSupport support, HandleCoding handles, ExportCallWriter exportCalls)
        {
            _names = names;
            _types = types;
            _signatures = signatures;
            _diagnostics = diagnostics;
            _support = support;
            _ownership = handles.Ownership;
            _exportCalls = exportCalls;
            handles.ClassesWired = true;
        }

        /// <summary>Writes resource <paramref name="typeId"/> as class <paramref name="name"/>; <paramref name="functions"/> are its owner's functions.</summary>
        public void Emit(CodeWriter w, string name, int typeId, IEnumerable<WitFunction> functions, string where)
        {
            var methods = MemberNames.ResourceMethods(name, typeId, functions);
            var scope = NameScope.ForMembersOf(name, "Dispose");
            foreach (var member in methods.Values) scope.Reserve(member);
            string coreImports = scope.Claim("CoreImports");
            if (_ownership.IsGuestImplemented(typeId)) GuestClass(w, name, typeId, methods, coreImports, where);
            else HostClass(w, name, typeId, methods, coreImports, where);
        }

        private void HostClass(CodeWriter w, string name, int typeId, Dictionary<WitFunction, string> methods, string coreImports, string where)
        {
            w.Line("public abstract class " + name + " : global::System.IDisposable");
            w.Open();
            foreach (var method in methods)
            {
                _signatures.Write(w, method.Key, method.Value, "public abstract ", MethodWhere(where, method.Key));
                w.Line();
            }
            w.Line("/// <summary>Called when the handle is dropped; releases what the resource holds.</summary>");
            w.Line("public virtual void Dispose() { }");
            w.Line();
            string module = _ownership.ImportModule(typeId);
            CoreImportsHeader(w, coreImports, name, module);
            Intrinsic(w, "ResourceDrop", "[resource-drop]", typeId, module,
                Bindings + "ResourceHandles.Drop(context, " + HandleCoding.TypeId(typeId) + ", args);");
            w.Close();
            w.Close();
        }

        private void GuestClass(CodeWriter w, string name, int typeId, Dictionary<WitFunction, string> methods, string coreImports, string where)
        {
            string export = _ownership.ExportName(typeId)!;
            w.Line("public sealed class " + name + " : " + Bindings + "IGuestResource");
            w.Open();
            w.Line("private readonly " + Bindings + "GuestResourceHandle __handle;");
            w.Line();
            w.Line("/// <summary>Stands for the guest's resource with rep <paramref name=\"rep\"/> (the bindings create these from the guest's handles).</summary>");
            w.Line("internal " + name + "(" + Runtime + "CallContext context, uint rep)");
            w.Open();
            w.Line("__handle = new " + Bindings + "GuestResourceHandle(context, rep, " + ExportCallWriter.Literal(_ownership.Destructor(typeId)) + ", "
                + ExportCallWriter.Literal(name) + ");");
            w.Close();
            w.Line();
            w.Line(Bindings + "GuestResourceHandle " + Bindings + "IGuestResource.Handle => __handle;");
            w.Line();
            w.Line("/// <summary>");
            w.Line("/// Drops the resource: the guest's destructor runs, once; later calls do nothing. Afterwards (and after the");
            w.Line("/// resource was passed to the guest as an <c>own</c>) its methods throw <see cref=\"global::System.ObjectDisposedException\"/>.");
            w.Line("/// </summary>");
            w.Line("public void Dispose() => __handle.Dispose();");
            foreach (var method in methods)
            {
                w.Line();
                GuestMethod(w, method.Key, method.Value, export, MethodWhere(where, method.Key));
            }
            w.Line();
            string module = "[export]" + export;
            CoreImportsHeader(w, coreImports, name, module);
            string id = HandleCoding.TypeId(typeId);
            Intrinsic(w, "ResourceNew", "[resource-new]", typeId, module, Bindings + "GuestResourceHandles.New(context, " + id + ", args, results);");
            w.Line();
            Intrinsic(w, "ResourceRep", "[resource-rep]", typeId, module, Bindings + "GuestResourceHandles.Rep(context, " + id + ", args, results);");
            w.Line();
            Intrinsic(w, "ResourceDrop", "[resource-drop]", typeId, module, Bindings + "GuestResourceHandles.Drop(context, " + id + ", "
                + ExportCallWriter.Literal(_ownership.Destructor(typeId)) + ", args);");
            w.Close();
            w.Close();
        }

        // A method of a guest resource: its body calls the guest's `iface#[method]r.m` export with the rep as `self`.
        private void GuestMethod(CodeWriter w, WitFunction f, string member, string export, string where)
        {
            bool bound = _support.Supports(f);
            var parameters = _signatures.CheckedParameters(f, where);
            DocComments.Summary(w, f.Docs, DocComments.Named("function", f.Name));
            DocComments.ExternalId(w, f.ExternalId);
            DocComments.Obsolete(w, f.Stability);
            string result = f.Result is { } t ? _types.Name(t) : "void";
            w.Line("public " + result + " " + member + "(" + SignatureWriter.ParameterList(_types, parameters) + ")");
            w.Open();
            if (bound)
            {
                w.Line("var __exports = __handle.Exports;");
                w.Line("int __index = __exports.Index(" + ExportCallWriter.Literal(export + "#" + f.Name) + ");");
                _exportCalls.Write(w, f, "__exports.Invoker", "__index", "__handle.Context", "this");
            }
            else
            {
                // Reported as a diagnostic above; the member still exists so the class matches the WIT resource.
                w.Line("throw new global::System.NotSupportedException(" + ExportCallWriter.Literal(f.Name + " uses a type or calling convention the C# bindings do not support yet") + ");");
            }
            w.Close();
        }

        private static string MethodWhere(string where, WitFunction f) => where + " method `" + SignatureWriter.PlainName(f) + "`";

        private static void CoreImportsHeader(CodeWriter w, string className, string resourceClass, string module)
        {
            w.Line("/// <summary>");
            w.Line("/// The resource intrinsics a guest imports from core module <c>" + DocComments.Escape(module) + "</c> for <see cref=\"" + resourceClass + "\"/>,");
            w.Line("/// with the shape an engine calls host functions by: flat arguments in, flat results out.");
            w.Line("/// </summary>");
            w.Line("public static class " + className);
            w.Open();
        }

        private void Intrinsic(CodeWriter w, string member, string prefix, int typeId, string module, string body)
        {
            string coreName = prefix + _ownership.WitName(typeId);
            w.Line("/// <summary>The core import <c>" + DocComments.Escape(coreName) + "</c> of <c>" + DocComments.Escape(module) + "</c>.</summary>");
            w.Line("public static void " + member + "(" + Runtime + "CallContext context, global::System.ReadOnlySpan<" + Runtime
                + "CoreValue> args, global::System.Span<" + Runtime + "CoreValue> results)");
            w.Open();
            w.Line(body);
            w.Close();
        }
    }
}
