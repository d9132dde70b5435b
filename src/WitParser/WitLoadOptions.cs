using System;
using System.Collections.Generic;

namespace WitSharp.WitParser
{
    /// <summary>Options for <see cref="WitLoader"/>: which <c>@unstable(feature = …)</c> items are active.</summary>
    public sealed class WitLoadOptions
    {
        /// <summary>The names of the active features; items gated on other features are removed.</summary>
        public IReadOnlyCollection<string> Features { get; init; } = Array.Empty<string>();

        /// <summary>When true every <c>@unstable</c> item is kept, whatever its feature.</summary>
        public bool AllFeatures { get; init; }
    }
}
