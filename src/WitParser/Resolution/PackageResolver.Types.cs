using System.Collections.Generic;
using WitSharp.WitParser.Collections;
using WitSharp.WitParser.Diagnostics;
using WitSharp.WitParser.Syntax;

namespace WitSharp.WitParser.Resolution
{
    internal sealed partial class PackageResolver
    {
        // Anonymous types (list<u8>, option<t>, …) are shared per package by structure.
        private readonly ShardedDictionary<AnonymousTypeKey, int> _anonymousTypes = new ShardedDictionary<AnonymousTypeKey, int>();

        // Reused by every interface and world: ordering each one's types with fresh maps and edge lists made a
        // few megabytes of garbage per large package.
        private readonly OrderedMap<string, List<DependencyEdge>> _typeDeps = new OrderedMap<string, List<DependencyEdge>>();
        private readonly Dictionary<string, TypeDefinitionSyntax?> _typeDefs = new Dictionary<string, TypeDefinitionSyntax?>();
        private readonly List<List<DependencyEdge>> _edgeLists = new List<List<DependencyEdge>>();
        private int _edgeListsUsed;

        // The function names of the resource being checked (one set for all: a package has thousands of resources).
        private readonly HashSet<string> _memberNames = new HashSet<string>();

        /// <summary>An empty edge list from the pool (valid until the next <see cref="ResolveTypes"/>).</summary>
        private List<DependencyEdge> RentEdgeList()
        {
            if (_edgeListsUsed == _edgeLists.Count) _edgeLists.Add(new List<DependencyEdge>());
            var list = _edgeLists[_edgeListsUsed++];
            list.Clear();
            return list;
        }

        /// <summary>
        /// Binds the <c>use</c>s and type definitions of an interface or world into <see cref="_scope"/>:
        /// uses first, then definitions in dependency order (which rejects cycles and unknown names).
        /// </summary>
        private void ResolveTypes(WitTypeOwner owner, IReadOnlyList<ItemSyntax> items)
        {
            foreach (var item in items)
            {
                if (item is UseSyntax u) ResolveUse(owner, u);
            }

            var deps = _typeDeps;
            var defs = _typeDefs;
            deps.Clear();
            defs.Clear();
            _edgeListsUsed = 0;
            foreach (var item in items)
            {
                switch (item)
                {
                    case TypeDefinitionSyntax t:
                        string name = Name(t.Name);
                        if (defs.ContainsKey(name))
                        {
                            throw ResolutionException.At(DiagnosticCodes.DuplicateName, $"name `{name}` is defined more than once", At(t.Name));
                        }
                        defs[name] = t;
                        var edges = RentEdgeList();
                        CollectDependencies(t, edges);
                        deps.Set(name, edges);
                        break;
                    case UseSyntax u:
                        foreach (var n in u.Names)
                        {
                            string local = Name(n.Alias ?? n.Name);
                            deps.Set(local, RentEdgeList());
                            defs[local] = null;
                        }
                        break;
                }
            }

            foreach (string name in TopologicalSort.Sort("type", deps))
            {
                if (defs[name] is not { } def) continue;
                var stability = GateReader.Read(def.Attributes, Source);
                string? externalId = GateReader.ExternalId(def.Attributes, Source);
                var kind = ResolveDefinition(def, stability);
                int id = AddType(new WitTypeDef(name, kind, owner, GateReader.Docs(def), stability) { ExternalId = externalId }, At(def.Name));
                DefineName(def.Name, new NameBinding(id, null, At(def.Name)));
            }
        }

        private void ResolveUse(WitTypeOwner owner, UseSyntax use)
        {
            int from = ResolveInterfacePath(use.Path);
            var stability = GateReader.Read(use.Attributes, Source);
            string? externalId = GateReader.ExternalId(use.Attributes, Source);
            foreach (var n in use.Names)
            {
                string name = Name(n.Name);
                if (!_interfaceScopes[from].TryGetValue(name, out var binding))
                {
                    throw ResolutionException.At(DiagnosticCodes.UndefinedName, $"name `{name}` does not exist", At(n.Name));
                }
                if (binding.Item is { } what)
                {
                    throw ResolutionException.At(DiagnosticCodes.NotAType, $"cannot import {what} `{name}`", At(n.Name));
                }
                var local = n.Alias ?? n.Name;
                int id = AddType(new WitTypeDef(Name(local), new WitAliasKind(WitType.FromId(binding.TypeId)), owner, WitDocs.None, stability) { ExternalId = externalId }, At(n.Name));
                DefineName(local, new NameBinding(id, null, At(local)));
            }
        }

