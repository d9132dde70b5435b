using System.Collections.Generic;
using WitSharp.WitParser.Collections;
using WitSharp.WitParser.Diagnostics;
using WitSharp.WitParser.Syntax;
using WitSharp.WitParser.Text;

namespace WitSharp.WitParser.Resolution
{
    /// <summary>A name in an interface or world scope: a type, or another kind of item (a function).</summary>
    internal readonly struct NameBinding
    {
        public NameBinding(int typeId, string? item, SourceLocation location)
        {
            TypeId = typeId;
            Item = item;
            Location = location;
        }

        /// <summary>The type index, or -1 when <see cref="Item"/> names a non-type.</summary>
        public int TypeId { get; }

        /// <summary>What the name is when it is not a type (<c>function</c>).</summary>
        public string? Item { get; }

        public SourceLocation Location { get; }
    }

    /// <summary>
    /// Resolves the declarations of one package into an <see cref="UnresolvedPackage"/>: orders interfaces and
    /// worlds by their dependencies, binds every name inside the package and allocates placeholders for
    /// references to other packages, handing each finished interface and world to a <see cref="PackageMerger"/>.
    /// This file holds the package-level structure; types, functions and worlds are in the other parts.
    /// </summary>
    internal sealed partial class PackageResolver
    {
        private readonly UnresolvedPackage _package;
        private readonly IReadOnlyList<DeclarationList> _lists;
        // Per declaration list: the top-level names in scope (including top-level `use`).
        private readonly List<ShardedDictionary<string, ItemRef>> _fileItems = new List<ShardedDictionary<string, ItemRef>>();
        // The package's own interfaces and worlds by name. Maps keyed by item name are sharded: a package of
        // thousands of interfaces would otherwise grow them on the large-object heap.
        private readonly ShardedDictionary<string, ItemRef> _packageItems = new ShardedDictionary<string, ItemRef>();
        // Per interface: its names, filled when the interface is resolved.
        private readonly List<OrderedMap<string, NameBinding>> _interfaceScopes = new List<OrderedMap<string, NameBinding>>();
        private readonly HashSet<int> _foreignInterfaces = new HashSet<int>();
        private OrderedMap<string, NameBinding> _scope = new OrderedMap<string, NameBinding>();
        private int _current;

        private PackageResolver(UnresolvedPackage package, IReadOnlyList<DeclarationList> lists)
        {
            _package = package;
            _lists = lists;
        }

        /// <summary>An interface or world of this package's arenas.</summary>
        private readonly struct ItemRef
        {
            public ItemRef(bool isWorld, int id)
            {
                IsWorld = isWorld;
                Id = id;
            }

            public bool IsWorld { get; }

            public int Id { get; }
        }

        /// <summary>
        /// Checks one package's item names, orders its interfaces and worlds and allocates every reference to
        /// another package (so packages can be ordered by their dependencies); <see cref="Resolve"/> does the
        /// rest. Throws <see cref="ResolutionException"/> at the first error.
        /// </summary>
        public static PackageResolver Prepare(UnresolvedPackage package, IReadOnlyList<DeclarationList> lists)
        {
            var resolver = new PackageResolver(package, lists);
            resolver.PrepareItems();
            return resolver;
        }

        /// <summary>The package being resolved.</summary>
        public UnresolvedPackage Package => _package;

        private SourceText Source => _lists[_current].Source;

        private SourceLocation At(SyntaxElement e) => new SourceLocation(Source, e.Span);

        private readonly NameTable _names = new NameTable();

        // Per type: the type its alias chain ends at (itself when it is no alias). The merger renumbers each
        // finished interface's types in place, so later lookups must not walk the chain through the types.
        private readonly ChunkedList<int> _aliasEnds = new ChunkedList<int>();

        /// <summary>An identifier's name, one string per distinct name in the package.</summary>
        private string Name(SyntaxToken identifier) => _names.Get(identifier);

        /// <summary>Where a type expression is reported: its first token (<c>list</c>, <c>map</c>, a name), as the reference does.</summary>
        private SourceLocation AtType(SyntaxNode type) => FirstTokenOf(type) is { } first ? At(first) : At(type);

