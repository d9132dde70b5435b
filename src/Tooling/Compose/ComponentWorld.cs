using WitSharp.Tooling.Subtyping;

namespace WitSharp.Tooling.Compose
{
    /// <summary>The world of one component taking part in a composition.</summary>
    /// <param name="Side">The loaded WIT the world comes from.</param>
    /// <param name="World">The world's index in <c>Side.Resolve.Worlds</c>.</param>
    /// <param name="Label">How messages name the component (its <c>path[:world]</c> spec).</param>
    public sealed record ComponentWorld(WitSide Side, int World, string Label);
}
