using System.Collections.Generic;
using WitSharp.WitParser.Diagnostics;
using WitSharp.WitParser.Syntax;

namespace WitSharp.WitParser.Resolution
{
    internal sealed partial class PackageResolver
    {
        /// <summary>Resolves an interface body: its types, then its functions (resource functions included).</summary>
        private void ResolveInterface(int id, IReadOnlyList<ItemSyntax> items, SyntaxNode docsNode, IReadOnlyList<AttributeSyntax> attributes)
        {
            var iface = _package.Interfaces[id];
            iface.Docs = GateReader.Docs(docsNode);
            iface.Stability = GateReader.Read(attributes, Source);
            // Sized up front (nearly every item names one thing): maps grown by doubling leave their old
            // arrays behind, and for a large package that garbage is what triggers collections.
            _scope = new OrderedMap<string, NameBinding>();
            _scope.Reserve(items.Count);
            ResolveTypes(WitTypeOwner.Interface(id), items);
            iface.Types.Reserve(_scope.Count);
            foreach (var entry in _scope) iface.Types.Set(entry.Key, entry.Value.TypeId);

            var functions = new List<WitFunction>(items.Count);
            var locations = _package.InterfaceLocations[id].Functions;
            foreach (var item in items)
            {
                switch (item)
                {
                    case FunctionSyntax f:
                        DefineName(f.Name, new NameBinding(-1, "function", At(f.Name)));
                        functions.Add(ResolveFunction(f, f.Attributes, Name(f.Name), f.Type,
                            f.Type.IsAsync ? WitFunctionKindTag.AsyncFreestanding : WitFunctionKindTag.Freestanding, -1));
                        locations.Add(At(f.Name));
                        break;
                    case ResourceSyntax r:
                        foreach (var member in r.Members)
                        {
                            functions.Add(ResolveResourceFunction(member, r.Name));
                            locations.Add(At(MemberName(member)));
                        }
                        break;
                }
            }
            iface.Functions.Reserve(functions.Count);
            foreach (var f in functions) iface.Functions.Set(f.Name, f);
            _interfaceScopes[id] = _scope;
            _scope = new OrderedMap<string, NameBinding>();
            _merger!.InterfaceResolved(id);
        }

        private static bool IsDuplicateParameter(WitParam[] previous, int count, ref HashSet<string>? names, string name)
        {
            if (names is null && count < 16)
            {
                for (int i = 0; i < count; i++) if (previous[i].Name == name) return true;
                return false;
            }
            if (names is null)
            {
                names = new HashSet<string>();
                for (int i = 0; i < count; i++) names.Add(previous[i].Name);
            }
            return !names.Add(name);
        }

        private static SyntaxToken MemberName(ItemSyntax member) => member switch
        {
            ConstructorSyntax c => c.ConstructorKeyword,
            FunctionSyntax f => f.Name,
            _ => member.FirstToken ?? default,
        };

        private WitFunction ResolveResourceFunction(ItemSyntax member, SyntaxToken resource)
        {
            int resourceId = _scope.GetValue(Name(resource)).TypeId;
            string r = Name(resource);
            switch (member)
            {
                case ConstructorSyntax c:
                    return ResolveFunction(c, c.Attributes, $"[constructor]{r}", null, WitFunctionKindTag.Constructor, resourceId, c.Parameters, c.Result);
                case FunctionSyntax f when f.StaticKeyword is not null:
                    return ResolveFunction(f, f.Attributes, $"[static]{r}.{Name(f.Name)}", f.Type,
                        f.Type.IsAsync ? WitFunctionKindTag.AsyncStatic : WitFunctionKindTag.Static, resourceId);
                case FunctionSyntax f:
                    return ResolveFunction(f, f.Attributes, $"[method]{r}.{Name(f.Name)}", f.Type,
                        f.Type.IsAsync ? WitFunctionKindTag.AsyncMethod : WitFunctionKindTag.Method, resourceId);
                default:
                    throw ResolutionException.At(DiagnosticCodes.UndefinedName, "unsupported resource member", At(member));
            }
        }

