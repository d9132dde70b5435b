using WitSharp.Tooling.Subtyping;
using WitSharp.WitParser.Text;

namespace WitSharp.Tooling.Diff
{
    /// <summary>One classified change between two versions of a WIT package.</summary>
    /// <param name="Class">Breaking, compatible or a note.</param>
    /// <param name="RuleId">A stable id (<c>removed-function</c>, <c>changed-result</c>, <c>added-case</c>, …).</param>
    /// <param name="Subject">The item, as <c>wasi:http/types.fields.get</c>.</param>
    /// <param name="Message">A sentence naming both sides and their locations.</param>
    /// <param name="OldLocation">Where the item is in the old package, if it is there.</param>
    /// <param name="NewLocation">Where the item is in the new package, if it is there.</param>
    public sealed record DiffChange(ChangeClass Class, string RuleId, string Subject, string Message, SourceLocation? OldLocation, SourceLocation? NewLocation)
    {
        /// <summary>The location to report at: the new side when it exists (that is what a reviewer edits), else the old.</summary>
        public SourceLocation? PrimaryLocation => NewLocation ?? OldLocation;

        /// <summary>The other side's location, when both exist.</summary>
        public SourceLocation? RelatedLocation => NewLocation is null ? null : OldLocation;

        /// <summary>Builds the change for a structural mismatch between old (required) and new (provided).</summary>
        public static DiffChange FromMismatch(Mismatch m, ChangeClass cls) =>
            new DiffChange(cls, m.RuleId, m.Subject, DiffMessages.Describe(m, cls), m.RequiredAt, m.ProvidedAt);
    }
}
