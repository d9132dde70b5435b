using System.Collections.Generic;
using WitSharp.Components.Model;
using WitSharp.Components.Validation;
using WitSharp.WitParser.Resolution;

namespace WitSharp.Components.Wit;

/// <summary>
/// Turns the imports and exports of a component (or the component types of a WIT package encoded as a component) into
/// the resolved WIT model, as wit-parser's <c>decoding.rs</c> does: interfaces named <c>ns:pkg/iface@ver</c> are grouped
/// into packages by name, a type exported by an instance becomes a named type of its interface (or a <c>use</c> when it
/// is another interface's type), anonymous value types become anonymous type definitions, and resource functions are
/// recognised by their <c>[constructor]</c>, <c>[method]</c> and <c>[static]</c> names.
/// </summary>
internal sealed class WitModelDecoder
{
    private readonly WitResolve _resolve = new();
    private readonly ComponentTypeEvaluator _evaluator;

    // Packages met only through imported or exported interface names, in first-seen order; their interfaces hold
    // only what the binary shows of them.
    private readonly List<PendingPackage> _foreign = new();
    private readonly Dictionary<string, int> _foreignByName = new();
    private readonly Dictionary<int, int> _interfacePackage = new();
    // Interfaces defined by the package being decoded, by their full name: later imports of them refer back.
    private readonly Dictionary<string, int> _namedInterfaces = new();
    private readonly WitTypeConverter _types;

    public WitModelDecoder(ComponentTypeEvaluator evaluator)
    {
        _evaluator = evaluator;
        _types = new WitTypeConverter(_resolve);
    }

    /// <summary>A package being assembled: its name and its interfaces and worlds by name.</summary>
    private sealed class PendingPackage(PackageName name)
    {
        public PackageName Name { get; } = name;
        public OrderedMap<string, int> Interfaces { get; } = new();
        public OrderedMap<string, int> Worlds { get; } = new();
    }

    /// <summary>
    /// The world of a concrete component: <c>root:component/root</c>, as the reference names it, unless
    /// <paramref name="name"/> names it (the binary does not); a package of that name met through the component's
    /// interface names is then the world's package too, as it was in the WIT the component was built from.
    /// </summary>
    public DecodedWit DecodeComponent(ComponentShape shape, InterfaceName? name = null)
    {
        var world = new WitWorld(name?.Interface ?? "root");
        int worldId = AddWorld(world);
        var package = new PendingPackage(name?.ToPackageName(null, -1) ?? new PackageName("root", "component", null));
        package.Worlds.Set(world.Name, worldId);
        var owner = WitTypeOwner.World(worldId);
        foreach (var import in shape.Imports)
        {
            switch (import.Item)
            {
                case InstanceItem instance:
                    AddItem(world.Imports, WorldInstance(import.Name, instance, package), import.Name);
                    break;
                case FuncItem func:
                    AddItem(world.Imports, (WitWorldKey.FromName(import.Name.Name), WitWorldItem.ForFunction(Function(import.Name, func, owner))), import.Name);
                    break;
                case TypeItem type:
                    AddItem(world.Imports, (WitWorldKey.FromName(import.Name.Name), WitWorldItem.ForType(_types.TypeExport(import.Name, type.Type, owner))), import.Name);
                    break;
                // Core modules, components and values imported have no WIT form.
            }
        }
        foreach (var export in shape.Exports)
        {
            switch (export.Item)
            {
                case InstanceItem instance:
                    AddItem(world.Exports, WorldInstance(export.Name, instance, package), export.Name);
                    break;
                case FuncItem func:
                    AddItem(world.Exports, (WitWorldKey.FromName(export.Name.Name), WitWorldItem.ForFunction(Function(export.Name, func, owner))), export.Name);
                    break;
                default:
                    throw new ComponentWitException($"component export `{export.Name.Name}` is not a function or an instance, which WIT cannot express");
            }
        }
        int packageId = Finish(package);
        return new DecodedWit(_resolve, DecodedWitKind.Component, packageId, worldId);
    }

