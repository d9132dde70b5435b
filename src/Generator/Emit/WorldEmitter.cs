using System.Collections.Generic;
using WitSharp.Generator.Naming;
using WitSharp.WitParser.Resolution;

namespace WitSharp.Generator.Emit
{
    /// <summary>
    /// Writes the world's own namespace: the types the world defines, <c>IImports</c> (everything the host
    /// supplies: one property per imported interface, one method per imported function) and <c>IExports</c>
    /// (everything the component offers the host, the same way).
    /// </summary>
    internal sealed class WorldEmitter
    {
        private readonly WitResolve _resolve;
        private readonly BindingNames _names;
        private readonly TypeDefinitionEmitter _typeDefinitions;
        private readonly OutputBudget _budget;
        private readonly InterfaceEmitter _interfaces;
        private readonly ExportBindingEmitter _exportBindings;
        private readonly ImportBindingEmitter _importBindings;
        private readonly ValueCodecs _codecs;
        private readonly ComponentWorldEmitter? _component;
        // Each imported interface's property on the world's imports interface, for the component glue.
        private readonly Dictionary<int, string> _importProperties = new Dictionary<int, string>();

        public WorldEmitter(WitResolve resolve, BindingNames names, TypeDefinitionEmitter typeDefinitions, InterfaceEmitter interfaces,
            ExportBindingEmitter exportBindings, ImportBindingEmitter importBindings, ValueCodecs codecs, OutputBudget budget,
            ComponentWorldEmitter? component)
        {
            _component = component;
            _budget = budget;
            _exportBindings = exportBindings;
            _importBindings = importBindings;
            _codecs = codecs;
            _resolve = resolve;
            _names = names;
            _typeDefinitions = typeDefinitions;
            _interfaces = interfaces;
        }

        public string Emit(IReadOnlyList<int> worldTypes)
        {
            var world = _resolve.Worlds[_names.WorldId];
            var w = SourceFile.Begin(_names.WorldNamespace, _budget);
            string where = "world `" + world.Name + "`";
            var worldFunctions = new List<WitFunction>();
            foreach (var items in new[] { world.Imports, world.Exports })
            {
                foreach (var entry in items) if (entry.Value.Function is { } f) worldFunctions.Add(f);
            }
            foreach (int typeId in worldTypes)
            {
                _typeDefinitions.Emit(w, typeId, worldFunctions, where);
                w.Line();
            }
            _typeDefinitions.EmitBoxes(w);
            DocComments.Summary(w, world.Docs, "Everything the host supplies to a component of world <c>" + DocComments.Escape(world.Name) + "</c>.");
            WriteSide(w, _names.WorldImportsName, world.Imports, exports: false, where);
            w.Line();
            w.Line("/// <summary>Everything a component of this world offers the host.</summary>");
            WriteSide(w, _names.WorldExportsName, world.Exports, exports: true, where);
            ExternalIdsEmitter.Emit(w, _resolve, world, _names.WorldExternalIdsName);
            // Last: every trampoline of the world (interface files included) has asked for its codecs by now.
            _codecs.Emit(w);
            return SourceFile.End(w);
        }

        private void WriteSide(CodeWriter w, string name, OrderedMap<WitWorldKey, WitWorldItem> items, bool exports, string where)
        {
            w.Line("public interface " + name);
            w.Open();
            var scope = NameScope.ForMembersOf(name);
            var functions = new List<WitFunction>();
            foreach (var entry in items) if (entry.Value.Function is { } f) functions.Add(f);
            // Functions first so a function keeps its plain name even when an interface property wants it.
            var members = _interfaces.Members(scope, functions);
            _interfaces.WriteFunctions(w, members, where);
            bool first = functions.Count == 0;
            var nested = new List<NestedBinding>();
            foreach (var entry in items)
            {
                var item = entry.Value;
                if (item.Kind != WitWorldItemKind.Interface || !InterfaceEmitter.HasHostMembers(_resolve.Interfaces[item.Id])) continue;
                var (importsName, exportsName) = _names.HostInterfaceNames(item.Id);
                string ns = "global::" + _names.InterfaceNamespace(item.Id) + ".";
                string type = ns + (exports ? exportsName : importsName);
                if (!first) w.Line();
                first = false;
                string witName = _resolve.NameOfWorldKey(entry.Key);
                w.Line("/// <summary><c>" + DocComments.Escape(witName) + "</c></summary>");
                DocComments.ExternalId(w, item.ExternalId);
                DocComments.Obsolete(w, item.Stability);
                string property = scope.Claim(PropertyName(scope, entry.Key, item.Id));
                w.Line(type + " " + property + " { get; }");
                if (!exports && !_importProperties.ContainsKey(item.Id)) _importProperties.Add(item.Id, property);
                nested.Add(new NestedBinding(property, type, ns + _names.ExportBindingName(item.Id)));
            }
            w.Close();
            // World-level import functions get trampolines of their own (imported interfaces have theirs).
            if (!exports)
            {
                _importBindings.Emit(w, _names.WorldNamespace, _names.WorldImportsBindingName, name, members, functions, "$root", _resolve.Worlds[_names.WorldId].Name, null);
            }
            if (!exports) return;
            w.Line();
            _exportBindings.Emit(w, _names.WorldExportsBindingName, name, members, f => f.Name,
                "Calls every export of a component of this world through the Canonical ABI.", nested, inherited: _component != null);
            if (_component is null) return;
            var exportMembers = new List<string>();
            foreach (var m in members) exportMembers.Add(m.Member);
            foreach (var n in nested) exportMembers.Add(n.Property);
            _component.Emit(w, _resolve.Worlds[_names.WorldId].Name, _names.WorldComponentName, _names.WorldImportsName,
                _names.WorldExportsBindingName, _importProperties, exportMembers);
        }

        // An interface key's property is the interface name; a second interface of the same name (another package
        // or version) is qualified by its package, and the scope settles anything left.
        private string PropertyName(NameScope scope, WitWorldKey key, int interfaceId)
        {
            if (key.IsName) return CSharpIdentifiers.Pascal(key.Name!);
            var iface = _resolve.Interfaces[interfaceId];
            string name = CSharpIdentifiers.Pascal(iface.Name ?? "Interface" + interfaceId);
            if (!scope.IsTaken(name) || iface.Package is not int p) return name;
            var package = _resolve.Packages[p].Name;
            return CSharpIdentifiers.Pascal(package.Namespace) + CSharpIdentifiers.Pascal(package.Name) + name;
        }
    }
}
