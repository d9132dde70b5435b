using System.Threading;

namespace WitSharp.Components.Validation.Types;

/// <summary>
/// The identity of one abstract or defined resource type: resource types are generative, so two are equal only when
/// they are the same <see cref="ResourceId"/>. <see cref="Serial"/> grows with creation, which lets a scope tell the
/// resources it created (fresh per instantiation) from those it inherited from outer scopes.
/// </summary>
internal sealed class ResourceId
{
    private static long s_next;

    public ResourceId(string origin)
    {
        Origin = origin;
        Serial = Interlocked.Increment(ref s_next);
    }

    /// <summary>Where it was introduced, for messages (e.g. <c>import "r"</c>).</summary>
    public string Origin { get; }

    public long Serial { get; }

    public override string ToString() => $"resource#{Serial} ({Origin})";
}