    /// <summary>
    /// A WIT package encoded as a component: every export is a component type whose one export is the world
    /// (a component) or the interface (an instance), named <c>ns:pkg/name@version</c>.
    /// </summary>
    public DecodedWit DecodePackage(ComponentShape shape)
    {
        PendingPackage? package = null;
        foreach (var export in shape.Exports)
        {
            var type = ComponentTypeOf(export);
            var inner = _evaluator.ComponentType(type);
            if (inner.Exports.Count != 1)
                throw new ComponentWitException($"the component type `{export.Name.Name}` of a WIT package must export one item, not {inner.Exports.Count}", type.Offset);
            var item = inner.Exports[0];
            var name = InterfaceName.TryParse(item.Name.Name)
                ?? throw new ComponentWitException($"`{item.Name.Name}` in a WIT package is not a fully qualified `ns:pkg/name` name", type.Offset);
            var packageName = name.ToPackageName(item.Name.VersionSuffix, type.Offset);
            if (package is null) package = new PendingPackage(packageName);
            else if (!package.Name.Equals(packageName))
                throw new ComponentWitException($"`{item.Name.Name}` is not in package `{package.Name}` like the items before it", type.Offset);
            switch (item.Item)
            {
                case ComponentItem { Shape: { } world }:
                    World(name, world, package);
                    break;
                case InstanceItem instance:
                    foreach (var import in inner.Imports) Import(import.Name.Name, import.Item, import.Name);
                    Interface(item.Name, instance, package);
                    break;
                default:
                    throw new ComponentWitException($"`{item.Name.Name}` in a WIT package is neither a world nor an interface", type.Offset);
            }
        }
        if (package is null) throw new ComponentWitException("the WIT package exports no component types");
        int packageId = Finish(package);
        return new DecodedWit(_resolve, DecodedWitKind.WitPackage, packageId, null);
    }

    /// <summary>
    /// The world in a <c>component-type</c> custom section: a component exporting one component type, whose one
    /// export is the world. The interfaces it uses come from the packages their names give.
    /// </summary>
    public DecodedWit DecodeWorld(ComponentShape shape)
    {
        if (shape.Exports.Count != 1 || shape.Imports.Count != 0)
            throw new ComponentWitException($"a world's encoding exports one component type and imports nothing (found {shape.Exports.Count} exports, {shape.Imports.Count} imports)");
        var type = ComponentTypeOf(shape.Exports[0]);
        var inner = _evaluator.ComponentType(type);
        if (inner.Exports.Count != 1 || inner.Exports[0].Item is not ComponentItem { Shape: { } world })
            throw new ComponentWitException("a world's encoding is a component type exporting one component", type.Offset);
        var name = InterfaceName.TryParse(inner.Exports[0].Name.Name)
            ?? throw new ComponentWitException($"the world name `{inner.Exports[0].Name.Name}` is not a fully qualified `ns:pkg/world` name", type.Offset);
        var package = new PendingPackage(name.ToPackageName(inner.Exports[0].Name.VersionSuffix, type.Offset));
        int worldId = World(name, world, package);
        int packageId = Finish(package);
        return new DecodedWit(_resolve, DecodedWitKind.Component, packageId, worldId);
    }

    /// <summary>True when every export is a component type and there are no imports: the shape of an encoded WIT package.</summary>
    public static bool IsWitPackage(ComponentShape shape)
    {
        if (shape.Imports.Count != 0 || shape.Exports.Count == 0) return false;
        foreach (var export in shape.Exports)
            if (export.Item is not TypeItem { Type: var t } || Peel(t) is not ComponentTypeEntity) return false;
        // The old (v1) encoding named its one export `ns:pkg/wit`; the current one uses plain names.
        return InterfaceName.TryParse(shape.Exports[0].Name.Name) is null;
    }

    private static ComponentTypeEntity ComponentTypeOf(NamedItem export) =>
        export.Item is TypeItem { Type: var t } && Peel(t) is ComponentTypeEntity c
            ? c
            : throw new ComponentWitException($"export `{export.Name.Name}` is not a component type");

    private static void AddItem(OrderedMap<WitWorldKey, WitWorldItem> items, (WitWorldKey Key, WitWorldItem Item) entry, ExternName name)
    {
        if (!items.TryAdd(entry.Key, entry.Item))
            throw new ComponentWitException($"`{name.Name}` appears twice among the world's imports or exports");
    }