        private WitFunction ResolveFunction(SyntaxNode docsNode, IReadOnlyList<AttributeSyntax> attributes, string name, FuncTypeSyntax? type,
            WitFunctionKindTag kind, int resource, ParameterListSyntax? parameters = null, TypeSyntax? result = null)
        {
            var docs = GateReader.Docs(docsNode);
            var stability = GateReader.Read(attributes, Source);
            string? externalId = GateReader.ExternalId(attributes, Source);
            parameters ??= type!.Parameters;
            if (type is not null) result = type.Result;

            // Exactly sized: the merge keeps the array unless a parameter's type is renumbered.
            bool method = kind == WitFunctionKindTag.Method || kind == WitFunctionKindTag.AsyncMethod;
            var list = new WitParam[parameters.Parameters.Count + (method ? 1 : 0)];
            int count = 0;
            if (method)
            {
                var borrow = new WitHandleKind(true, resource);
                list[count++] = new WitParam("self", Intern(borrow, InferStability(borrow, WitStability.Unknown), parameters));
            }
            // Duplicate names: a scan of the few parameters, a set only for unusually long lists.
            HashSet<string>? names = null;
            foreach (var p in parameters.Parameters)
            {
                var ty = ResolveType(p.Type, WitStability.Unknown);
                string paramName = Name(p.Name);
                if (IsDuplicateParameter(list, count, ref names, paramName))
                {
                    throw ResolutionException.At(DiagnosticCodes.DuplicateParameter, $"param `{paramName}` is defined more than once", At(p.Name));
                }
                list[count++] = new WitParam(paramName, ty);
            }

            WitType? resultType;
            if (kind == WitFunctionKindTag.Constructor)
            {
                resultType = result is null ? WitType.FromId(resource) : ResolveConstructorResult(resource, result);
            }
            else
            {
                resultType = result is null ? (WitType?)null : ResolveType(result, WitStability.Unknown);
            }
            var nameToken = docsNode is ImportExportSyntax ie && ie.Name is { } label ? label
                : docsNode is ItemSyntax item ? MemberName(item) : default;
            return new WitFunction(name, kind, resource, list, resultType, docs, stability)
            {
                Location = nameToken.IsDefault ? At(docsNode) : At(nameToken),
                ExternalId = externalId,
            };
        }

        private WitType ResolveConstructorResult(int resource, TypeSyntax syntax)
        {
            var result = ResolveType(syntax, WitStability.Unknown);
            if (!(result.IsId && _package.Types[result.TypeId].Kind is WitResultKind r))
            {
                throw ResolutionException.At(DiagnosticCodes.InvalidConstructorResult, "if a constructor return type is declared it must be a `result`", AtType(syntax));
            }
            if (r.Ok is { IsId: true } ok && ok.TypeId == resource) return result;
            SyntaxNode at = syntax is ResultTypeSyntax { OkType: { } okSyntax } ? okSyntax : syntax;
            throw ResolutionException.At(DiagnosticCodes.InvalidConstructorResult, "the `ok` type must be the resource being constructed", AtType(at));
        }

