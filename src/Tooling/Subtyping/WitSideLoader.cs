using System;
using System.Collections.Generic;
using System.IO;
using WitSharp.WitParser;
using WitSharp.WitParser.Diagnostics;

namespace WitSharp.Tooling.Subtyping
{
    /// <summary>Loads the inputs of diff, compose and elaborate: a <c>.wit</c> file or a package directory with <c>deps/</c>.</summary>
    public static class WitSideLoader
    {
        /// <summary>The result of loading one input: the side on success, the front end's diagnostics either way.</summary>
        public sealed record Loaded(WitSide? Side, IReadOnlyList<Diagnostic> Diagnostics);

        /// <summary>
        /// Loads <paramref name="path"/>. Every <c>@unstable</c> feature is on unless <paramref name="options"/> says
        /// otherwise: comparisons must see unstable items to tell that changes to them carry no promise.
        /// </summary>
        public static Loaded Load(string path, WitLoadOptions? options = null)
        {
            var load = WitLoader.LoadPath(path, options ?? new WitLoadOptions { AllFeatures = true });
            return new Loaded(WitSide.FromLoad(load), load.Diagnostics);
        }

        /// <summary>
        /// Splits a <c>path[:world]</c> spec. A world name may itself contain colons (<c>ns:pkg/w</c>), so the path is
        /// the shortest prefix before a colon that exists on disk; with none, the whole text is the path.
        /// </summary>
        public static (string Path, string? World) SplitWorldSpec(string spec)
        {
            if (File.Exists(spec) || Directory.Exists(spec)) return (spec, null);
            for (int i = spec.IndexOf(':'); i > 0; i = spec.IndexOf(':', i + 1))
            {
                string prefix = spec.Substring(0, i);
                if (File.Exists(prefix) || Directory.Exists(prefix)) return (prefix, i + 1 < spec.Length ? spec.Substring(i + 1) : null);
            }
            return (spec, null);
        }


    }
}
