using System.Collections.Generic;
using WitSharp.WitParser.Diagnostics;
using WitSharp.WitParser.Text;

namespace WitSharp.WitParser.Resolution
{
    /// <summary>
    /// Completes a world: every interface an import or export depends on is imported first (in dependency
    /// order), items are grouped (interfaces, type imports, types, functions, resource functions), and an
    /// export that would need one interface both imported and exported is rejected.
    /// </summary>
    internal static class WorldElaborator
    {
        public static void Elaborate(WitResolve resolve, int worldId, SourceLocation location)
        {
            var world = resolve.WorldList[worldId];
            // Sized up front: a large world's maps would otherwise regrow their indexes step by step.
            var imports = new OrderedMap<WitWorldKey, WitWorldItem>();
            imports.Reserve(world.Imports.Count);
            foreach (var entry in InSortKeyOrder(resolve, world.Imports))
            {
                var item = entry.Value;
                switch (item.Kind)
                {
                    case WitWorldItemKind.Interface:
                        AddImport(resolve, imports, entry.Key, item.Id, item.Stability, item.Docs, item.ExternalId);
                        break;
                    case WitWorldItemKind.Type:
                        if (resolve.TypeInterfaceDependency(item.Id) is int dep)
                        {
                            AddImport(resolve, imports, WitWorldKey.FromInterface(dep), dep, resolve.TypeList[item.Id].Stability, WitDocs.None, null);
                        }
                        imports.Set(entry.Key, item);
                        break;
                    default:
                        imports.Set(entry.Key, item);
                        break;
                }
            }

            var exports = new OrderedMap<WitWorldKey, WitWorldItem>();
            exports.Reserve(world.Exports.Count);
            var exportInterfaces = new List<KeyValuePair<WitWorldKey, WitWorldItem>>();
            var exportedIds = new HashSet<int>();
            foreach (var entry in world.Exports)
            {
                if (entry.Value.Kind == WitWorldItemKind.Interface)
                {
                    exportInterfaces.Add(entry);
                    exportedIds.Add(entry.Value.Id);
                }
                else
                {
                    exports.Set(entry.Key, entry.Value);
                }
            }

            var requiredImports = new HashSet<int>();
            foreach (var entry in exportInterfaces)
            {
                if (!AddExport(resolve, imports, exports, exportedIds, requiredImports, entry.Value.Id, entry.Key, true, entry.Value.Stability, entry.Value.Docs, entry.Value.ExternalId))
                {
                    throw ResolutionException.At(DiagnosticCodes.IncompatibleTransitiveDependency,
                        $"interface `{resolve.NameOfWorldKey(entry.Key)}` transitively depends on an interface in incompatible ways", location);
                }
            }

            var sorted = new OrderedMap<WitWorldKey, WitWorldItem>();
            sorted.Reserve(imports.Count);
            foreach (var e in InSortKeyOrder(resolve, imports)) sorted.Set(e.Key, e.Value);
            world.Imports = sorted;
            world.Exports = exports;
        }

        // The entries ordered by SortKey, keeping their order within a key (what a stable sort does) without
        // buffering them: there are five keys, so one pass each. A world of thousands of imports would otherwise
        // be sorted through an array on the large-object heap. The map must not change during the walk.
        private static IEnumerable<KeyValuePair<WitWorldKey, WitWorldItem>> InSortKeyOrder(WitResolve resolve, OrderedMap<WitWorldKey, WitWorldItem> map)
        {
            for (int key = 0; key <= MaxSortKey; key++)
            {
                for (int i = 0; i < map.Count; i++)
                {
                    if (SortKey(resolve, map[i].Value) == key) yield return map[i];
                }
            }
        }

        private const int MaxSortKey = 4;

        private static int SortKey(WitResolve resolve, WitWorldItem item)
        {
            switch (item.Kind)
            {
                case WitWorldItemKind.Interface:
                    return 0;
                case WitWorldItemKind.Type:
                    var ty = resolve.TypeList[item.Id];
                    if (ty.Kind is WitAliasKind { Target: { IsId: true } t } && !resolve.TypeList[t.TypeId].Owner.Equals(ty.Owner)) return 1;
                    return 2;
                default:
                    return item.Function!.Resource < 0 ? 3 : 4;
            }
        }

        private static WitWorldItem Item(int id, WitStability stability, WitDocs docs, string? externalId)
        {
            var item = WitWorldItem.ForInterface(id, stability);
            item.Docs = docs;
            item.ExternalId = externalId;
            return item;
        }

        // As wit-parser's elaborate_world_import: imports added for dependencies carry no docs or external id.
        private static void AddImport(WitResolve resolve, OrderedMap<WitWorldKey, WitWorldItem> imports, WitWorldKey key, int id, WitStability stability,
            WitDocs docs, string? externalId)
        {
            if (imports.ContainsKey(key)) return;
            LargeStack.Guard();
            foreach (int dep in resolve.DirectDependencies(id))
            {
                AddImport(resolve, imports, WitWorldKey.FromInterface(dep), dep, stability, WitDocs.None, null);
            }
            imports.Set(key, Item(id, stability, docs, externalId));
        }

        private static bool AddExport(WitResolve resolve, OrderedMap<WitWorldKey, WitWorldItem> imports, OrderedMap<WitWorldKey, WitWorldItem> exports,
            HashSet<int> exportedIds, HashSet<int> requiredImports,
            int id, WitWorldKey key, bool addExport, WitStability stability, WitDocs docs, string? externalId)
        {
            if (exports.ContainsKey(key)) return addExport;
            LargeStack.Guard();
            if (!addExport && requiredImports.Contains(id)) return true;
            foreach (int dep in resolve.DirectDependencies(id))
            {
                var depKey = WitWorldKey.FromInterface(dep);
                bool exportDep = addExport && exportedIds.Contains(dep);
                // As wit-parser's add_world_export, a dependency takes the export's external id but not its docs.
                if (!AddExport(resolve, imports, exports, exportedIds, requiredImports, dep, depKey, exportDep, stability, WitDocs.None, externalId)) return false;
            }
            var item = Item(id, stability, docs, externalId);
            if (addExport)
            {
                if (requiredImports.Contains(id)) return false;
                exports.Set(key, item);
            }
            else
            {
                requiredImports.Add(id);
                imports.Set(key, item);
            }
            return true;
        }
    }
}
