using System.Collections.Generic;
using WitSharp.Tooling.Subtyping;
using WitSharp.WitParser.Resolution;

namespace WitSharp.Tooling.Diff
{
    /// <summary>
    /// Checks that the <c>@since</c> gate of each added item agrees with the package versions: an addition should be
    /// gated on a version after the old package (a gate after the new package's version is already a resolution error).
    /// </summary>
    internal static class SinceGateAudit
    {
        public static IEnumerable<DiffChange> Check(IReadOnlyList<Mismatch> mismatches, int from, int to, SemanticVersion? oldVersion)
        {
            for (int i = from; i < to; i++)
            {
                var m = mismatches[i];
                if (m.Kind != MismatchKind.Extra || m.ProvidedStability.Kind != WitStabilityKind.Stable || m.ProvidedStability.Since is not { } since) continue;
                if (oldVersion is not null && since.CompareTo(oldVersion) <= 0)
                {
                    yield return new DiffChange(ChangeClass.Note, "since-before-addition", m.Subject,
                        $"added `{m.Subject}` claims @since(version = {since}), but version {oldVersion} did not have it ({DiffMessages.At(m.ProvidedAt)})",
                        null, m.ProvidedAt);
                }
            }
        }
    }
}