        private WitTypeDefKind ResolveDefinition(TypeDefinitionSyntax def, WitStability stability)
        {
            switch (def)
            {
                case TypeAliasSyntax alias:
                    return ResolveKind(alias.Type, stability);
                case RecordSyntax record:
                    // Exactly sized arrays here and below: the merge renumbers them in place.
                    var fields = new WitField[record.Fields.Count];
                    for (int i = 0; i < fields.Length; i++)
                    {
                        var f = record.Fields[i];
                        fields[i] = new WitField(Name(f.Name), ResolveType(f.Type, stability), GateReader.Docs(f.Name));
                    }
                    return new WitRecordKind(fields);
                case FlagsSyntax flags:
                    var names = new List<WitNamedCase>();
                    foreach (var f in flags.Flags) names.Add(new WitNamedCase(Name(f.Name), GateReader.Docs(f.Name)));
                    return new WitFlagsKind(names);
                case EnumSyntax en:
                    if (en.Cases.Count == 0) throw ResolutionException.At(DiagnosticCodes.EmptyType, "empty enum", At(en.Name));
                    var cases = new List<WitNamedCase>();
                    foreach (var c in en.Cases) cases.Add(new WitNamedCase(Name(c.Name), GateReader.Docs(c.Name)));
                    return new WitEnumKind(cases);
                case VariantSyntax variant:
                    if (variant.Cases.Count == 0) throw ResolutionException.At(DiagnosticCodes.EmptyType, "empty variant", At(variant.Name));
                    var vcases = new WitCase[variant.Cases.Count];
                    for (int i = 0; i < vcases.Length; i++)
                    {
                        var c = variant.Cases[i];
                        WitType? payload = c.Type is { } t ? ResolveType(t, stability) : (WitType?)null;
                        vcases[i] = new WitCase(Name(c.Name), payload, GateReader.Docs(c.Name));
                    }
                    return new WitVariantKind(vcases);
                case ResourceSyntax resource:
                    CheckResourceMembers(resource);
                    return WitResourceKind.Instance;
                default:
                    throw ResolutionException.At(DiagnosticCodes.UndefinedName, "unsupported type definition", At(def));
            }
        }

        private void CheckResourceMembers(ResourceSyntax resource)
        {
            bool constructor = false;
            var names = _memberNames;
            names.Clear();
            foreach (var member in resource.Members)
            {
                switch (member)
                {
                    case ConstructorSyntax c:
                        if (constructor) throw ResolutionException.At(DiagnosticCodes.DuplicateResourceFunction, "duplicate constructors", At(c.ConstructorKeyword));
                        constructor = true;
                        break;
                    case FunctionSyntax f:
                        if (!names.Add(Name(f.Name)))
                        {
                            throw ResolutionException.At(DiagnosticCodes.DuplicateResourceFunction, $"duplicate function name `{Name(f.Name)}`", At(f.Name));
                        }
                        break;
                }
            }
        }

        /// <summary>The kind a type expression denotes (a primitive or a name becomes an alias).</summary>
        private WitTypeDefKind ResolveKind(TypeSyntax type, WitStability stability)
        {
            switch (type)
            {
                case PrimitiveTypeSyntax p:
                    return new WitAliasKind(Primitive(p));
                case TypeReferenceSyntax r:
                    return new WitAliasKind(WitType.FromId(ResolveTypeName(r.Name)));
                case ListTypeSyntax l:
                    var element = ResolveType(l.ElementType, stability);
                    if (l.Size is { } size)
                    {
                        uint.TryParse(size.Text, out uint n);
                        return new WitFixedSizeListKind(element, n);
                    }
                    return new WitListKind(element);
                case MapTypeSyntax m:
                    var key = ResolveType(m.KeyType, stability);
                    var value = ResolveType(m.ValueType, stability);
                    if (!IsValidMapKey(key))
                    {
                        throw ResolutionException.At(DiagnosticCodes.InvalidMapKey,
                            "invalid map key type: map keys must be bool, u8, u16, u32, u64, s8, s16, s32, s64, char, or string", AtType(m));
                    }
                    return new WitMapKind(key, value);
                case HandleTypeSyntax h:
                    int resource = ValidateResource(h.Name);
                    return new WitHandleKind(h.IsBorrow, resource);
                case TupleTypeSyntax t:
                    var types = new WitType[t.Types.Count];
                    for (int i = 0; i < types.Length; i++) types[i] = ResolveType(t.Types[i], stability);
                    return new WitTupleKind(types);
                case OptionTypeSyntax o:
                    return new WitOptionKind(ResolveType(o.Type, stability));
                case ResultTypeSyntax res:
                    return new WitResultKind(
                        res.OkType is { } ok ? ResolveType(ok, stability) : (WitType?)null,
                        res.ErrorType is { } err ? ResolveType(err, stability) : (WitType?)null);
                case AsyncValueTypeSyntax a:
                    WitType? payload = a.Payload is { } pt ? ResolveType(pt, stability) : (WitType?)null;
                    return a.IsStream ? new WitStreamKind(payload) : (WitTypeDefKind)new WitFutureKind(payload);
                default:
                    throw ResolutionException.At(DiagnosticCodes.UndefinedName, "unsupported type expression", AtType(type));
            }
        }

