using System.Collections.Generic;
using WitSharp.WitParser.Diagnostics;
using WitSharp.WitParser.Resolution;
using WitSharp.WitParser.Text;

namespace WitSharp.WitParser
{
    /// <summary>
    /// The outcome of loading WIT: the resolved model when there were no errors, and the diagnostics of every
    /// stage (decoding, parsing, resolution) either way.
    /// </summary>
    public sealed class WitLoadResult
    {
        internal WitLoadResult(WitResolve? resolve, IReadOnlyList<Diagnostic> diagnostics, IReadOnlyList<int> rootPackages, IReadOnlyList<SourceText> sources)
        {
            Resolve = resolve;
            Diagnostics = diagnostics;
            RootPackages = rootPackages;
            Sources = sources;
        }

        /// <summary>The resolved packages, or null when loading failed.</summary>
        public WitResolve? Resolve { get; }

        /// <summary>Every diagnostic reported, in order.</summary>
        public IReadOnlyList<Diagnostic> Diagnostics { get; }

        /// <summary>True when <see cref="Resolve"/> is available and no error was reported.</summary>
        public bool Success
        {
            get
            {
                if (Resolve is null) return false;
                foreach (var d in Diagnostics) if (d.IsError) return false;
                return true;
            }
        }

        /// <summary>
        /// Indices into <see cref="WitResolve.Packages"/> of the packages the input itself defines (not its
        /// <c>deps/</c>); the last one is the main package.
        /// </summary>
        public IReadOnlyList<int> RootPackages { get; }

        /// <summary>Every source that was read, so diagnostics can be rendered.</summary>
        public IReadOnlyList<SourceText> Sources { get; }
    }
}
