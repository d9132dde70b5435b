using WitSharp.WitParser.Resolution;

namespace WitSharp.Tooling.Elaboration
{
    /// <summary>The gate annotations of an item as WIT writes them (<c>@since(version = 0.2.0)</c>), one per line.</summary>
    internal static class GateText
    {
        public static void Append(IndentedText text, WitStability stability)
        {
            if (!text.WriteGates) return;
            switch (stability.Kind)
            {
                case WitStabilityKind.Stable:
                    text.Line($"@since(version = {stability.Since})");
                    break;
                case WitStabilityKind.Unstable:
                    text.Line($"@unstable(feature = {stability.Feature})");
                    break;
            }
            if (stability.Deprecated is { } d) text.Line($"@deprecated(version = {d})");
        }
    }
}
