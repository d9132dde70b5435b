using System;
using System.Collections.Generic;
using WitSharp.WitParser.Diagnostics;
using WitSharp.WitParser.Text;

namespace WitSharp.WitParser.Resolution
{
    internal sealed partial class PackageMerger
    {
        /// <summary>Renumbers the type references inside a type definition (owners are done separately).</summary>
        private void UpdateTypeDef(WitTypeDef ty, SourceLocation location)
        {
            switch (ty.Kind)
            {
                case WitHandleKind h:
                    h.Resource = MapType(h.Resource, location);
                    break;
                case WitRecordKind r:
                    // A field whose type keeps its number (a primitive, mostly) is kept as it is.
                    var fields = Writable(r.Fields);
                    for (int i = 0; i < fields.Length; i++)
                    {
                        var f = fields[i];
                        var type = UpdateType(f.Type, location);
                        if (!type.Equals(f.Type)) fields[i] = f with { Type = type };
                    }
                    r.Fields = fields;
                    break;
                case WitTupleKind t:
                    var types = Writable(t.Types);
                    for (int i = 0; i < types.Length; i++) types[i] = UpdateType(types[i], location);
                    t.Types = types;
                    break;
                case WitVariantKind v:
                    var cases = Writable(v.Cases);
                    for (int i = 0; i < cases.Length; i++)
                    {
                        var c = cases[i];
                        var type = c.Type is { } ct ? UpdateType(ct, location) : (WitType?)null;
                        if (!Nullable.Equals(type, c.Type)) cases[i] = c with { Type = type };
                    }
                    v.Cases = cases;
                    break;
                case WitOptionKind o:
                    o.Type = UpdateType(o.Type, location);
                    break;
                case WitListKind l:
                    l.Element = UpdateType(l.Element, location);
                    break;
                case WitFixedSizeListKind fl:
                    fl.Element = UpdateType(fl.Element, location);
                    break;
                case WitFutureKind fu when fu.Type is { } ft:
                    fu.Type = UpdateType(ft, location);
                    break;
                case WitStreamKind s when s.Type is { } st:
                    s.Type = UpdateType(st, location);
                    break;
                case WitMapKind m:
                    m.Key = UpdateType(m.Key, location);
                    m.Value = UpdateType(m.Value, location);
                    break;
                case WitResultKind res:
                    if (res.Ok is { } ok) res.Ok = UpdateType(ok, location);
                    if (res.Err is { } err) res.Err = UpdateType(err, location);
                    break;
                case WitAliasKind { Target: { IsId: true } target } alias:
                    // `type a = b` keeps pointing at `b` itself: `a` can then serve as resource and handle alike.
                    alias.Target = WitType.FromId(MapType(target.TypeId, location));
                    break;
            }
        }

        /// <summary>
        /// The items as an exactly sized array that may be rewritten in place: the resolver's own array (the
        /// definition being merged owns it), or a copy of any other list.
        /// </summary>
        private static T[] Writable<T>(IReadOnlyList<T> items)
        {
            if (items is T[] array) return array;
            var copy = new T[items.Count];
            for (int i = 0; i < copy.Length; i++) copy[i] = items[i];
            return copy;
        }

        /// <summary>Renumbers a type use; a use of a resource becomes a (shared) anonymous <c>own</c> handle.</summary>
        private WitType Renumber(WitType t, SourceLocation? location) => t.IsId ? WitType.FromId(MapType(t.TypeId, location)) : t;

        private WitType UpdateType(WitType t, SourceLocation? location)
        {
            if (!t.IsId) return t;
            int id = MapType(t.TypeId, location);
            return IsResource(id) ? OwnHandle(id) : WitType.FromId(id);
        }

