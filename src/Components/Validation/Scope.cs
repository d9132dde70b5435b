using System.Collections.Generic;
using WitSharp.Components.Model;
using WitSharp.Components.Validation.Types;

namespace WitSharp.Components.Validation;

/// <summary>What kind of scope the validator is in: it decides which definitions and aliases are allowed.</summary>
internal enum ScopeKind
{
    Component,
    ComponentType,
    InstanceType,
    ModuleType,
}

/// <summary>
/// The index spaces of one scope (a component, component type, instance type or module type) as validation builds them,
/// plus its imports and exports by name. Outer aliases reach enclosing scopes through <see cref="Parent"/>.
/// </summary>
internal sealed class Scope
{
    private readonly List<CoreEntity>[] _core = { new(), new(), new(), new(), new() };

    public Scope(ScopeKind kind, Scope? parent, long freshFrom)
    {
        Kind = kind;
        Parent = parent;
        FreshFrom = freshFrom;
    }

    public ScopeKind Kind { get; }

    public Scope? Parent { get; }

    /// <summary>The first resource serial created in this scope (see <see cref="ResourceId.Serial"/>).</summary>
    public long FreshFrom { get; }

    public List<TypeNode> CoreTypes { get; } = new();
    public List<ModuleTypeNode> CoreModules { get; } = new();
    public List<CoreInstanceNode> CoreInstances { get; } = new();
    public List<FuncTypeNode> Funcs { get; } = new();
    public List<ValueTypeNode> Values { get; } = new();
    public List<TypeNode> Types { get; } = new();
    public List<ComponentTypeNode> Components { get; } = new();
    public List<InstanceTypeNode> Instances { get; } = new();

    /// <summary>Imports by name, in order.</summary>
    public Dictionary<string, ExternEntity> Imports { get; } = new();

    /// <summary>Exports by name, in order.</summary>
    public Dictionary<string, ExternEntity> Exports { get; } = new();

    /// <summary>Strong-uniqueness keys of the imports and exports (<see cref="ExternNameSyntax.StrongUniquenessKey"/>).</summary>
    public Dictionary<string, string> ImportKeys { get; } = new();
    public Dictionary<string, string> ExportKeys { get; } = new();

    /// <summary>Resources imported or exported under a plain label, for <c>[method]r.f</c> checks (imports and exports apart).</summary>
    public Dictionary<string, ResourceId> ImportedResourceNames { get; } = new();
    public Dictionary<string, ResourceId> ExportedResourceNames { get; } = new();

    /// <summary>The abstract resources this scope's imports introduce.</summary>
    public List<ResourceId> ImportedResources { get; } = new();

    /// <summary>Resources that an import or export names, so that exports may use them (export visibility).</summary>
    public HashSet<ResourceId> NamedResources { get; } = new();

    /// <summary>The core items of one core sort (func, table, memory, global, tag).</summary>
    public List<CoreEntity> Core(Sort sort) => _core[(int)sort];

    /// <summary>The number of items in <paramref name="sort"/>'s index space.</summary>
    public int Count(Sort sort) => sort switch
    {
        Sort.CoreFunc or Sort.CoreTable or Sort.CoreMemory or Sort.CoreGlobal or Sort.CoreTag => _core[(int)sort].Count,
        Sort.CoreType => CoreTypes.Count,
        Sort.CoreModule => CoreModules.Count,
        Sort.CoreInstance => CoreInstances.Count,
        Sort.Func => Funcs.Count,
        Sort.Value => Values.Count,
        Sort.Type => Types.Count,
        Sort.Component => Components.Count,
        _ => Instances.Count,
    };

    /// <summary>Adds an imported, exported or aliased item to its index space.</summary>
    public void Add(ExternEntity entity)
    {
        switch (entity.Kind)
        {
            case ExternKind.CoreModule: CoreModules.Add((ModuleTypeNode)entity.Type); break;
            case ExternKind.Func: Funcs.Add((FuncTypeNode)entity.Type); break;
            case ExternKind.Value: Values.Add((ValueTypeNode)entity.Type); break;
            case ExternKind.Type: Types.Add(entity.Type); break;
            case ExternKind.Component: Components.Add((ComponentTypeNode)entity.Type); break;
            default: Instances.Add((InstanceTypeNode)entity.Type); break;
        }
    }

    /// <summary>The item at <paramref name="index"/> of a component-level sort (or core module) as an extern entity, or null if out of range.</summary>
    public ExternEntity? Entity(Sort sort, uint index)
    {
        if (index >= (uint)Count(sort)) return null;
        int i = (int)index;
        return sort switch
        {
            Sort.CoreModule => new ExternEntity(ExternKind.CoreModule, CoreModules[i]),
            Sort.Func => new ExternEntity(ExternKind.Func, Funcs[i]),
            Sort.Value => new ExternEntity(ExternKind.Value, Values[i]),
            Sort.Type => new ExternEntity(ExternKind.Type, Types[i]),
            Sort.Component => new ExternEntity(ExternKind.Component, Components[i]),
            Sort.Instance => new ExternEntity(ExternKind.Instance, Instances[i]),
            _ => null,
        };
    }

    /// <summary>The core item at <paramref name="index"/> of a core sort with an entity (func, table, memory, global, tag), or null.</summary>
    public CoreEntity? CoreItem(Sort sort, uint index)
    {
        if (sort > Sort.CoreTag) return null;
        List<CoreEntity> space = _core[(int)sort];
        return index < (uint)space.Count ? space[(int)index] : null;
    }
}
