using System.Collections.Generic;
using WitSharp.WitParser.Lexing;
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

        /// <summary>
        /// Whether <c>@external-id</c>s are compared (<c>diff</c> turns it on). Compose leaves it off: the Component
        /// Model's type checking ignores every attribute of an import or export (Explainer.md), so a plug fits a
        /// socket whatever ids either gives.
        /// </summary>
        public bool CompareExternalIds { get; init; }

        /// <summary>The differences, in the order found.</summary>
        public IReadOnlyList<Mismatch> Mismatches => _mismatches;

        /// <summary>Records an item the provided side lacks (breaking unless <paramref name="breaks"/> says otherwise, as for a dropped world import).</summary>
        public void Missing(string aspect, string subject, string? text, SourceLocation? at, WitStability stability, bool breaks = true) =>
            _mismatches.Add(new Mismatch(MismatchKind.Missing, aspect, subject, text, null, at, null, stability, WitStability.Unknown, breaks));

        /// <summary>
        /// Records an item only the provided side has (<paramref name="requiredContainerAt"/>: where the required side's
        /// enclosing item is, for a member added to a type). Additions to instances are compatible (width subtyping);
        /// additions to value types (a record field, a variant case) are not, as value types are invariant.
        /// </summary>
        public void Extra(string aspect, string subject, string? text, SourceLocation? at, WitStability stability, bool breaks, SourceLocation? requiredContainerAt = null) =>
            _mismatches.Add(new Mismatch(MismatchKind.Extra, aspect, subject, null, text, requiredContainerAt, at, WitStability.Unknown, stability, breaks));

        /// <summary>Records an item that differs between the sides.</summary>
        public void Changed(string aspect, string subject, string required, string provided, SourceLocation? requiredAt, SourceLocation? providedAt,
            WitStability requiredStability, WitStability providedStability) =>
            _mismatches.Add(new Mismatch(MismatchKind.Changed, aspect, subject, required, provided, requiredAt, providedAt, requiredStability, providedStability, true));

        /// <summary>
        /// Records a change of gate on an item both sides have: stabilising (<c>@unstable</c> to <c>@since</c>) or
        /// deprecating is compatible; making a stable item unstable takes it away from clients without the feature.
        /// </summary>
        public void GateChange(string subject, WitStability required, WitStability provided, SourceLocation? requiredAt, SourceLocation? providedAt)
        {
            bool wasUnstable = required.Kind == WitStabilityKind.Unstable, isUnstable = provided.Kind == WitStabilityKind.Unstable;
            bool newlyDeprecated = required.Deprecated is null && provided.Deprecated is not null;
            if (wasUnstable == isUnstable && !newlyDeprecated) return;
            string aspect = wasUnstable == isUnstable ? "deprecation" : "gate";
            _mismatches.Add(new Mismatch(MismatchKind.Changed, aspect, subject, GateText(required), GateText(provided), requiredAt, providedAt,
                WitStability.Unknown, WitStability.Unknown, !wasUnstable && isUnstable));
        }

        /// <summary>The annotation text of a gate: <c>@since(version = 0.2.0)</c>, <c>@unstable(feature = x)</c> or <c>no gate</c>.</summary>
        public static string GateText(WitStability s)
        {
            string text = s.Kind switch
            {
                WitStabilityKind.Stable => $"@since(version = {s.Since})",
                WitStabilityKind.Unstable => $"@unstable(feature = {s.Feature})",
                _ => "no gate",
            };
            return s.Deprecated is { } d ? text + $" @deprecated(version = {d})" : text;
        }

        /// <summary>
        /// Records an <c>@external-id</c> added, removed or changed on an item both sides have, when
        /// <see cref="CompareExternalIds"/> is on. Every such change breaks: type checking ignores the id, but the
        /// outside world binds the item by it (ESM-integration takes it as the module specifier, a platform as its
        /// store's name), falling back to the plain name only when there is none, so hosts set up for the old
        /// binding no longer find what they provide or call.
        /// </summary>
        public void ExternalIdChange(string subject, string? required, string? provided, SourceLocation? requiredAt, SourceLocation? providedAt,
            WitStability requiredStability, WitStability providedStability)
        {
            if (!CompareExternalIds || required == provided) return;
            var kind = required is null ? MismatchKind.Extra : provided is null ? MismatchKind.Missing : MismatchKind.Changed;
            _mismatches.Add(new Mismatch(kind, "external-id", subject, ExternalIdText(required), ExternalIdText(provided), requiredAt, providedAt,
                requiredStability, providedStability, true));
        }

        /// <summary><c>@external-id("…")</c> as WIT writes it, or null for no id.</summary>
        public static string? ExternalIdText(string? id) => id is null ? null : "@external-id(" + WitStringLiteral.Quote(id) + ")";

        /// <summary>Adds a difference found by other means.</summary>
        public void Add(Mismatch mismatch) => _mismatches.Add(mismatch);
    }
}
