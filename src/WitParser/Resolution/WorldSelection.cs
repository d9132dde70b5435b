using System.Collections.Generic;

namespace WitSharp.WitParser.Resolution
{
    /// <summary>Chooses the world a tool works on, the way the reference tools do.</summary>
    public static class WorldSelection
    {
        /// <summary>
        /// Selects a world. <paramref name="name"/> is a world of the main package (<c>w</c>), a qualified world
        /// (<c>ns:pkg/w</c> or <c>ns:pkg/w@1.0.0</c>), or null for the main package's only world. The main package
        /// is the last of <paramref name="rootPackages"/>. Returns false with a message when there is no such world.
        /// </summary>
        public static bool TrySelect(WitResolve resolve, IReadOnlyList<int> rootPackages, string? name, out int world, out string? error)
        {
            world = -1;
            error = null;
            if (rootPackages.Count == 0)
            {
                error = "No main packages defined";
                return false;
            }
            var main = resolve.Packages[rootPackages[rootPackages.Count - 1]];
            if (name is null)
            {
                if (main.Worlds.Count == 1)
                {
                    world = main.Worlds[0].Value;
                    return true;
                }
                // wit-parser's select_world words (it lists the worlds after the colon; callers print that list).
                error = main.Worlds.Count == 0
                    ? $"The main package `{main.Name}` contains no worlds"
                    : $"There are multiple worlds in `{main.Name}`; one must be explicitly chosen";
                return false;
            }

            var package = main;
            string worldName = name;
            int slash = name.IndexOf('/');
            if (name.IndexOf(':') >= 0 && slash > 0)
            {
                string packagePart = name.Substring(0, slash);
                worldName = name.Substring(slash + 1);
                int at = worldName.IndexOf('@');
                if (at >= 0)
                {
                    packagePart += worldName.Substring(at);
                    worldName = worldName.Substring(0, at);
                }
                if (FindPackage(resolve, packagePart, out error) is not { } found) return false;
                package = found;
            }
            if (package.Worlds.TryGetValue(worldName, out world)) return true;
            error = $"World `{worldName}` not found in package `{package.Name}`";
            return false;
        }

        private static WitPackage? FindPackage(WitResolve resolve, string name, out string? error)
        {
            error = null;
            if (resolve.PackageNames.TryGetValue(name, out int id)) return resolve.Packages[id];
            // Without a version, accept the one package of that name whatever its version; two versions are
            // ambiguous, in select_world's words (it names the first two it meets).
            WitPackage? match = null;
            foreach (var p in resolve.Packages)
            {
                if (p.Name.WithoutVersion != name || p.Name.Version is null) continue;
                if (match is not null)
                {
                    error = $"package name `{name}` is available at both versions {match.Name.Version} and {p.Name.Version} but which is not specified";
                    return null;
                }
                match = p;
            }
            if (match is null) error = $"unknown package `{name}`";
            return match;
        }
    }
}
