namespace WitSharp.Engine.Components.Planning;

/// <summary>
/// One resource type of a planned component: defined by a component instance of the plan (<c>(type (resource …))</c>),
/// or imported from the host. <see cref="Id"/> is its identity in handle tables and in the Canonical ABI descriptors
/// (the type id of its definition in the plan's WIT arena), fixed once per component.
/// </summary>
internal sealed class ResourceRoot
{
    public ResourceRoot(int id, string name, int node, int destructorSlot, int hostImport)
    {
        Id = id;
        Name = name;
        Node = node;
        DestructorSlot = destructorSlot;
        HostImport = hostImport;
    }

    public int Id { get; }

    /// <summary>The name it was defined or imported under, for messages.</summary>
    public string Name { get; }

    /// <summary>The implementing instance node, or -1 for a host resource.</summary>
    public int Node { get; }

    /// <summary>The slot of the core destructor function, or -1 when there is none.</summary>
    public int DestructorSlot { get; }

    /// <summary>The host import that supplies it (index into <see cref="ComponentPlan.HostImports"/>), or -1.</summary>
    public int HostImport { get; }

    public bool IsHost => Node < 0;
}
