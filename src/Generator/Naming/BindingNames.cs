using System;
using System.Collections.Generic;
using WitSharp.WitParser.Resolution;

namespace WitSharp.Generator.Naming
{
    /// <summary>
    /// Every C# name the bindings of one world use, decided before any code is written: namespaces of packages,
    /// interfaces and the world, simple names of the nominal types (records, variants, enums, flags, resources)
    /// and of the generated host interfaces. Each declaration space claims WIT names first, in declaration order,
    /// then generated names, so a WIT type called <c>i-foo</c> keeps <c>IFoo</c> and the host interface of
    /// <c>foo</c> becomes <c>IFoo_</c>.
    /// </summary>
    public sealed class BindingNames
    {
        private readonly WitResolve _resolve;
        private readonly string? _root;
        private readonly NameScope _packageNamespaces = new NameScope();
        private readonly Dictionary<int, string> _packageNamespace = new Dictionary<int, string>();
        private readonly Dictionary<int, string> _interfaceNamespace = new Dictionary<int, string>();
        private readonly Dictionary<int, string> _worldNamespace = new Dictionary<int, string>();
        private readonly Dictionary<string, NameScope> _namespaceScopes = new Dictionary<string, NameScope>();
        private readonly Dictionary<int, string> _typeNames = new Dictionary<int, string>();
        private readonly Dictionary<int, string> _boxNames = new Dictionary<int, string>();
        // Tuple (a class), not a value tuple: Dictionary<int, class> runs on shared generic code (less JIT on a cold start).
        private readonly Dictionary<int, Tuple<string, string>> _hostInterfaces = new Dictionary<int, Tuple<string, string>>();
        private readonly Dictionary<int, string> _exportBindings = new Dictionary<int, string>();
        private readonly Dictionary<int, string> _importBindings = new Dictionary<int, string>();

        /// <summary>Plans the names for world <paramref name="worldId"/> under an optional root namespace.</summary>
        public BindingNames(WitResolve resolve, int worldId, string? rootNamespace)
        {
            _resolve = resolve;
            _root = string.IsNullOrEmpty(rootNamespace) ? null : rootNamespace;
            WorldId = worldId;
            PlanWorld(worldId);
        }

        /// <summary>The world the names are for.</summary>
        public int WorldId { get; }

        /// <summary>The namespace holding the world's own types and its <see cref="WorldImportsName"/>/<see cref="WorldExportsName"/>.</summary>
        public string WorldNamespace => _worldNamespace[WorldId];

        /// <summary>The interface a host implements to satisfy the world's imports.</summary>
        public string WorldImportsName { get; private set; } = "IImports";

        /// <summary>The interface through which the host calls the world's exports.</summary>
        public string WorldExportsName { get; private set; } = "IExports";

        /// <summary>The static class adapting a host's <see cref="WorldImportsName"/> functions to core functions.</summary>
        public string WorldImportsBindingName { get; private set; } = "ImportsBinding";

        /// <summary>
        /// The world's component class (the world's name in Pascal case): <c>AddToLinker</c>, <c>Instantiate</c> and
        /// the typed exports on WitSharp's component runtime (<see cref="BindingsOptions.ComponentBindings"/>).
        /// </summary>
        public string WorldComponentName { get; private set; } = "World";

        /// <summary>The static class listing the <c>@external-id</c> of each world import and export that has one.</summary>
        public string WorldExternalIdsName { get; private set; } = "ExternalIds";

        /// <summary>The class implementing <see cref="WorldExportsName"/> over the Canonical ABI.</summary>
        public string WorldExportsBindingName { get; private set; } = "ExportsBinding";

        /// <summary>The namespace of interface <paramref name="interfaceId"/>.</summary>
        public string InterfaceNamespace(int interfaceId)
        {
            if (_interfaceNamespace.TryGetValue(interfaceId, out var ns)) return ns;
            var iface = _resolve.Interfaces[interfaceId];
            string parent = iface.Package is int p ? PackageNamespace(p) : (_root is null ? "Wit" : _root + ".Wit");
            if (_interfaceNamespace.TryGetValue(interfaceId, out ns)) return ns;
            // Named interfaces are claimed with their package; anything left (an inline interface of another world) gets its index.
            ns = parent + "." + "Interface" + interfaceId;
            AssignInterface(interfaceId, ns);
            return ns;
        }

        /// <summary>The host interface names (imports side, exports side) of interface <paramref name="interfaceId"/>.</summary>
        public (string Imports, string Exports) HostInterfaceNames(int interfaceId)
        {
            InterfaceNamespace(interfaceId);
            var names = _hostInterfaces[interfaceId];
            return (names.Item1, names.Item2);
        }

