using System.Collections.Generic;
using WitSharp.WitParser.Diagnostics;

namespace WitSharp.Generator
{
    /// <summary>What <see cref="CSharpBindingsGenerator.Generate"/> produces: sources and diagnostics.</summary>
    public sealed class BindingsOutput
    {
        internal BindingsOutput(IReadOnlyList<GeneratedSource> sources, IReadOnlyList<Diagnostic> diagnostics)
        {
            Sources = sources;
            Diagnostics = diagnostics;
        }

        /// <summary>The generated files, one per namespace, in a stable order.</summary>
        public IReadOnlyList<GeneratedSource> Sources { get; }

        /// <summary>Warnings about unsupported constructs and errors about the request; never an exception.</summary>
        public IReadOnlyList<Diagnostic> Diagnostics { get; }
    }
}