        // Every type expression starts with its keyword or name; asking the tree would walk its descendants.
        private static SyntaxToken? FirstTokenOf(SyntaxNode node) => node switch
        {
            PrimitiveTypeSyntax p => p.Keyword,
            TypeReferenceSyntax r => r.Name,
            ListTypeSyntax l => l.ListKeyword,
            MapTypeSyntax m => m.MapKeyword,
            OptionTypeSyntax o => o.OptionKeyword,
            ResultTypeSyntax r => r.ResultKeyword,
            TupleTypeSyntax t => t.TupleKeyword,
            HandleTypeSyntax h => h.Keyword,
            AsyncValueTypeSyntax a => a.Keyword,
            _ => node.FirstToken,
        };

        // Interface and world ids in resolution order, from PrepareItems.
        private List<int> _interfaceOrder = null!;
        private List<int> _worldOrder = null!;
        private PackageMerger? _merger;

        private void PrepareItems()
        {
            PopulateForeignDependencies();
            (_interfaceOrder, _worldOrder) = PopulateItems();
            PopulateForeignTypes();
        }

        /// <summary>
        /// Resolves the prepared package's interfaces and worlds, reporting each to <paramref name="merger"/> as
        /// it is finished. Throws <see cref="ResolutionException"/> at the first error.
        /// </summary>
        public void Resolve(PackageMerger merger)
        {
            _merger = merger;
            var interfaceSyntax = new ShardedDictionary<int, KeyValuePair<InterfaceSyntax, int>>();
            var worldSyntax = new ShardedDictionary<int, KeyValuePair<WorldSyntax, int>>();
            for (int i = 0; i < _lists.Count; i++)
            {
                foreach (var item in _lists[i].Items)
                {
                    if (item is InterfaceSyntax iface) interfaceSyntax[_fileItems[i][Name(iface.Name)].Id] = new KeyValuePair<InterfaceSyntax, int>(iface, i);
                    else if (item is WorldSyntax world) worldSyntax[_fileItems[i][Name(world.Name)].Id] = new KeyValuePair<WorldSyntax, int>(world, i);
                }
            }
            // From here on the two maps hold the only references to the items, and each entry is dropped once
            // resolved: the syntax of a large package is mostly garbage by the time a collection looks at it.
            foreach (var list in _lists) list.ReleaseItems();
            foreach (int id in _interfaceOrder)
            {
                var (syntax, list) = (interfaceSyntax[id].Key, interfaceSyntax[id].Value);
                interfaceSyntax[id] = default;
                _current = list;
                ResolveInterface(id, syntax.Items, syntax, syntax.Attributes);
            }
            foreach (int id in _worldOrder)
            {
                var (syntax, list) = (worldSyntax[id].Key, worldSyntax[id].Value);
                worldSyntax[id] = default;
                _current = list;
                ResolveWorld(id, syntax);
            }
        }

        private int AllocInterface(SourceLocation location)
        {
            _interfaceScopes.Add(new OrderedMap<string, NameBinding>());
            _package.InterfaceLocations.Add(new InterfaceLocations(location));
            _package.Interfaces.Add(new WitInterface(null));
            return _package.Interfaces.Count - 1;
        }

        private int AllocWorld(SourceLocation location, string name)
        {
            _package.WorldLocations.Add(new WorldLocations(location));
            _package.Worlds.Add(new WitWorld(name));
            return _package.Worlds.Count - 1;
        }

        private static PackageName ForeignPackageName(UsePathSyntax path)
        {
            SemanticVersion? version = null;
            if (path.Version is { } v) SemanticVersion.TryParse(v.Text, out version);
            return new PackageName(path.Namespace!.Value.ValueText, path.PackageName!.Value.ValueText, version);
        }

        /// <summary>Allocates a placeholder for every interface and world referred to in another package.</summary>
        private void PopulateForeignDependencies()
        {
            for (int i = 0; i < _lists.Count; i++)
            {
                _current = i;
                foreach (var reference in _lists[i].PathReferences())
                {
                    if (!reference.Path.IsQualified) continue;
                    var stability = GateReader.Read(reference.Attributes, Source);
                    var name = ForeignPackageName(reference.Path);
                    string key = name.ToString();
                    if (!_package.ForeignDeps.TryGetValue(key, out var pkg))
                    {
                        // Like the reference, point at the `ns:pkg` part of the path.
                        var span = TextSpan.FromBounds(reference.Path.Namespace!.Value.Span.Start, reference.Path.PackageName!.Value.Span.End);
                        pkg = new ForeignPackage(name, new SourceLocation(Source, span));
                        _package.ForeignDeps.Set(key, pkg);
                    }
                    string itemName = Name(reference.Path.Name);
                    if (!pkg.Items.TryGetValue(itemName, out var foreign))
                    {
                        var loc = At(reference.Path.Name);
                        foreign = reference.Target == PathTarget.World
                            ? new ForeignItem(true, AllocWorld(loc, ""))
                            : new ForeignItem(false, AllocInterface(loc));
                        pkg.Items.Set(itemName, foreign);
                        if (!foreign.IsWorld) _foreignInterfaces.Add(foreign.Id);
                    }
                    foreign.Stabilities.Add(stability);
                }
            }
        }

