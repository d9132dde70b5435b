using System.Linq;
using System.Text.Json.Nodes;
using WitSharp.Runtime.Resources;

namespace WitSharp.Runtime.Tests.Conformance;

/// <summary>
/// FORMAT.md rule 12: a <c>borrow</c> of a resource that the lowering instance implements lowers to the rep itself,
/// not to a handle; lifting that number back as a handle index means nothing, so the reference reports the lift
/// phase as <c>skipped</c> instead of a value or a trap.
/// </summary>
internal static class LocalBorrow
{
    /// <summary>The <c>{"skipped": …}</c> output when <paramref name="type"/> holds such a borrow, else null.</summary>
    public static JsonObject? In(CanonicalType type, ComponentInstanceState instance) =>
        Contains(type, instance)
            ? new JsonObject { ["skipped"] = "borrow of a resource the lowering instance implements lowers to its rep, which is no handle to lift" }
            : null;

    private static bool Contains(CanonicalType type, ComponentInstanceState instance) =>
        type.Kind == CanonicalTypeKind.Borrow
            ? instance.Implements(type.ResourceType)
            : (type.Element is { } element && Contains(element, instance))
                || type.Fields.Any(f => Contains(f, instance))
                || type.Cases.Any(c => c is not null && Contains(c, instance));
}
