using System.Collections.Generic;
using System.Globalization;
using WitSharp.Generator.Emit.Resources;
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
        private readonly IReadOnlyList<WorldResource> _resources;

        public ComponentWorldEmitter(LinkerRegistrations registrations, IReadOnlyList<WorldResource> resources)
        {
            _registrations = registrations;
            _resources = resources;
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
            // Null when the world moves no handles: its bindings then need no translation of resource type ids.
            string? resourceTypes = _resources.Count == 0 ? null : scope.Claim("__ResourceTypes");
            string? resourceTypesProperty = resourceTypes is null ? null : scope.Claim("ResourceTypes");
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
            WriteResourceTypes(w, resourceTypes, resourceTypesProperty);
            w.Line("private " + className + "(" + Names.Instance + " instance, " + Names.CoreExports + " exports)");
            w.Line("    : base(exports, " + (resourceTypes is null ? "exports.Context" : "exports.ContextFor(" + resourceTypes + ")") + ", exports.ResolveExport)");
            w.Open();
            w.Line(instance + " = instance;");
            w.Close();
            w.Line();
            w.Line("/// <summary>The component instance underneath: its exports by name, <c>HasTrapped</c>, its store.</summary>");
            w.Line("public " + Names.Instance + " " + instance + " { get; }");
            w.Line();
            WriteAddToLinker(w, addToLinker, world, importsName, importProperties, resourceTypes);
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

        // The bindings' resource ids with the names a component imports or exports each resource under.
        private void WriteResourceTypes(CodeWriter w, string? field, string? property)
        {
            if (field is null || property is null) return;
            w.Line("/// <summary>The resource types these bindings move handles of, as the component runtime finds them in a component.</summary>");
            w.Line("private static readonly " + Names.ResourceTypes + " " + field + " = new " + Names.ResourceTypes + "()");
            for (int i = 0; i < _resources.Count; i++)
            {
                WorldResource r = _resources[i];
                w.Line("    ." + (r.GuestImplemented ? "Exported(" : "Imported(") + r.Id.ToString(CultureInfo.InvariantCulture) + ", "
                    + ExportCallWriter.Literal(r.Instance) + ", " + ExportCallWriter.Literal(r.WitName) + ")" + (i == _resources.Count - 1 ? ";" : ""));
            }
            w.Line();
            w.Line("/// <summary>");
            w.Line("/// The resource types of this world's bindings. To bind one exported interface alone, give its export binding");
            w.Line("/// <c>exports.ContextFor(" + property + ")</c> as its context (<c>exports</c>: the instance's <c>CoreExports</c>).");
            w.Line("/// </summary>");
            w.Line("public static " + Names.ResourceTypes + " " + property + " => " + field + ";");
            w.Line();
        }

        private void WriteAddToLinker(CodeWriter w, string name, string world, string importsName, IReadOnlyDictionary<int, string> importProperties,
            string? resourceTypes)
        {
            w.Line("/// <summary>");
            w.Line("/// Defines every import of world " + world + " on <paramref name=\"linker\"/>, implemented by <paramref name=\"host\"/>: the world's");
            w.Line("/// own functions on the linker's root, each imported interface's functions on the linker instance of its name.");
            w.Line("/// Functions whose types the bindings do not support are left out (instantiating then names the missing import).");
            if (resourceTypes is not null)
            {
                w.Line("/// Each imported resource type is defined too: the guest's handles stand for the host's objects, and an object is");
                w.Line("/// disposed when the guest drops its last owning handle to it or its instance is disposed.");
            }
            w.Line("/// </summary>");
            w.Line("public static void " + name + "(" + Names.Linker + " linker, " + importsName + " host)");
            w.Open();
            w.Line("if (linker is null) throw new global::System.ArgumentNullException(nameof(linker));");
            w.Line("if (host is null) throw new global::System.ArgumentNullException(nameof(host));");
            // One linker instance per core module, fetched once.
            var modules = new Dictionary<string, string>();
            string Target(string module, bool root)
            {
                if (modules.TryGetValue(module, out string? target)) return target;
                target = root ? "linker.Root" : "__i" + modules.Count;
                modules.Add(module, target);
                if (!root) w.Line("var " + target + " = linker.Instance(" + ExportCallWriter.Literal(module) + ");");
                return target;
            }
            foreach (WorldResource r in _resources)
            {
                if (r.GuestImplemented) continue;
                w.Line(Target(r.Instance.Length == 0 ? "$root" : r.Instance, r.Instance.Length == 0) + ".DefineResource<" + r.ClassName + ">("
                    + ExportCallWriter.Literal(r.WitName) + ");");
            }
            string types = resourceTypes is null ? "" : ", " + resourceTypes;
            foreach (var r in _registrations.Items)
            {
                string target = Target(r.CoreModule, r.InterfaceId is null);
                string function = ExportCallWriter.Literal(r.Function);
                if (!r.TakesHost)
                {
                    w.Line(target + ".DefineFunction(" + function + ", " + Names.Intrinsic + "(" + r.Trampoline + ")" + types + ");");
                    continue;
                }
                string host = r.InterfaceId is int id && importProperties.TryGetValue(id, out string? property) ? "host." + property : "host";
                w.Line(target + ".DefineFunction(" + function + ", " + host + ", " + r.Trampoline + types + ");");
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
            public const string ResourceTypes = Components + "BindingResourceTypes";
            public const string Store = "global::WitSharp.Engine.Components.Engines.CoreStore";
            public const string Intrinsic = "new global::WitSharp.Engine.Bindings.CanonicalIntrinsic";
        }
    }
}