        /// <summary>
        /// Checks names, orders the package's interfaces and worlds by their dependencies and allocates them in
        /// that order. Returns the interface and world ids in resolution order.
        /// </summary>
        private (List<int>, List<int>) PopulateItems()
        {
            var declared = new ShardedDictionary<string, KeyValuePair<ItemSyntax, SourceLocation>>();
            var order = new OrderedMap<string, List<DependencyEdge>>();
            for (int i = 0; i < _lists.Count; i++)
            {
                _current = i;
                foreach (var item in _lists[i].Items)
                {
                    if (item is not NamedBlockSyntax block) continue;
                    string name = Name(block.Name);
                    if (declared.ContainsKey(name))
                    {
                        throw ResolutionException.At(DiagnosticCodes.DuplicateItem, $"duplicate item named `{name}`", At(block.Name));
                    }
                    declared[name] = new KeyValuePair<ItemSyntax, SourceLocation>(block, At(block.Name));
                    order.Set(name, new List<DependencyEdge>());
                }
            }

            for (int i = 0; i < _lists.Count; i++)
            {
                _current = i;
                // The file's namespace: local declarations and top-level `use` (which may rename). Each name
                // maps to what it orders against: nothing for foreign items, else the target name and the
                // place that names it.
                var fileNames = new ShardedDictionary<string, DependencyEdge?>();
                foreach (var item in _lists[i].Items)
                {
                    SyntaxToken nameToken;
                    DependencyEdge? edge;
                    switch (item)
                    {
                        case TopLevelUseSyntax u:
                            nameToken = u.Alias ?? u.Path.Name;
                            edge = u.Path.IsQualified ? (DependencyEdge?)null : new DependencyEdge(Name(u.Path.Name), At(u.Path.Name));
                            break;
                        case NamedBlockSyntax b:
                            nameToken = b.Name;
                            edge = new DependencyEdge(Name(b.Name), At(b.Name));
                            break;
                        default:
                            continue;
                    }
                    string name = Name(nameToken);
                    if (fileNames.ContainsKey(name))
                    {
                        throw ResolutionException.At(DiagnosticCodes.DuplicateFileName, $"duplicate name `{name}` in this file", At(nameToken));
                    }
                    fileNames[name] = edge;
                }

                foreach (var reference in _lists[i].PathReferences())
                {
                    if (reference.Owner is null || reference.Path.IsQualified) continue;
                    var used = reference.Path.Name;
                    string usedName = Name(used);
                    var edges = order[order.IndexOfKey(Name(reference.Owner!.Value))].Value;
                    if (fileNames.TryGetValue(usedName, out var edge))
                    {
                        if (edge is { } e) edges.Add(e);
                    }
                    else if (declared.ContainsKey(usedName))
                    {
                        edges.Add(new DependencyEdge(usedName, At(used)));
                    }
                    else
                    {
                        throw ResolutionException.At(DiagnosticCodes.UndefinedItem, $"interface or world `{usedName}` does not exist", At(used));
                    }
                }
            }

            var sorted = TopologicalSort.Sort("interface or world", order);
            var ids = new ShardedDictionary<string, ItemRef>();
            var interfaceOrder = new List<int>();
            var worldOrder = new List<int>();
            foreach (string name in sorted)
            {
                var (syntax, location) = (declared[name].Key, declared[name].Value);
                if (syntax is InterfaceSyntax)
                {
                    int id = AllocInterface(location);
                    _package.Interfaces[id].Name = name;
                    ids[name] = new ItemRef(false, id);
                    interfaceOrder.Add(id);
                }
                else
                {
                    int id = AllocWorld(location, name);
                    ids[name] = new ItemRef(true, id);
                    worldOrder.Add(id);
                }
            }

            for (int i = 0; i < _lists.Count; i++)
            {
                _current = i;
                var items = new ShardedDictionary<string, ItemRef>();
                foreach (var item in _lists[i].Items)
                {
                    switch (item)
                    {
                        case TopLevelUseSyntax u:
                            if (u.Attributes.Count > 0)
                            {
                                throw ResolutionException.At(DiagnosticCodes.InvalidGateAttributes, "attributes not allowed on top-level use", At(u.UseKeyword));
                            }
                            ItemRef target;
                            if (u.Path.IsQualified)
                            {
                                var foreign = _package.ForeignDeps.GetValue(ForeignPackageName(u.Path).ToString()).Items.GetValue(Name(u.Path.Name));
                                target = new ItemRef(foreign.IsWorld, foreign.Id);
                            }
                            else if (!ids.TryGetValue(Name(u.Path.Name), out target))
                            {
                                throw ResolutionException.At(DiagnosticCodes.UndefinedItem, $"interface or world `{Name(u.Path.Name)}` does not exist", At(u.Path.Name));
                            }
                            items[Name(u.Alias ?? u.Path.Name)] = target;
                            break;
                        case NamedBlockSyntax b:
                            items[Name(b.Name)] = ids[Name(b.Name)];
                            _packageItems[Name(b.Name)] = ids[Name(b.Name)];
                            break;
                    }
                }
                _fileItems.Add(items);
            }
            return (interfaceOrder, worldOrder);
        }