        /// <summary>
        /// Resolves a world: its types become imports, then includes are recorded, then imports and exports
        /// (inline interfaces, interface paths, functions) are added with name-conflict checks.
        /// </summary>
        private void ResolveWorld(int id, WorldSyntax syntax)
        {
            var world = _package.Worlds[id];
            var locations = _package.WorldLocations[id];
            world.Docs = GateReader.Docs(syntax);
            world.Stability = GateReader.Read(syntax.Attributes, Source);
            _merger!.WorldStarted(id);
            _scope = new OrderedMap<string, NameBinding>();
            var typeItems = new List<ItemSyntax>();
            foreach (var item in syntax.Items)
            {
                if (item is UseSyntax || item is TypeDefinitionSyntax) typeItems.Add(item);
            }
            ResolveTypes(WitTypeOwner.World(id), typeItems);

            foreach (var item in syntax.Items)
            {
                if (item is not IncludeSyntax include) continue;
                var stability = GateReader.Read(include.Attributes, Source);
                int from = ResolveWorldPath(include.Path);
                var renames = new List<KeyValuePair<string, string>>();
                foreach (var n in include.Names) renames.Add(new KeyValuePair<string, string>(Name(n.Name), Name(n.Alias ?? n.Name)));
                locations.Includes.Add(new PendingInclude(stability, from, renames, At(include.Path.Name)));
            }

            foreach (var entry in _scope)
            {
                if (!world.Imports.TryAdd(WitWorldKey.FromName(entry.Key), WitWorldItem.ForType(entry.Value.TypeId)))
                {
                    throw ResolutionException.At(DiagnosticCodes.WorldItemConflict, $"import `{entry.Key}` conflicts with prior import of same name", entry.Value.Location);
                }
                locations.Imports.Add(entry.Value.Location);
            }

            var imported = new HashSet<int>();
            var exported = new HashSet<int>();
            foreach (var item in syntax.Items)
            {
                switch (item)
                {
                    case ResourceSyntax r:
                        foreach (var member in r.Members)
                        {
                            locations.Imports.Add(At(MemberName(member)));
                            var f = ResolveResourceFunction(member, r.Name);
                            world.Imports.Set(WitWorldKey.FromName(f.Name), WitWorldItem.ForFunction(f));
                        }
                        break;
                    case ImportExportSyntax ie:
                        AddWorldItem(world, locations, ie, ie.IsImport ? imported : exported);
                        break;
                }
            }
            _scope = new OrderedMap<string, NameBinding>();
            _merger!.WorldResolved(id);
        }

        private void AddWorldItem(WitWorld world, WorldLocations locations, ImportExportSyntax ie, HashSet<int> interfaces)
        {
            string desc = ie.IsImport ? "import" : "export";
            WitWorldItem item;
            WitWorldKey key;
            SyntaxElement span;
            if (ie.Interface is { } inline)
            {
                var saved = _scope;
                int id = AllocInterface(At(ie.Name!.Value));
                ResolveInterface(id, inline.Items, ie, ie.Attributes);
                _scope = saved;
                item = WitWorldItem.ForInterface(id, _package.Interfaces[id].Stability);
                item.ExternalId = GateReader.ExternalId(ie.Attributes, Source);
                key = WitWorldKey.FromName(Name(ie.Name!.Value));
                span = ie.Name!.Value;
            }
            else if (ie.Function is { } func)
            {
                var f = ResolveFunction(ie, ie.Attributes, Name(ie.Name!.Value), func,
                    func.IsAsync ? WitFunctionKindTag.AsyncFreestanding : WitFunctionKindTag.Freestanding, -1);
                item = WitWorldItem.ForFunction(f);
                key = WitWorldKey.FromName(f.Name);
                span = ie.Name!.Value;
            }
            else
            {
                var path = ie.Path!;
                var stability = GateReader.Read(ie.Attributes, Source);
                string? externalId = GateReader.ExternalId(ie.Attributes, Source);
                int id = ResolveInterfacePath(path);
                item = WitWorldItem.ForInterface(id, stability);
                item.ExternalId = externalId;
                item.Docs = GateReader.Docs(ie);
                // `import name: path;` gives an interface a plain name; a bare path keys by the interface.
                key = ie.Name is { } n ? WitWorldKey.FromName(Name(n)) : WitWorldKey.FromInterface(id);
                span = ie.Name is { } nm ? (SyntaxElement)nm : path;
            }

            // Named imports may implement one interface several times; only path keys must be unique.
            if (item.Kind == WitWorldItemKind.Interface && !key.IsName && !interfaces.Add(item.Id))
            {
                throw ResolutionException.At(DiagnosticCodes.WorldItemConflict, $"interface cannot be {desc}ed more than once", At(span));
            }
            var target = ie.IsImport ? world.Imports : world.Exports;
            if (target.TryGetValue(key, out var prev))
            {
                string prevKind = prev.Kind switch
                {
                    WitWorldItemKind.Interface => "interface",
                    WitWorldItemKind.Function => "func",
                    _ => "type",
                };
                throw ResolutionException.At(DiagnosticCodes.WorldItemConflict, $"{desc} `{key.Name}` conflicts with prior {prevKind} of same name", At(span));
            }
            target.Set(key, item);
            (ie.IsImport ? locations.Imports : locations.Exports).Add(At(span));
        }
    }
}