        private static bool IsValidMapKey(WitType t) => t.Kind switch
        {
            WitTypeKind.Bool or WitTypeKind.U8 or WitTypeKind.U16 or WitTypeKind.U32 or WitTypeKind.U64
                or WitTypeKind.S8 or WitTypeKind.S16 or WitTypeKind.S32 or WitTypeKind.S64
                or WitTypeKind.Char or WitTypeKind.String => true,
            _ => false,
        };

        private static WitType Primitive(PrimitiveTypeSyntax p) => WitType.Primitive(p.Keyword.Kind switch
        {
            SyntaxKind.BoolKeyword => WitTypeKind.Bool,
            SyntaxKind.U8Keyword => WitTypeKind.U8,
            SyntaxKind.U16Keyword => WitTypeKind.U16,
            SyntaxKind.U32Keyword => WitTypeKind.U32,
            SyntaxKind.U64Keyword => WitTypeKind.U64,
            SyntaxKind.S8Keyword => WitTypeKind.S8,
            SyntaxKind.S16Keyword => WitTypeKind.S16,
            SyntaxKind.S32Keyword => WitTypeKind.S32,
            SyntaxKind.S64Keyword => WitTypeKind.S64,
            SyntaxKind.F32Keyword => WitTypeKind.F32,
            SyntaxKind.F64Keyword => WitTypeKind.F64,
            SyntaxKind.CharKeyword => WitTypeKind.Char,
            SyntaxKind.StringKeyword => WitTypeKind.String,
            _ => WitTypeKind.ErrorContext,
        });

        private int ResolveTypeName(SyntaxToken name)
        {
            if (_scope.TryGetValue(Name(name), out var binding))
            {
                if (binding.Item is { } what)
                {
                    throw ResolutionException.At(DiagnosticCodes.NotAType, $"cannot use {what} `{Name(name)}` as a type", At(name));
                }
                return binding.TypeId;
            }
            throw ResolutionException.At(DiagnosticCodes.UndefinedName, $"name `{Name(name)}` does not exist", At(name));
        }

        /// <summary>Resolves the resource named in a handle, following aliases; foreign types are checked later.</summary>
        private int ValidateResource(SyntaxToken name)
        {
            int id = ResolveTypeName(name);
            int end = _aliasEnds[id];
            switch (_package.Types[end].Kind)
            {
                case WitResourceKind:
                    return id;
                case WitUnknownKind:
                    _package.RequiredResourceTypes.Add(new KeyValuePair<int, Text.SourceLocation>(end, At(name)));
                    return id;
                default:
                    throw ResolutionException.At(DiagnosticCodes.HandleNotResource, $"type `{Name(name)}` used in a handle must be a resource", At(name));
            }
        }

        /// <summary>The type a type expression denotes, interning anonymous types.</summary>
        private WitType ResolveType(TypeSyntax type, WitStability stability)
        {
            // A primitive or a name denotes its type directly: no alias kind to build and throw away.
            if (type is PrimitiveTypeSyntax p) return Primitive(p);
            if (type is TypeReferenceSyntax r) return WitType.FromId(ResolveTypeName(r.Name));
            // The commonest anonymous types are looked up by their parts first: most uses repeat a type
            // already interned, and building its kind would only make garbage. Same order as ResolveKind.
            switch (type)
            {
                case ListTypeSyntax { Size: null } l:
                    var element = ResolveType(l.ElementType, stability);
                    return Interned(AnonymousTypeKey.List(element)) ?? InternNew(new WitListKind(element), stability, type);
                case OptionTypeSyntax o:
                    var some = ResolveType(o.Type, stability);
                    return Interned(AnonymousTypeKey.Option(some)) ?? InternNew(new WitOptionKind(some), stability, type);
                case ResultTypeSyntax res:
                    WitType? ok = res.OkType is { } okSyntax ? ResolveType(okSyntax, stability) : (WitType?)null;
                    WitType? err = res.ErrorType is { } errSyntax ? ResolveType(errSyntax, stability) : (WitType?)null;
                    return Interned(AnonymousTypeKey.Result(ok, err)) ?? InternNew(new WitResultKind(ok, err), stability, type);
            }
            return InternNew(ResolveKind(type, stability), stability, type);
        }

