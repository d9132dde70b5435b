using WitSharp.WitParser.Resolution;
using WitSharp.WitParser.Text;

namespace WitSharp.Tooling.Diff
{
    /// <summary>Whether one package's version change is enough for what changed in it.</summary>
    /// <param name="Package">The package, <c>ns:name</c>.</param>
    /// <param name="OldVersion">The old version, if the package declares one.</param>
    /// <param name="NewVersion">The new version, if the package declares one.</param>
    /// <param name="Needed">The smallest bump the changes call for.</param>
    /// <param name="Actual">The bump made.</param>
    public sealed record PackageVerdict(string Package, SemanticVersion? OldVersion, SemanticVersion? NewVersion, VersionBump Needed, VersionBump Actual)
    {
        /// <summary>Where the new package is declared, for reports.</summary>
        public SourceLocation? NewLocation { get; init; }

        /// <summary>True when breaking changes ship without a major bump (0.x: minor): the check fails.</summary>
        public bool BreakingWithoutMajor => Needed == VersionBump.Major && Actual != VersionBump.Major;

        /// <summary>True when additions ship without a minor bump (0.x: patch): worth a warning.</summary>
        public bool AdditionsWithoutMinor => Needed == VersionBump.Minor && Actual < VersionBump.Minor;

        /// <summary>A one-line verdict.</summary>
        public string Message
        {
            get
            {
                string from = OldVersion?.ToString() ?? "(no version)", to = NewVersion?.ToString() ?? "(no version)";
                string head = $"`{Package}` {from} -> {to}";
                string needed = SemverPolicy.Describe(Needed, OldVersion), actual = SemverPolicy.Describe(Actual, OldVersion);
                if (Needed == VersionBump.None) return $"{head}: no API changes";
                string what = Needed == VersionBump.Major ? "breaking changes" : "additions";
                string rule = OldVersion is { Major: 0 } ? " (below 1.0.0 the minor number marks breaking changes)" : "";
                if (OldVersion is null || NewVersion is null) return $"{head}: {what} need a {needed} version bump, and a package without a version cannot show one";
                if (BreakingWithoutMajor || AdditionsWithoutMinor)
                    return $"{head}: {what} need a {needed} version bump{rule}, but " + (Actual == VersionBump.None ? "the version did not go up" : $"this is only a {actual} bump");
                return $"{head}: {what} need a {needed} version bump{rule}; this {actual} bump is enough";
            }
        }
    }
}