        /// <summary>Creates an <see cref="WitUnknownKind"/> type for every name used from a foreign interface.</summary>
        private void PopulateForeignTypes()
        {
            for (int i = 0; i < _lists.Count; i++)
            {
                _current = i;
                foreach (var reference in _lists[i].PathReferences())
                {
                    if (reference.Names is not { } names) continue;
                    var stability = GateReader.Read(reference.Attributes, Source);
                    int iface = ResolveInterfacePath(reference.Path);
                    if (!_foreignInterfaces.Contains(iface)) continue;
                    var scope = _interfaceScopes[iface];
                    foreach (var n in names)
                    {
                        string name = Name(n.Name);
                        if (scope.ContainsKey(name)) continue;
                        int id = AddType(new WitTypeDef(name, WitUnknownKind.Instance, WitTypeOwner.Interface(iface), WitDocs.None, stability), At(n.Name));
                        scope.Set(name, new NameBinding(id, null, At(n.Name)));
                        _package.Interfaces[iface].Types.Set(name, id);
                    }
                }
            }
        }

        private int AddType(WitTypeDef type, SourceLocation location)
        {
            type.Location = location;
            int id = _package.Types.Count;
            _package.Types.Add(type);
            _package.TypeLocations.Add(location);
            _aliasEnds.Add(type.Kind is WitAliasKind { Target: { IsId: true } target } ? _aliasEnds[target.TypeId] : id);
            return id;
        }

        private ItemRef ResolvePath(UsePathSyntax path)
        {
            if (path.IsQualified)
            {
                var foreign = _package.ForeignDeps.GetValue(ForeignPackageName(path).ToString()).Items.GetValue(Name(path.Name));
                return new ItemRef(foreign.IsWorld, foreign.Id);
            }
            string name = Name(path.Name);
            if (_fileItems[_current].TryGetValue(name, out var item) || _packageItems.TryGetValue(name, out item)) return item;
            throw ResolutionException.At(DiagnosticCodes.UndefinedItem, $"interface or world `{name}` does not exist", At(path.Name));
        }

        private int ResolveInterfacePath(UsePathSyntax path)
        {
            var item = ResolvePath(path);
            if (item.IsWorld)
            {
                throw ResolutionException.At(DiagnosticCodes.ItemKindMismatch, $"name `{Name(path.Name)}` is defined as a world, not an interface", At(path.Name));
            }
            return item.Id;
        }

        private int ResolveWorldPath(UsePathSyntax path)
        {
            var item = ResolvePath(path);
            if (!item.IsWorld)
            {
                throw ResolutionException.At(DiagnosticCodes.ItemKindMismatch, $"name `{Name(path.Name)}` is defined as an interface, not a world", At(path.Name));
            }
            return item.Id;
        }

        private void DefineName(SyntaxToken name, NameBinding binding)
        {
            string text = Name(name);
            if (!_scope.TryAdd(text, binding))
            {
                throw ResolutionException.At(DiagnosticCodes.DuplicateName, $"name `{text}` is defined more than once", At(name));
            }
        }
    }
}
