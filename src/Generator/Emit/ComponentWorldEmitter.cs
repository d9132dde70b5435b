using System.Collections.Generic;
using WitSharp.Generator.Naming;

namespace WitSharp.Generator.Emit
{
    /// <summary>
    /// Writes the world's component class for WitSharp's component runtime (<c>WitSharp.Engine.Components</c>), as
    /// wasmtime's <c>bindgen!</c> writes <c>add_to_linker</c> and <c>instantiate</c>: <c>AddToLinker(linker, host)</c>
    /// registers every import trampoline under the names the component imports, and <c>Instantiate</c> returns the
    /// class itself, which is the world's export binding, so exports are typed methods (<c>calc.Add(1, 2)</c>). No user
    /// types a core name. Written only when <see cref="BindingsOptions.ComponentBindings"/> is on, because it refers to
    /// a package the plain bindings do not need.
    /// </summary>
    internal sealed class ComponentWorldEmitter
    {
        private readonly LinkerRegistrations _registrations;

        public ComponentWorldEmitter(LinkerRegistrations registrations)
        {
            _registrations = registrations;
        }

        /// <summary>
        /// Writes class <paramref name="className"/> deriving from the world's export binding <paramref name="exportsBinding"/>.
        /// <paramref name="importProperties"/> names the <paramref name="importsName"/> property of each imported
        /// interface; <paramref name="exportMembers"/> are the binding's members, which the class's own must not hide.
        /// </summary>
        public void Emit(CodeWriter w, string worldName, string className, string importsName, string exportsBinding,
            IReadOnlyDictionary<int, string> importProperties, IEnumerable<string> exportMembers)
        {
            var scope = NameScope.ForMembersOf(className);
            foreach (string member in exportMembers) scope.Reserve(member);
            string instance = scope.Claim("Instance"), addToLinker = scope.Claim("AddToLinker"), instantiate = scope.Claim("Instantiate");
            string fromInstance = scope.Claim("FromInstance"), dispose = scope.Claim("Dispose");
            string world = "<c>" + DocComments.Escape(worldName) + "</c>";

            w.Line();
            w.Line("/// <summary>");
            w.Line("/// A component of world " + world + " on WitSharp's component runtime. <see cref=\"" + addToLinker + "\"/> defines a host's");
            w.Line("/// imports on a linker; <c>" + instantiate + "</c> instantiates a component, and the object it returns calls the exports");
            w.Line("/// as typed methods. Canonical options (memory, realloc, string encoding) come from the component binary.");
            w.Line("/// </summary>");
            w.Line("/// <example><code>");
            w.Line("/// var engine = new global::WitSharp.Engine.WasmEngine();");
            w.Line("/// var linker = new global::WitSharp.Engine.Components.ComponentLinker(engine);");
            w.Line("/// " + className + "." + addToLinker + "(linker, host);");
            w.Line("/// var component = global::WitSharp.Engine.Components.Component.FromFile(engine, \"component.wasm\");");
            w.Line("/// using " + className + " instance = " + className + "." + instantiate + "(linker, component);");
            w.Line("/// </code></example>");
            w.Line("public sealed class " + className + " : " + exportsBinding + ", global::System.IDisposable");
            w.Open();
            w.Line("private " + className + "(" + Names.Instance + " instance, " + Names.CoreExports + " exports)");
            w.Line("    : base(exports, exports.Context, exports.ResolveExport)");
            w.Open();
            w.Line(instance + " = instance;");
            w.Close();
            w.Line();
            w.Line("/// <summary>The component instance underneath: its exports by name, <c>HasTrapped</c>, its store.</summary>");
            w.Line("public " + Names.Instance + " " + instance + " { get; }");
            w.Line();
            WriteAddToLinker(w, addToLinker, world, importsName, importProperties);
            w.Line();
            w.Line("/// <summary>Resolves <paramref name=\"component\"/>'s imports on <paramref name=\"linker\"/> and instantiates it in a new store.</summary>");
            w.Line("/// <exception cref=\"global::WitSharp.Engine.Components.ComponentLinkException\">An import is not defined on the linker.</exception>");
            w.Line("public static " + className + " " + instantiate + "(" + Names.Linker + " linker, " + Names.Component + " component)");
            w.Open();
            w.Line("if (linker is null) throw new global::System.ArgumentNullException(nameof(linker));");
            w.Line("return " + fromInstance + "(linker.Instantiate(component));");
            w.Close();
            w.Line();
            w.Line("/// <summary>Resolves <paramref name=\"component\"/>'s imports on <paramref name=\"linker\"/> and instantiates it in <paramref name=\"store\"/>.</summary>");
            w.Line("/// <exception cref=\"global::WitSharp.Engine.Components.ComponentLinkException\">An import is not defined on the linker.</exception>");
            w.Line("public static " + className + " " + instantiate + "(" + Names.Linker + " linker, " + Names.Store + " store, " + Names.Component + " component)");
            w.Open();
            w.Line("if (linker is null) throw new global::System.ArgumentNullException(nameof(linker));");
            w.Line("return " + fromInstance + "(linker.Instantiate(store, component));");
            w.Close();
            w.Line();
            w.Line("/// <summary>Instantiates a component whose imports are already resolved (only allocation): the fast way to make many instances.</summary>");
            w.Line("public static " + className + " " + instantiate + "(" + Names.InstancePre + " pre)");
            w.Open();
            w.Line("if (pre is null) throw new global::System.ArgumentNullException(nameof(pre));");
            w.Line("return " + fromInstance + "(pre.Instantiate());");
            w.Close();
            w.Line();
            w.Line("/// <summary>Binds the typed exports of world " + world + " to an instance made elsewhere (e.g. by <c>ComponentInstancePre.Instantiate</c>).</summary>");
            w.Line("/// <exception cref=\"global::System.Collections.Generic.KeyNotFoundException\">The component does not export a function of the world.</exception>");
            w.Line("public static " + className + " " + fromInstance + "(" + Names.Instance + " instance)");
            w.Open();
            w.Line("if (instance is null) throw new global::System.ArgumentNullException(nameof(instance));");
            w.Line("return new " + className + "(instance, instance.CoreExports);");
            w.Close();
            w.Line();
            w.Line("/// <summary>Disposes the instance: host resources the guest still owns are destroyed, and later calls trap.</summary>");
            w.Line("public void " + dispose + "() => " + instance + ".Dispose();");
            w.Close();
        }

