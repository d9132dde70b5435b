using System.Collections.Generic;
using System.Linq;

namespace WitSharp.Tooling.Compose
{
    /// <summary>The outcome of <see cref="WorldComposer.Compose"/>.</summary>
    public sealed class CompositionResult
    {
        /// <summary>Creates a result.</summary>
        public CompositionResult(ComposedWorld world, IReadOnlyList<ComposeIssue> issues, IReadOnlyList<(string Import, string Plug)> plugged)
        {
            World = world;
            Issues = issues;
            Plugged = plugged;
        }

        /// <summary>The composed world (meaningful when <see cref="Success"/>).</summary>
        public ComposedWorld World { get; }

        /// <summary>Every incompatibility and note found.</summary>
        public IReadOnlyList<ComposeIssue> Issues { get; }

        /// <summary>Which socket import each plug satisfied.</summary>
        public IReadOnlyList<(string Import, string Plug)> Plugged { get; }

        /// <summary>True when no issue is an error.</summary>
        public bool Success => !Issues.Any(i => i.IsError);
    }
}