        /// <summary>The class implementing the exports interface of <paramref name="interfaceId"/> over the Canonical ABI.</summary>
        public string ExportBindingName(int interfaceId)
        {
            InterfaceNamespace(interfaceId);
            return _exportBindings[interfaceId];
        }

        /// <summary>The static class adapting a host's imports implementation of <paramref name="interfaceId"/> to core functions.</summary>
        public string ImportBindingName(int interfaceId)
        {
            InterfaceNamespace(interfaceId);
            return _importBindings[interfaceId];
        }

        /// <summary>The fully qualified name (<c>global::…</c>) of nominal type <paramref name="typeId"/>.</summary>
        public string QualifiedTypeName(int typeId)
        {
            string ns = OwnerNamespace(_resolve.Types[typeId].Owner);
            return "global::" + ns + "." + SimpleTypeName(typeId);
        }

        /// <summary>The simple (unqualified) name of nominal type <paramref name="typeId"/>.</summary>
        public string SimpleTypeName(int typeId)
        {
            if (_typeNames.TryGetValue(typeId, out var name)) return name;
            // Not claimed with its owner (an anonymous or world-less type): claim it in the owner's scope now.
            string ns = OwnerNamespace(_resolve.Types[typeId].Owner);
            if (_typeNames.TryGetValue(typeId, out name)) return name;
            name = Scope(ns).Claim(CSharpIdentifiers.Pascal(_resolve.Types[typeId].Name ?? "Type" + typeId));
            _typeNames[typeId] = name;
            return name;
        }

        /// <summary>
        /// The simple name, in the world namespace, of the record boxing structural type <paramref name="typeId"/>
        /// (see <c>TypeMapper</c>): its WIT name when it has one (<c>type t7 = tuple&lt;…&gt;</c> gives <c>T7</c>).
        /// </summary>
        public string BoxName(int typeId)
        {
            if (_boxNames.TryGetValue(typeId, out var name)) return name;
            name = Scope(WorldNamespace).Claim(CSharpIdentifiers.Pascal(_resolve.Types[typeId].Name ?? "type" + typeId));
            _boxNames[typeId] = name;
            return name;
        }

        /// <summary>True for the type kinds that become a C# declaration of their own.</summary>
        public static bool IsNominal(WitTypeDef type) =>
            type.Name is not null && type.Kind is WitRecordKind or WitVariantKind or WitEnumKind or WitFlagsKind or WitResourceKind;

        // Types not owned by an interface are declared with the world being generated: its own types, and any
        // ownerless or other-world type the model might let it reach, so every referenced type is declared once.
        private string OwnerNamespace(WitTypeOwner owner) =>
            owner.Kind == WitTypeOwnerKind.Interface && owner.Id >= 0 && owner.Id < _resolve.Interfaces.Count
                ? InterfaceNamespace(owner.Id)
                : WorldNamespace;

        private string PackageNamespace(int packageId)
        {
            if (_packageNamespace.TryGetValue(packageId, out var ns)) return ns;
            var package = _resolve.Packages[packageId];
            ns = _packageNamespaces.Claim(NamespaceNames.OfPackage(package.Name, _root));
            _packageNamespace[packageId] = ns;
            // Interfaces and worlds share the package's declaration space; claim them all in order so the
            // outcome does not depend on which of them this world happens to use.
            var children = Scope(ns);
            foreach (var entry in package.Interfaces)
            {
                string segment = children.Claim(NamespaceNames.Segment(entry.Key));
                AssignInterface(entry.Value, ns + "." + segment);
            }
            foreach (var entry in package.Worlds)
            {
                _worldNamespace[entry.Value] = ns + "." + children.Claim(NamespaceNames.Segment(entry.Key) + "World");
            }
            return ns;
        }

        private string WorldNamespaceOf(int worldId)
        {
            if (_worldNamespace.TryGetValue(worldId, out var ns)) return ns;
            var world = _resolve.Worlds[worldId];
            if (world.Package is int p)
            {
                PackageNamespace(p);
                if (_worldNamespace.TryGetValue(worldId, out ns)) return ns;
            }
            ns = (_root is null ? "Wit" : _root + ".Wit") + "." + NamespaceNames.Segment(world.Name) + "World" + worldId;
            _worldNamespace[worldId] = ns;
            return ns;
        }