        /// <summary>The package's shared anonymous <c>own</c> handle of resource <paramref name="resource"/>, made on first use.</summary>
        private WitType OwnHandle(int resource)
        {
            if (!_ownHandles.TryGetValue(resource, out int own))
            {
                own = Add(_resolve.TypeList, new WitTypeDef(null, new WitHandleKind(false, resource), WitTypeOwner.None, WitDocs.None, WitStability.Unknown));
                _ownHandles[resource] = own;
            }
            return WitType.FromId(own);
        }

        /// <summary>A function parameter (or, at -1, its result) that names a resource and waits for its <c>own</c> handle.</summary>
        private readonly record struct PendingHandle(WitFunction Function, int Parameter);

        private void GiveOwnHandle(PendingHandle pending)
        {
            var f = pending.Function;
            if (pending.Parameter < 0)
            {
                f.Result = OwnHandle(f.Result!.Value.TypeId);
                return;
            }
            // UpdateFunction left the parameters in an array of their own.
            var parameters = (WitParam[])f.Params;
            var p = parameters[pending.Parameter];
            parameters[pending.Parameter] = p with { Type = OwnHandle(p.Type.TypeId) };
        }

        private bool NamesResource(WitType t) => t.IsId && IsResource(t.TypeId);

        /// <summary>Whether a type is a resource or an alias chain ending at one (memoised: chains can be long).</summary>
        private bool IsResource(int id)
        {
            if (_isResource.TryGetValue(id, out bool known)) return known;
            LargeStack.Guard();
            var kind = _resolve.TypeList[id].Kind;
            bool result = kind is WitResourceKind || (kind is WitAliasKind { Target: { IsId: true } next } && IsResource(next.TypeId));
            _isResource.Set(id, result);
            return result;
        }

        private void UpdateInterface(WitInterface iface, InterfaceLocations locations, List<PendingHandle> handles)
        {
            iface.Types.UpdateAll((int _, string _, ref int id) =>
            {
                if (_types[id] is null) return false;
                id = MapType(id, locations.Location);
                return true;
            });
            iface.Functions.UpdateAll((int i, string _, ref WitFunction f) =>
            {
                var location = i < locations.Functions.Count ? locations.Functions[i] : locations.Location;
                if (!_gate.Includes(f.Stability, Package, location)) return false;
                UpdateFunction(f, location, handles);
                return true;
            });
        }

        /// <summary>
        /// Renumbers a function's types. A parameter or result naming a resource is queued in
        /// <paramref name="handles"/> for its <c>own</c> handle, which is made after all the package's types.
        /// </summary>
        private void UpdateFunction(WitFunction f, SourceLocation? location, List<PendingHandle> handles)
        {
            if (f.Resource >= 0) f.Resource = MapType(f.Resource, location);
            var parameters = Writable(f.Params);
            for (int i = 0; i < parameters.Length; i++)
            {
                var p = parameters[i];
                var type = Renumber(p.Type, location);
                if (NamesResource(type)) handles.Add(new PendingHandle(f, i));
                if (!type.Equals(p.Type)) parameters[i] = p with { Type = type };
            }
            f.Params = parameters;
            if (f.Result is { } result)
            {
                f.Result = Renumber(result, location);
                if (NamesResource(f.Result.Value)) handles.Add(new PendingHandle(f, -1));
                if (HasBorrow(f.Result.Value))
                {
                    throw ResolutionException.At(DiagnosticCodes.BorrowInResult,
                        $"function `{f.Name}` returns a type which contains a `borrow<T>` which is not supported", location);
                }
            }
        }

        private void UpdateWorld(WitWorld world, WorldLocations locations, List<PendingHandle> handles)
        {
            // The old maps are read, not changed: the world gets new ones.
            var imports = world.Imports;
            var exports = world.Exports;
            world.Imports = new OrderedMap<WitWorldKey, WitWorldItem>();
            world.Exports = new OrderedMap<WitWorldKey, WitWorldItem>();
            world.Imports.Reserve(imports.Count);
            world.Exports.Reserve(exports.Count);
            UpdateWorldItems(imports, locations.Imports, world.Imports, handles);
            UpdateWorldItems(exports, locations.Exports, world.Exports, handles);
        }