        private void WriteAddToLinker(CodeWriter w, string name, string world, string importsName, IReadOnlyDictionary<int, string> importProperties)
        {
            w.Line("/// <summary>");
            w.Line("/// Defines every import of world " + world + " on <paramref name=\"linker\"/>, implemented by <paramref name=\"host\"/>: the world's");
            w.Line("/// own functions on the linker's root, each imported interface's functions on the linker instance of its name.");
            w.Line("/// Functions whose types the bindings do not support are left out (instantiating then names the missing import).");
            w.Line("/// </summary>");
            w.Line("public static void " + name + "(" + Names.Linker + " linker, " + importsName + " host)");
            w.Open();
            w.Line("if (linker is null) throw new global::System.ArgumentNullException(nameof(linker));");
            w.Line("if (host is null) throw new global::System.ArgumentNullException(nameof(host));");
            // One linker instance per core module, fetched once.
            var modules = new Dictionary<string, string>();
            foreach (var r in _registrations.Items)
            {
                if (!modules.TryGetValue(r.CoreModule, out string? target))
                {
                    target = r.InterfaceId is null ? "linker.Root" : "__i" + modules.Count;
                    modules.Add(r.CoreModule, target);
                    if (r.InterfaceId is not null) w.Line("var " + target + " = linker.Instance(" + ExportCallWriter.Literal(r.CoreModule) + ");");
                }
                string function = ExportCallWriter.Literal(r.Function);
                if (!r.TakesHost)
                {
                    w.Line(target + ".DefineFunction(" + function + ", " + Names.Intrinsic + "(" + r.Trampoline + "));");
                    continue;
                }
                string host = r.InterfaceId is int id && importProperties.TryGetValue(id, out string? property) ? "host." + property : "host";
                w.Line(target + ".DefineFunction(" + function + ", " + host + ", " + r.Trampoline + ");");
            }
            w.Close();
        }

        /// <summary>The component runtime's types, in one place.</summary>
        private static class Names
        {
            private const string Components = "global::WitSharp.Engine.Components.";
            public const string Linker = Components + "ComponentLinker";
            public const string Component = Components + "Component";
            public const string Instance = Components + "ComponentInstance";
            public const string InstancePre = Components + "ComponentInstancePre";
            public const string CoreExports = Components + "ComponentCoreExports";
            public const string Store = "global::WitSharp.Engine.WasmStore";
            public const string Intrinsic = "new global::WitSharp.Engine.Bindings.CanonicalIntrinsic";
        }
    }
}
