using System.Collections.Generic;
using System.Linq;
using WitSharp.Tooling.Subtyping;
using WitSharp.WitParser.Resolution;

namespace WitSharp.Tooling.Compose
{
    /// <summary>
    /// WIT-level composition in the manner of <c>wac plug</c>: each plug's exports satisfy the socket's imports of the
    /// same name, provided the export is a subtype of the import (it may offer more functions and types, never fewer,
    /// and every shared type and function must match exactly).
    /// </summary>
    public static class WorldComposer
    {
        /// <summary>Plugs <paramref name="plugs"/> into <paramref name="socket"/> and returns the composed world <c>package/name</c>.</summary>
        public static CompositionResult Compose(ComponentWorld socket, IReadOnlyList<ComponentWorld> plugs, string package = "witsharp:composed", string? name = null)
        {
            var issues = new List<ComposeIssue>();
            var plugged = new List<(string, string)>();
            var used = new bool[plugs.Count];
            var socketWorld = socket.Side.Resolve.Worlds[socket.World];
            var imports = new List<ComposedItem>();
            foreach (var entry in socketWorld.Imports)
            {
                var wanted = new ComposedItem(socket.Side, socketWorld, entry.Key, entry.Value);
                var (plugIndex, offered) = FindExport(socket, wanted, plugs, issues);
                if (offered is null)
                {
                    imports.Add(wanted);
                    continue;
                }
                used[plugIndex] = true;
                plugged.Add((wanted.Name, plugs[plugIndex].Label));
                ExportCheck.Check(socket, wanted, plugs[plugIndex], offered, issues);
            }
            for (int i = 0; i < plugs.Count; i++)
            {
                var plugWorld = plugs[i].Side.Resolve.Worlds[plugs[i].World];
                if (!used[i])
                {
                    string exports = string.Join(", ", plugWorld.Exports.Select(e => WorldItemNames.Of(plugs[i].Side.Resolve, e.Key)));
                    issues.Add(new ComposeIssue("compose/unused-plug", true,
                        $"plug `{plugs[i].Label}` exports nothing the socket imports (it exports: {(exports.Length == 0 ? "nothing" : exports)})",
                        socket.Side.WorldLocation(socket.World), plugs[i].Side.WorldLocation(plugs[i].World)));
                    continue;
                }
                // A plug's own imports become imports of the composition.
                foreach (var entry in plugWorld.Imports) imports.Add(new ComposedItem(plugs[i].Side, plugWorld, entry.Key, entry.Value));
            }
            var exportsOfSocket = socketWorld.Exports.Select(e => new ComposedItem(socket.Side, socketWorld, e.Key, e.Value)).ToList();
            var world = new ComposedWorld(package, name ?? socketWorld.Name, Deduplicate(imports), exportsOfSocket);
            return new CompositionResult(world, issues, plugged);
        }

        private static (int Plug, ComposedItem? Export) FindExport(ComponentWorld socket, ComposedItem wanted, IReadOnlyList<ComponentWorld> plugs, List<ComposeIssue> issues)
        {
            var wantedVersion = WorldItemNames.VersionOf(socket.Side.Resolve, wanted.Key);
            for (int i = 0; i < plugs.Count; i++)
            {
                var resolve = plugs[i].Side.Resolve;
                var plugWorld = resolve.Worlds[plugs[i].World];
                foreach (var export in plugWorld.Exports)
                {
                    if (WorldItemNames.Of(resolve, export.Key) != wanted.Name) continue;
                    var offeredVersion = WorldItemNames.VersionOf(resolve, export.Key);
                    if (!WorldItemNames.VersionsLink(wantedVersion, offeredVersion))
                    {
                        issues.Add(new ComposeIssue("compose/version-mismatch", false,
                            $"plug `{plugs[i].Label}` exports `{wanted.Name}` at version {offeredVersion?.ToString() ?? "(none)"}, which does not link with the imported version {wantedVersion?.ToString() ?? "(none)"}; the import stays unsatisfied",
                            socket.Side.WorldItemLocation(socket.World, true, wanted.Name), plugs[i].Side.WorldItemLocation(plugs[i].World, false, wanted.Name)));
                        continue;
                    }
                    return (i, new ComposedItem(plugs[i].Side, plugWorld, export.Key, export.Value));
                }
            }
            return (-1, null);
        }

        /// <summary>One import per name and version track; within a track the highest version serves all.</summary>
        private static List<ComposedItem> Deduplicate(List<ComposedItem> imports)
        {
            var result = new List<ComposedItem>();
            var index = new Dictionary<string, int>();
            foreach (var item in imports)
            {
                var version = WorldItemNames.VersionOf(item.Side.Resolve, item.Key);
                string key = item.Name + "@" + (version?.CompatibilityTrack() ?? "");
                if (!index.TryGetValue(key, out int at))
                {
                    index[key] = result.Count;
                    result.Add(item);
                }
                else if (version is not null && WorldItemNames.VersionOf(result[at].Side.Resolve, result[at].Key) is { } kept && version.CompareTo(kept) > 0)
                {
                    result[at] = item;
                }
            }
            return result;
        }

    }
}