        private void AssignInterface(int interfaceId, string ns)
        {
            if (_interfaceNamespace.ContainsKey(interfaceId)) return;
            _interfaceNamespace[interfaceId] = ns;
            var iface = _resolve.Interfaces[interfaceId];
            var scope = Scope(ns);
            foreach (var entry in iface.Types)
            {
                var type = _resolve.Types[entry.Value];
                if (IsNominal(type) && type.Owner.Equals(WitTypeOwner.Interface(interfaceId)) && !_typeNames.ContainsKey(entry.Value))
                {
                    _typeNames[entry.Value] = scope.Claim(CSharpIdentifiers.Pascal(type.Name!));
                }
            }
            string baseName = CSharpIdentifiers.Pascal(iface.Name ?? LastSegment(ns));
            _hostInterfaces[interfaceId] = Tuple.Create(scope.Claim("I" + baseName), scope.Claim("I" + baseName + "Exports"));
            var memberNames = new HashSet<string>();
            foreach (var f in iface.Functions.Values) memberNames.Add(CSharpIdentifiers.Pascal(WitFunctionNames.Plain(f.Name)));
            _exportBindings[interfaceId] = scope.Claim(AvoidMembers(baseName + "ExportsBinding", memberNames));
            _importBindings[interfaceId] = scope.Claim(AvoidMembers(baseName + "ImportsBinding", memberNames));
        }

        private void PlanWorld(int worldId)
        {
            string ns = WorldNamespaceOf(worldId);
            var world = _resolve.Worlds[worldId];
            var scope = Scope(ns);
            foreach (var items in new[] { world.Imports, world.Exports })
            {
                foreach (var entry in items)
                {
                    var item = entry.Value;
                    if (item.Kind == WitWorldItemKind.Type && IsNominal(_resolve.Types[item.Id]) && !_typeNames.ContainsKey(item.Id)
                        && _resolve.Types[item.Id].Owner.Equals(WitTypeOwner.World(worldId)))
                    {
                        _typeNames[item.Id] = scope.Claim(CSharpIdentifiers.Pascal(_resolve.Types[item.Id].Name!));
                    }
                }
            }
            foreach (var items in new[] { world.Imports, world.Exports })
            {
                foreach (var entry in items)
                {
                    // Inline interfaces (`import x: interface { … }`) live in a namespace under the world, named by their key.
                    if (entry.Value.Kind == WitWorldItemKind.Interface && entry.Key.IsName && !_interfaceNamespace.ContainsKey(entry.Value.Id))
                    {
                        AssignInterface(entry.Value.Id, ns + "." + scope.Claim(NamespaceNames.Segment(entry.Key.Name!)));
                    }
                }
            }
            WorldImportsName = scope.Claim("IImports");
            WorldExportsName = scope.Claim("IExports");
            // The binding class implements IExports, so it holds the export functions and interface properties.
            var memberNames = new HashSet<string>();
            foreach (var entry in world.Exports)
            {
                if (entry.Value.Function is { } f) memberNames.Add(CSharpIdentifiers.Pascal(WitFunctionNames.Plain(f.Name)));
                else if (entry.Key.IsName) memberNames.Add(CSharpIdentifiers.Pascal(entry.Key.Name!));
                else if (entry.Value.Kind == WitWorldItemKind.Interface) memberNames.Add(CSharpIdentifiers.Pascal(_resolve.Interfaces[entry.Value.Id].Name ?? ""));
            }
            WorldExportsBindingName = scope.Claim(AvoidMembers("ExportsBinding", memberNames));
            var importFunctions = new HashSet<string>();
            foreach (var entry in world.Imports)
            {
                if (entry.Value.Function is { } f) importFunctions.Add(CSharpIdentifiers.Pascal(WitFunctionNames.Plain(f.Name)));
            }
            WorldImportsBindingName = scope.Claim(AvoidMembers("ImportsBinding", importFunctions));
            // Claimed last so that every name above keeps its spelling whether or not the component class is written.
            WorldComponentName = scope.Claim(AvoidMembers(CSharpIdentifiers.Pascal(world.Name), memberNames));
            // After every other name, so that worlds without external ids generate exactly what they did before.
            WorldExternalIdsName = scope.Claim("ExternalIds");
        }

        // A class may not declare a member named like itself; the binding classes step aside from their members.
        private static string AvoidMembers(string name, HashSet<string> members)
        {
            while (members.Contains(name) || members.Contains(name + "_")) name += "_";
            return name;
        }

        private NameScope Scope(string ns)
        {
            if (!_namespaceScopes.TryGetValue(ns, out var scope))
            {
                // A record named `Equals` or `ToString` would declare a member named like itself (CS0542).
                scope = new NameScope(NameScope.ObjectMembers);
                _namespaceScopes[ns] = scope;
            }
            return scope;
        }

        private static string LastSegment(string ns) => ns.Substring(ns.LastIndexOf('.') + 1).TrimStart('@');
    }
}
