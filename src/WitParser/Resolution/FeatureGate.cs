using System.Collections.Generic;
using WitSharp.WitParser.Diagnostics;
using WitSharp.WitParser.Text;

namespace WitSharp.WitParser.Resolution
{
    /// <summary>
    /// Decides whether a gated item is kept: unannotated and <c>@since</c> items always are (after checking
    /// that the version is released in a versioned package), <c>@unstable</c> ones only when their feature is
    /// active.
    /// </summary>
    internal sealed class FeatureGate
    {
        private readonly HashSet<string> _features;
        private readonly bool _all;

        public FeatureGate(IEnumerable<string> features, bool all)
        {
            _features = new HashSet<string>(features);
            _all = all;
        }

        public bool Includes(WitStability stability, WitPackage package, SourceLocation? location)
        {
            switch (stability.Kind)
            {
                case WitStabilityKind.Stable:
                    var version = package.Name.Version;
                    if (version is null)
                    {
                        throw ResolutionException.At(DiagnosticCodes.GateWithoutPackageVersion,
                            $"package [{package.Name}] contains a feature gate with a version specifier, so it must have a version", location);
                    }
                    if (stability.Since!.CompareTo(version) > 0)
                    {
                        throw ResolutionException.At(DiagnosticCodes.UnreleasedVersion,
                            $"feature gate cannot reference unreleased version {stability.Since} of package [{package.Name}] (current version {version})", location);
                    }
                    return true;
                case WitStabilityKind.Unstable:
                    return _all || _features.Contains(stability.Feature!);
                default:
                    return true;
            }
        }
    }
}