        private WitType? Interned(AnonymousTypeKey key) =>
            _anonymousTypes.TryGetValue(key, out int id) ? WitType.FromId(id) : (WitType?)null;

        private WitType InternNew(WitTypeDefKind kind, WitStability stability, SyntaxNode at) =>
            Intern(kind, InferStability(kind, stability), at);

        private WitType Intern(WitTypeDefKind kind, WitStability stability, SyntaxNode at)
        {
            if (kind is WitAliasKind alias) return alias.Target;
            // An anonymous own<T> is just T.
            if (kind is WitHandleKind { IsBorrow: false } own) return WitType.FromId(own.Resource);
            var key = AnonymousTypeKey.For(kind);
            if (key is null || !_anonymousTypes.TryGetValue(key.Value, out int id))
            {
                id = AddType(new WitTypeDef(null, kind, WitTypeOwner.None, WitDocs.None, stability), AtType(at));
                if (key is { } k) _anonymousTypes[k] = id;
            }
            return WitType.FromId(id);
        }

        /// <summary>Anonymous types inherit the gate of the first gated named type they mention.</summary>
        private WitStability InferStability(WitTypeDefKind kind, WitStability stability)
        {
            if (!stability.IsUnknown) return stability;
            // A switch rather than an iterator over the mentioned types: this runs for every type expression.
            switch (kind)
            {
                case WitAliasKind a: return GateOf(a.Target);
                case WitHandleKind h: return GateOf(WitType.FromId(h.Resource));
                case WitTupleKind t:
                    foreach (var e in t.Types)
                    {
                        var gate = GateOf(e);
                        if (!gate.IsUnknown) return gate;
                    }
                    return WitStability.Unknown;
                case WitListKind l: return GateOf(l.Element);
                case WitFixedSizeListKind f: return GateOf(f.Element);
                case WitOptionKind o: return GateOf(o.Type);
                case WitMapKind m: return FirstGate(m.Key, m.Value);
                case WitFutureKind fu when fu.Type is { } ft: return GateOf(ft);
                case WitStreamKind s when s.Type is { } st: return GateOf(st);
                case WitResultKind r: return FirstGate(r.Ok, r.Err);
                default: return WitStability.Unknown;
            }
        }

        private WitStability FirstGate(WitType? first, WitType? second)
        {
            var gate = first is { } a ? GateOf(a) : WitStability.Unknown;
            return gate.IsUnknown && second is { } b ? GateOf(b) : gate;
        }

        private WitStability GateOf(WitType t) => t.IsId ? _package.Types[t.TypeId].Stability : WitStability.Unknown;

        /// <summary>The names a type definition refers to, for ordering definitions.</summary>
        private void CollectDependencies(TypeDefinitionSyntax def, List<DependencyEdge> edges)
        {
            switch (def)
            {
                case TypeAliasSyntax a:
                    CollectDependencies(a.Type, edges);
                    break;
                case RecordSyntax r:
                    foreach (var f in r.Fields) CollectDependencies(f.Type, edges);
                    break;
                case VariantSyntax v:
                    foreach (var c in v.Cases) if (c.Type is { } t) CollectDependencies(t, edges);
                    break;
                // Flags and enums name nothing; resource members are resolved after all types exist.
            }
        }

        private void CollectDependencies(TypeSyntax type, List<DependencyEdge> edges)
        {
            switch (type)
            {
                case TypeReferenceSyntax r:
                    edges.Add(new DependencyEdge(Name(r.Name), At(r.Name)));
                    break;
                case HandleTypeSyntax h:
                    edges.Add(new DependencyEdge(Name(h.Name), At(h.Name)));
                    break;
                case ListTypeSyntax l:
                    CollectDependencies(l.ElementType, edges);
                    break;
                case OptionTypeSyntax o:
                    CollectDependencies(o.Type, edges);
                    break;
                case MapTypeSyntax m:
                    CollectDependencies(m.KeyType, edges);
                    CollectDependencies(m.ValueType, edges);
                    break;
                case TupleTypeSyntax t:
                    foreach (var e in t.Types) CollectDependencies(e, edges);
                    break;
                case ResultTypeSyntax res:
                    if (res.OkType is { } ok) CollectDependencies(ok, edges);
                    if (res.ErrorType is { } err) CollectDependencies(err, edges);
                    break;
                case AsyncValueTypeSyntax a when a.Payload is { } p:
                    CollectDependencies(p, edges);
                    break;
            }
        }
    }
}
