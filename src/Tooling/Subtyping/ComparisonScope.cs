using System.Collections.Generic;
using WitSharp.WitParser.Resolution;
using WitSharp.WitParser.Text;

namespace WitSharp.Tooling.Subtyping
{
    /// <summary>The two sides being compared and the differences found so far.</summary>
    public sealed class ComparisonScope
    {
        private readonly List<Mismatch> _mismatches = new List<Mismatch>();

        /// <summary>Creates a scope comparing <paramref name="required"/> (old, or socket) with <paramref name="provided"/> (new, or plug).</summary>
        public ComparisonScope(WitSide required, WitSide provided)
        {
            Required = required;
            Provided = provided;
        }

        /// <summary>What clients were built against.</summary>
        public WitSide Required { get; }

        /// <summary>What is offered to them.</summary>
        public WitSide Provided { get; }

        /// <summary>The differences, in the order found.</summary>
        public IReadOnlyList<Mismatch> Mismatches => _mismatches;

        /// <summary>Records an item the provided side lacks.</summary>
        public void Missing(string aspect, string subject, string? text, SourceLocation? at, WitStability stability) =>
            _mismatches.Add(new Mismatch(MismatchKind.Missing, aspect, subject, text, null, at, null, stability, WitStability.Unknown, true));

        /// <summary>
        /// Records an item only the provided side has. Additions to instances are compatible (width subtyping);
        /// additions to value types (a record field, a variant case) are not, as value types are invariant.
        /// </summary>
        public void Extra(string aspect, string subject, string? text, SourceLocation? at, WitStability stability, bool breaks) =>
            _mismatches.Add(new Mismatch(MismatchKind.Extra, aspect, subject, null, text, null, at, WitStability.Unknown, stability, breaks));

        /// <summary>Records an item that differs between the sides.</summary>
        public void Changed(string aspect, string subject, string required, string provided, SourceLocation? requiredAt, SourceLocation? providedAt,
            WitStability requiredStability, WitStability providedStability) =>
            _mismatches.Add(new Mismatch(MismatchKind.Changed, aspect, subject, required, provided, requiredAt, providedAt, requiredStability, providedStability, true));

        /// <summary>Adds a difference found by other means.</summary>
        public void Add(Mismatch mismatch) => _mismatches.Add(mismatch);
    }
}
