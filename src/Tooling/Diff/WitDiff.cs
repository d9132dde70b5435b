using System.Collections.Generic;
using System.Linq;
using WitSharp.Tooling.Subtyping;
using WitSharp.WitParser.Resolution;

namespace WitSharp.Tooling.Diff
{
    /// <summary>
    /// Semantic diff of two versions of WIT packages: packages, interfaces, worlds, types and functions are
    /// matched by name and every difference is classified by the Component Model's subtyping rules.
    /// </summary>
    public static class WitDiff
    {
        /// <summary>Compares the root packages of <paramref name="old"/> with those of <paramref name="new"/>.</summary>
        public static DiffReport Compare(WitSide old, WitSide @new)
        {
            var scope = new ComparisonScope(old, @new) { CompareExternalIds = true };
            var matched = new List<(WitPackage Old, WitPackage New)>();
            var oldPackages = old.RootPackages.Select(i => old.Resolve.Packages[i]).ToList();
            var newPackages = @new.RootPackages.Select(i => @new.Resolve.Packages[i]).ToList();
            foreach (var op in oldPackages)
            {
                // The same package at the same version first: one document may hold a package at two versions
                // side by side (a world exporting api@1.0.0 and api@2.0.0), and each must meet its own version.
                // Otherwise the one package of that name, so that a version bump compares old with new.
                var np = newPackages.FirstOrDefault(p => p.Name.WithoutVersion == op.Name.WithoutVersion && Equals(p.Name.Version, op.Name.Version))
                    ?? (oldPackages.Count(p => p.Name.WithoutVersion == op.Name.WithoutVersion) == 1
                        ? newPackages.FirstOrDefault(p => p.Name.WithoutVersion == op.Name.WithoutVersion)
                        : null);
                if (np is null) scope.Missing("package", op.Name.WithoutVersion, null, old.PackageLocation(op.Name.WithoutVersion), WitStability.Unknown);
                else matched.Add((op, np));
            }
            foreach (var np in newPackages)
            {
                if (!oldPackages.Any(p => p.Name.WithoutVersion == np.Name.WithoutVersion))
                    scope.Extra("package", np.Name.WithoutVersion, null, @new.PackageLocation(np.Name.WithoutVersion), WitStability.Unknown, breaks: false);
            }
            var worlds = new WorldDiff(scope);
            var perPackage = new List<(string Package, int From, int To)>();
            foreach (var (op, np) in matched)
            {
                int from = scope.Mismatches.Count;
                ComparePackage(scope, worlds, op, np);
                perPackage.Add((op.Name.WithoutVersion, from, scope.Mismatches.Count));
            }
            var changes = scope.Mismatches.Select(m => DiffChange.FromMismatch(m, Classify(m))).ToList();
            var verdicts = matched.Select((pair, i) => Verdict(@new, pair.Old, pair.New, changes, perPackage[i].From, perPackage[i].To)).ToList();
            for (int i = 0; i < matched.Count; i++)
                changes.AddRange(SinceGateAudit.Check(scope.Mismatches, perPackage[i].From, perPackage[i].To, matched[i].Old.Name.Version));
            var ordered = changes.OrderBy(c => c.Class).ToList();
            return new DiffReport(ordered, verdicts);
        }

        private static void ComparePackage(ComparisonScope scope, WorldDiff worlds, WitPackage op, WitPackage np)
        {
            string pkg = op.Name.WithoutVersion;
            var oldResolve = scope.Required.Resolve;
            var newResolve = scope.Provided.Resolve;
            var or = scope.Required;
            var nr = scope.Provided;
            NameMatcher.Match(op.Interfaces, np.Interfaces,
                (name, id) => scope.Missing("interface", pkg + "/" + name, null, or.InterfaceLocation(id), oldResolve.Interfaces[id].Stability),
                (name, oi, ni) =>
                {
                    scope.GateChange(pkg + "/" + name, oldResolve.Interfaces[oi].Stability, newResolve.Interfaces[ni].Stability, or.InterfaceLocation(oi), nr.InterfaceLocation(ni));
                    InterfaceComparer.Compare(scope, pkg + "/" + name, oi, ni);
                },
                (name, id) => scope.Extra("interface", pkg + "/" + name, null, nr.InterfaceLocation(id), newResolve.Interfaces[id].Stability, breaks: false));
            NameMatcher.Match(op.Worlds, np.Worlds,
                (name, id) => scope.Missing("world", pkg + "/" + name, null, or.WorldLocation(id), oldResolve.Worlds[id].Stability),
                (name, ow, nw) => worlds.Compare(pkg + "/" + name, ow, nw),
                (name, id) => scope.Extra("world", pkg + "/" + name, null, nr.WorldLocation(id), newResolve.Worlds[id].Stability, breaks: false));
        }

        /// <summary>
        /// Breaking unless the item is <c>@unstable</c> (no promise) or the change is an addition that cannot
        /// break; additions whose <c>@since</c> disagrees with the versions become notes as well as additions.
        /// </summary>
        private static ChangeClass Classify(Mismatch m)
        {
            if (m.IsUnstable) return ChangeClass.Note;
            if (m.Aspect == "deprecation" || (m.Aspect == "interface-version" && !m.Breaks)) return ChangeClass.Note;
            return m.Breaks ? ChangeClass.Breaking : ChangeClass.Compatible;
        }

        private static PackageVerdict Verdict(WitSide newSide, WitPackage op, WitPackage np, List<DiffChange> changes, int from, int to)
        {
            bool breaking = false, additions = false;
            for (int i = from; i < to; i++)
            {
                breaking |= changes[i].Class == ChangeClass.Breaking;
                additions |= changes[i].Class == ChangeClass.Compatible;
            }
            var needed = SemverPolicy.Required(breaking, additions);
            var actual = op.Name.Version is { } ov && np.Name.Version is { } nv ? SemverPolicy.Between(ov, nv) : VersionBump.None;
            return new PackageVerdict(op.Name.WithoutVersion, op.Name.Version, np.Name.Version, needed, actual) { NewLocation = newSide.PackageLocation(np.Name.WithoutVersion) };
        }
    }
}
