using WitSharp.WitParser.Resolution;
using WitSharp.WitParser.Text;

namespace WitSharp.Tooling.Subtyping
{
    /// <summary>How a provided item differs from the required one.</summary>
    public enum MismatchKind
    {
        /// <summary>The required side has the item; the provided side lacks it.</summary>
        Missing,
        /// <summary>The provided side has an item the required side does not (an addition).</summary>
        Extra,
        /// <summary>Both sides have the item but it differs.</summary>
        Changed,
    }

    /// <summary>
    /// One structural difference between a required item (what a client was built against: the old package, or a
    /// socket's import) and a provided item (the new package, or a plug's export).
    /// </summary>
    /// <param name="Kind">Missing, extra or changed.</param>
    /// <param name="Aspect">What differs: <c>function</c>, <c>type</c>, <c>field</c>, <c>case</c>, <c>flag</c>, <c>parameter</c>, <c>result</c>, <c>kind</c>, <c>interface</c>, <c>import</c>, <c>export</c>.</param>
    /// <param name="Subject">The qualified item, as <c>wasi:http/types.fields.get</c>.</param>
    /// <param name="Required">The required side's spelling (a type, a signature), when it has one.</param>
    /// <param name="Provided">The provided side's spelling, when it has one.</param>
    /// <param name="RequiredAt">Where the required item is declared.</param>
    /// <param name="ProvidedAt">Where the provided item is declared.</param>
    /// <param name="RequiredStability">The required item's gate.</param>
    /// <param name="ProvidedStability">The provided item's gate.</param>
    /// <param name="Breaks">True when clients of the required side can fail against the provided side.</param>
    public sealed record Mismatch(
        MismatchKind Kind,
        string Aspect,
        string Subject,
        string? Required,
        string? Provided,
        SourceLocation? RequiredAt,
        SourceLocation? ProvidedAt,
        WitStability RequiredStability,
        WitStability ProvidedStability,
        bool Breaks)
    {
        /// <summary>A stable rule id: <c>removed-function</c>, <c>added-case</c>, <c>changed-result</c>, …</summary>
        public string RuleId => (Kind switch { MismatchKind.Missing => "removed-", MismatchKind.Extra => "added-", _ => "changed-" }) + Aspect;

        /// <summary>True when either side is <c>@unstable</c>: such items carry no compatibility promise.</summary>
        public bool IsUnstable => RequiredStability.Kind == WitStabilityKind.Unstable || ProvidedStability.Kind == WitStabilityKind.Unstable;
    }
}