    private int AddWorld(WitWorld world)
    {
        _resolve.WorldList.Add(world);
        return _resolve.WorldList.Count - 1;
    }

    /// <summary>Follows <c>eq</c> aliases to the type they name.</summary>
    private static TypeEntity Peel(TypeEntity type) => WitTypeConverter.Peel(type);

    /// <summary>A world of the package being decoded (wit-parser's <c>register_world</c>).</summary>
    private int World(InterfaceName name, ComponentShape shape, PendingPackage package)
    {
        var world = new WitWorld(name.Interface);
        int worldId = AddWorld(world);
        var owner = WitTypeOwner.World(worldId);
        foreach (var import in shape.Imports)
        {
            var entry = import.Item switch
            {
                InstanceItem instance => WorldInstance(import.Name, instance, package),
                TypeItem type => (WitWorldKey.FromName(import.Name.Name), WitWorldItem.ForType(_types.TypeExport(import.Name, type.Type, owner))),
                FuncItem func => (WitWorldKey.FromName(import.Name.Name), WitWorldItem.ForFunction(Function(import.Name, func, owner))),
                _ => throw new ComponentWitException($"world import `{import.Name.Name}` is not an instance, function or type"),
            };
            AddItem(world.Imports, entry, import.Name);
        }
        foreach (var export in shape.Exports)
        {
            var entry = export.Item switch
            {
                InstanceItem instance => WorldInstance(export.Name, instance, package),
                FuncItem func => (WitWorldKey.FromName(export.Name.Name), WitWorldItem.ForFunction(Function(export.Name, func, owner))),
                _ => throw new ComponentWitException($"world export `{export.Name.Name}` is not an instance or function"),
            };
            AddItem(world.Exports, entry, export.Name);
        }
        if (!package.Worlds.TryAdd(name.Interface, worldId))
            throw new ComponentWitException($"world `{name.Interface}` is defined twice in package `{package.Name}`");
        return worldId;
    }

    /// <summary>
    /// An instance imported or exported by a world: an interface by name (<c>import ns:pkg/iface;</c>), a plain name
    /// that implements one (🏷️ <c>import primary: store;</c>), or an inline interface (<c>import x: interface { … }</c>).
    /// </summary>
    private (WitWorldKey, WitWorldItem) WorldInstance(ExternName name, InstanceItem instance, PendingPackage package)
    {
        WitWorldKey key;
        int id;
        if (name.Implements is { } implemented)
        {
            if (InterfaceName.TryParse(name.Name) is not null)
                throw new ComponentWitException($"`{name.Name}` carries (implements \"{implemented}\") but is not a plain name");
            id = Import(implemented, instance, name);
            key = WitWorldKey.FromName(name.Name);
        }
        else if (InterfaceName.TryParse(name.Name) is not null)
        {
            id = Import(name.Name, instance, name);
            key = WitWorldKey.FromInterface(id);
        }
        else if (ExternNameSyntax.TryParse(name.Name, out _) is { Kind: ExternNameKind.Label })
        {
            (key, id) = Interface(name, instance, package);
        }
        else
        {
            throw new ComponentWitException($"instance `{name.Name}` has a name WIT cannot spell (nested namespaces or projections, or not a name at all)");
        }
        var item = WitWorldItem.ForInterface(id, WitStability.Unknown);
        item.ExternalId = name.ExternalId;
        return (key, item);
    }

