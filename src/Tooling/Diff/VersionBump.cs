using WitSharp.WitParser.Resolution;

namespace WitSharp.Tooling.Diff
{
    /// <summary>The size of a version change, in semver's terms.</summary>
    public enum VersionBump
    {
        /// <summary>Same version (or an older one).</summary>
        None,
        /// <summary>Only the patch (or pre-release) part grew.</summary>
        Patch,
        /// <summary>The minor part grew.</summary>
        Minor,
        /// <summary>The major part grew.</summary>
        Major,
    }

    /// <summary>Semver rules: which bump a set of changes needs, and which bump a version change is.</summary>
    public static class SemverPolicy
    {
        /// <summary>
        /// The bump between two versions. Under 1.0.0 the leftmost non-zero part plays the role of major
        /// (Cargo's convention, which WIT tooling follows for <c>0.2</c>-style canonical versions).
        /// </summary>
        public static VersionBump Between(SemanticVersion old, SemanticVersion @new)
        {
            if (@new.CompareTo(old) <= 0) return VersionBump.None;
            var (o1, o2, o3) = Effective(old);
            var (n1, n2, n3) = Effective(@new);
            if (n1 != o1) return VersionBump.Major;
            if (n2 != o2) return VersionBump.Minor;
            return n3 != o3 || @new.PreRelease != old.PreRelease ? VersionBump.Patch : VersionBump.None;
        }

        /// <summary>The bump needed for breaking changes or additions (in 1.x terms; <see cref="Between"/> maps 0.x the same way).</summary>
        public static VersionBump Required(bool breaking, bool additions) =>
            breaking ? VersionBump.Major : additions ? VersionBump.Minor : VersionBump.None;

        /// <summary>
        /// The version part a bump of this size increments for <paramref name="old"/>: under 1.0.0 a "major" change
        /// increments the minor part (0.2 to 0.3) and a "minor" one the patch part.
        /// </summary>
        public static string Describe(VersionBump bump, SemanticVersion? old)
        {
            if (bump == VersionBump.None) return "no";
            if (old is null || old.Major != 0) return bump.ToString().ToLowerInvariant();
            if (old.Minor == 0) return "patch";
            return bump == VersionBump.Major ? "minor" : "patch";
        }

        // 0.x.y shifts left: 0.2.3 acts as major 2, minor 3; 0.0.z acts as major z.
        private static (ulong, ulong, ulong) Effective(SemanticVersion v)
        {
            if (v.Major != 0) return (v.Major, v.Minor, v.Patch);
            if (v.Minor != 0) return (v.Minor, v.Patch, 0);
            return (v.Patch, 0, 0);
        }
    }
}
