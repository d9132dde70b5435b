using WitSharp.WitParser.Lexing;
using WitSharp.WitParser.Resolution;

namespace WitSharp.Tooling.Elaboration
{
    /// <summary>
    /// The annotations of an item as WIT writes them, one per line: its gates (<c>@since(version = 0.2.0)</c>), then
    /// its <c>@external-id("…")</c>, in wit-component's printing order.
    /// </summary>
    internal static class GateText
    {
        public static void Append(IndentedText text, WitStability stability, string? externalId)
        {
            Append(text, stability);
            // The id is what the outside world binds the item by, so it is printed even where gates are left out.
            if (externalId is not null) text.Line("@external-id(" + WitStringLiteral.Quote(externalId) + ")");
        }

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