    /// <summary>
    /// An interface known by its full name: one this package defined (its types are then matched up with the
    /// instance's), or one of another package, created on first sight and filled with what the instance shows
    /// (wit-parser's <c>register_import</c>).
    /// </summary>
    private int Import(string fullName, ItemEntity item, ExternName at)
    {
        if (item is not InstanceItem instance) throw new ComponentWitException($"import `{fullName}` is not an instance");
        bool local = _namedInterfaces.TryGetValue(fullName, out int id);
        if (!local) id = ForeignInterface(fullName, at);
        var iface = _resolve.InterfaceList[id];
        var owner = WitTypeOwner.Interface(id);
        foreach (var export in instance.Exports)
        {
            string name = export.Name.Name;
            switch (export.Item)
            {
                case TypeItem type:
                    if (iface.Types.TryGetValue(name, out int existing))
                    {
                        _types.Bind(type.Type, existing, name);
                    }
                    else
                    {
                        if (local) throw new ComponentWitException($"instance type export `{name}` is not defined in interface `{fullName}`");
                        iface.Types.Set(name, _types.TypeExport(export.Name, type.Type, owner));
                    }
                    break;
                case FuncItem func:
                    if (iface.Functions.ContainsKey(name)) break;
                    if (local) throw new ComponentWitException($"instance function export `{name}` is not defined in interface `{fullName}`");
                    iface.Functions.Set(name, Function(export.Name, func, owner));
                    break;
                default:
                    throw new ComponentWitException($"instance export `{name}` of `{fullName}` is not a type or function");
            }
        }
        return id;
    }

    /// <summary>The interface <paramref name="fullName"/> of another package, made (with its package) on first sight.</summary>
    private int ForeignInterface(string fullName, ExternName at)
    {
        var name = InterfaceName.TryParse(fullName) ?? throw new ComponentWitException($"`{fullName}` is not an interface name `ns:pkg/iface`");
        var packageName = name.ToPackageName(at.VersionSuffix, -1);
        string key = packageName.ToString();
        if (!_foreignByName.TryGetValue(key, out int index))
        {
            index = _foreign.Count;
            _foreign.Add(new PendingPackage(packageName));
            _foreignByName.Add(key, index);
        }
        var package = _foreign[index];
        if (!package.Interfaces.TryGetValue(name.Interface, out int id))
        {
            _resolve.InterfaceList.Add(new WitInterface(name.Interface));
            id = _resolve.InterfaceList.Count - 1;
            package.Interfaces.Set(name.Interface, id);
            _interfacePackage[id] = index;
        }
        return id;
    }

    /// <summary>
    /// An interface defined here from an instance's exports (wit-parser's <c>register_interface</c>): named and part of
    /// the package when its name is <c>ns:pkg/iface</c>, inline in a world when it is a plain name.
    /// </summary>
    private (WitWorldKey, int) Interface(ExternName name, InstanceItem instance, PendingPackage package)
    {
        if (_namedInterfaces.ContainsKey(name.Name))
        {
            int known = Import(name.Name, instance, name);
            return (WitWorldKey.FromInterface(known), known);
        }
        var parsed = InterfaceName.TryParse(name.Name);
        var iface = new WitInterface(parsed?.Interface);
        _resolve.InterfaceList.Add(iface);
        int id = _resolve.InterfaceList.Count - 1;
        var owner = WitTypeOwner.Interface(id);
        foreach (var export in instance.Exports)
        {
            switch (export.Item)
            {
                case TypeItem type:
                    if (!iface.Types.TryAdd(export.Name.Name, _types.TypeExport(export.Name, type.Type, owner)))
                        throw new ComponentWitException($"type `{export.Name.Name}` is exported twice by `{name.Name}`");
                    break;
                case FuncItem func:
                    if (!iface.Functions.TryAdd(export.Name.Name, Function(export.Name, func, owner)))
                        throw new ComponentWitException($"function `{export.Name.Name}` is exported twice by `{name.Name}`");
                    break;
                default:
                    throw new ComponentWitException($"instance export `{export.Name.Name}` of `{name.Name}` is not a type or function");
            }
        }
        if (parsed is null) return (WitWorldKey.FromName(name.Name), id);
        if (!package.Interfaces.TryAdd(parsed.Interface, id))
            throw new ComponentWitException($"interface `{parsed.Interface}` is defined twice in package `{package.Name}`");
        _namedInterfaces[name.Name] = id;
        return (WitWorldKey.FromInterface(id), id);
    }

