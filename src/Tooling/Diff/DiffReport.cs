using System.Collections.Generic;
using System.Linq;

namespace WitSharp.Tooling.Diff
{
    /// <summary>The result of <see cref="WitDiff.Compare"/>: every classified change and a semver verdict per package.</summary>
    public sealed class DiffReport
    {
        /// <summary>Creates a report.</summary>
        public DiffReport(IReadOnlyList<DiffChange> changes, IReadOnlyList<PackageVerdict> verdicts)
        {
            Changes = changes;
            Verdicts = verdicts;
        }

        /// <summary>The changes, breaking ones first, then in the order found.</summary>
        public IReadOnlyList<DiffChange> Changes { get; }

        /// <summary>One verdict per package present on both sides.</summary>
        public IReadOnlyList<PackageVerdict> Verdicts { get; }

        /// <summary>The breaking changes.</summary>
        public IEnumerable<DiffChange> Breaking => Changes.Where(c => c.Class == ChangeClass.Breaking);

        /// <summary>
        /// True when some breaking change ships without a big enough version bump, or a whole package disappeared
        /// (no version can make that compatible); the command exits 1.
        /// </summary>
        public bool Fails => Verdicts.Any(v => v.BreakingWithoutMajor) || Breaking.Any(c => c.RuleId == "removed-package");
    }
}
