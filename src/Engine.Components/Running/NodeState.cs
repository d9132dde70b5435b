using WitSharp.Engine.Components.Planning;
using WitSharp.Runtime.Resources;

namespace WitSharp.Engine.Components.Running;

/// <summary>
/// The spec's per-<c>ComponentInstance</c> state of one node of a running component: its flags and handle table.
/// <see cref="MayEnter"/> is cleared while a call is inside the instance (re-entrance traps);
/// <see cref="MayLeave"/> while its <c>cabi_realloc</c> or post-return runs (imports and resource built-ins trap).
/// </summary>
internal sealed class NodeState
{
    public NodeState(int parent, ComponentInstanceState state)
    {
        Parent = parent;
        State = state;
    }

    public int Parent { get; }

    public ComponentInstanceState State { get; }

    public bool MayEnter = true;

    public bool MayLeave = true;
}