    /// <summary>A function, its kind told by its name (<c>[constructor]r</c>, <c>[method]r.f</c>, <c>[static]r.f</c>).</summary>
    private WitFunction Function(ExternName name, FuncItem func, WitTypeOwner owner)
    {
        // Binary.md: only instance-typed imports and exports may say which interface they implement.
        if (name.Implements is not null) throw new ComponentWitException($"function `{name.Name}` carries (implements \"{name.Implements}\"), which only instances may");
        var type = func.Type;
        var parameters = new List<WitParam>(type.Definition.Parameters.Count);
        foreach (var p in type.Definition.Parameters) parameters.Add(new WitParam(p.Label, _types.ValueType(p.Type, type.Scope, type.Offset)));
        WitType? result = type.Definition.Result is { } r ? _types.ValueType(r, type.Scope, type.Offset) : null;
        bool isAsync = type.Definition.IsAsync;
        string text = name.Name;
        var parsed = ExternNameSyntax.TryParse(text, out string? error)
            ?? throw new ComponentWitException($"`{text}` is not a function name: {error}");
        WitFunctionKindTag kind = parsed.Kind switch
        {
            ExternNameKind.Constructor => WitFunctionKindTag.Constructor,
            ExternNameKind.Method => isAsync ? WitFunctionKindTag.AsyncMethod : WitFunctionKindTag.Method,
            ExternNameKind.Static => isAsync ? WitFunctionKindTag.AsyncStatic : WitFunctionKindTag.Static,
            ExternNameKind.Label => isAsync ? WitFunctionKindTag.AsyncFreestanding : WitFunctionKindTag.Freestanding,
            _ => throw new ComponentWitException($"function `{text}` has an interface name, which WIT gives only to instances"),
        };
        int resourceId = parsed.Resource is { } resource ? _types.Resource(owner, resource, text) : -1;
        return new WitFunction(text, kind, resourceId, parameters, result, WitDocs.None, WitStability.Unknown) { ExternalId = name.ExternalId };
    }

    /// <summary>
    /// Places the packages in the resolve: the other packages first, each after the packages its interfaces use,
    /// then <paramref name="main"/> (joined with a package of the same name met through an interface name).
    /// </summary>
    private int Finish(PendingPackage main)
    {
        var order = new List<int>();
        var state = new byte[_foreign.Count];
        for (int i = 0; i < _foreign.Count; i++) Visit(i, order, state);
        foreach (int i in order) Insert(_foreign[i]);
        int id = Insert(main);
        foreach (int w in main.Worlds.Values)
        {
            var world = _resolve.WorldList[w];
            foreach (var entry in world.Imports) AdoptInline(entry.Key, entry.Value, id);
            foreach (var entry in world.Exports) AdoptInline(entry.Key, entry.Value, id);
        }
        return id;
    }

    private void AdoptInline(WitWorldKey key, WitWorldItem item, int package)
    {
        if (key.IsName && item.Kind == WitWorldItemKind.Interface && _resolve.InterfaceList[item.Id].Name is null)
            _resolve.InterfaceList[item.Id].Package = package;
    }

    private void Visit(int index, List<int> order, byte[] state)
    {
        if (state[index] != 0) return;
        state[index] = 1; // a cycle between packages cannot be ordered; the first visit wins, as a depth-first walk does
        foreach (int iface in _foreign[index].Interfaces.Values)
        {
            foreach (int dep in _resolve.InterfaceDirectDependencies(iface))
            {
                if (_interfacePackage.TryGetValue(dep, out int depIndex) && depIndex != index) Visit(depIndex, order, state);
            }
        }
        state[index] = 2;
        order.Add(index);
    }

    private int Insert(PendingPackage pending)
    {
        string key = pending.Name.ToString();
        if (!_resolve.PackageNames.TryGetValue(key, out int id))
        {
            _resolve.PackageList.Add(new WitPackage(pending.Name, WitDocs.None));
            id = _resolve.PackageList.Count - 1;
            _resolve.PackageNames.Set(key, id);
        }
        var package = _resolve.PackageList[id];
        foreach (var entry in pending.Interfaces)
        {
            if (!package.Interfaces.TryAdd(entry.Key, entry.Value))
                throw new ComponentWitException($"interface `{entry.Key}` of package `{key}` is defined twice");
            _resolve.InterfaceList[entry.Value].Package = id;
        }
        foreach (var entry in pending.Worlds)
        {
            if (!package.Worlds.TryAdd(entry.Key, entry.Value))
                throw new ComponentWitException($"world `{entry.Key}` of package `{key}` is defined twice");
            _resolve.WorldList[entry.Value].Package = id;
        }
        return id;
    }
}