        private void UpdateWorldItems(OrderedMap<WitWorldKey, WitWorldItem> items, List<SourceLocation> locations,
            OrderedMap<WitWorldKey, WitWorldItem> target, List<PendingHandle> handles)
        {
            for (int i = 0; i < items.Count; i++)
            {
                var key = items[i].Key;
                var item = items[i].Value;
                SourceLocation? location = i < locations.Count ? locations[i] : (SourceLocation?)null;
                WitStability stability = item.Stability;
                if (item.Kind == WitWorldItemKind.Type)
                {
                    item.Id = MapType(item.Id, location);
                    stability = _resolve.TypeList[item.Id].Stability;
                }
                if (!_gate.Includes(stability, Package, location)) continue;
                if (!key.IsName) key = WitWorldKey.FromInterface(MapInterface(key.InterfaceId, location));
                if (item.Kind == WitWorldItemKind.Interface) item.Id = MapInterface(item.Id, location);
                else if (item.Kind == WitWorldItemKind.Function) UpdateFunction(item.Function!, location, handles);
                target.Set(key, item);
            }
        }

        // An explicit stack, dependencies first: a chain of 100,000 records overflowed the recursive walk's stack.
        // A type still being walked counts as borrow-free, as the memo said during the recursion.
        private bool HasBorrow(WitType t)
        {
            if (!t.IsId) return false;
            if (_hasBorrow.TryGetValue(t.TypeId, out bool known)) return known;
            var stack = new List<int> { t.TypeId };
            var expanded = new HashSet<int>();
            var parts = new List<WitType>();
            while (stack.Count > 0)
            {
                int id = stack[stack.Count - 1];
                var kind = _resolve.TypeList[id].Kind;
                if (!expanded.Add(id))
                {
                    stack.RemoveAt(stack.Count - 1);
                    bool result = kind is WitHandleKind { IsBorrow: true };
                    parts.Clear();
                    BorrowParts(kind, parts);
                    foreach (var part in parts) result |= part.IsId && _hasBorrow.TryGetValue(part.TypeId, out bool b) && b;
                    _hasBorrow.Set(id, result);
                    continue;
                }
                _hasBorrow.Set(id, false);
                parts.Clear();
                BorrowParts(kind, parts);
                for (int i = parts.Count - 1; i >= 0; i--)
                {
                    if (parts[i].IsId && !_hasBorrow.TryGetValue(parts[i].TypeId, out _)) stack.Add(parts[i].TypeId);
                }
            }
            _hasBorrow.TryGetValue(t.TypeId, out bool found);
            return found;
        }

        // The types a borrow inside a value of this kind could come from.
        private static void BorrowParts(WitTypeDefKind kind, List<WitType> parts)
        {
            switch (kind)
            {
                case WitAliasKind a: parts.Add(a.Target); break;
                case WitRecordKind r: foreach (var f in r.Fields) parts.Add(f.Type); break;
                case WitVariantKind v: foreach (var c in v.Cases) if (c.Type is { } ct) parts.Add(ct); break;
                case WitTupleKind t: parts.AddRange(t.Types); break;
                case WitListKind l: parts.Add(l.Element); break;
                case WitFixedSizeListKind fl: parts.Add(fl.Element); break;
                case WitOptionKind o: parts.Add(o.Type); break;
                case WitFutureKind fu when fu.Type is { } ft: parts.Add(ft); break;
                case WitStreamKind st when st.Type is { } stt: parts.Add(stt); break;
                case WitMapKind m: parts.Add(m.Key); parts.Add(m.Value); break;
                case WitResultKind res:
                    if (res.Ok is { } ok) parts.Add(ok);
                    if (res.Err is { } err) parts.Add(err);
                    break;
            }
        }
    }
}
