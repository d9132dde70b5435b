using System.Collections.Generic;
using WitSharp.Components.Model;

namespace WitSharp.Components.Validation.Types;

/// <summary>
/// What one entry of a type index space is after validation: the structural AST the Explainer compares types by, with
/// indices resolved away and resources as <see cref="ResourceId"/>s.
/// </summary>
internal abstract class TypeNode
{
    public abstract string Describe();

    public override string ToString() => Describe();
}

/// <summary>A resource type (defined here, or abstract from an import/export bound).</summary>
internal sealed class ResourceTypeNode : TypeNode
{
    public ResourceTypeNode(ResourceId id, bool definedHere, uint? destructor = null)
    {
        Id = id;
        DefinedHere = definedHere;
        Destructor = destructor;
    }

    public ResourceId Id { get; }

    /// <summary>True for a <c>(resource (rep i32))</c> definition of the validating component (resource.new/rep allowed).</summary>
    public bool DefinedHere { get; }

    public uint? Destructor { get; }

    public override string Describe() => Id.ToString();
}

/// <summary>A function type.</summary>
internal sealed class FuncTypeNode : TypeNode
{
    public FuncTypeNode(bool isAsync, IReadOnlyList<(string Label, ValueTypeNode Type)> parameters, ValueTypeNode? result)
    {
        IsAsync = isAsync;
        Parameters = parameters;
        Result = result;
    }

    public bool IsAsync { get; }

    public IReadOnlyList<(string Label, ValueTypeNode Type)> Parameters { get; }

    public ValueTypeNode? Result { get; }

    public override string Describe()
    {
        var parts = new List<string>();
        foreach (var (label, type) in Parameters) parts.Add($"{label}: {type.Describe()}");
        return $"func({string.Join(", ", parts)})" + (Result is null ? "" : " -> " + Result.Describe());
    }
}

/// <summary>An instance type: named exports.</summary>
internal sealed class InstanceTypeNode : TypeNode
{
    public InstanceTypeNode(IReadOnlyDictionary<string, ExternEntity> exports, long freshFrom)
    {
        Exports = exports;
        FreshFrom = freshFrom;
    }

    public IReadOnlyDictionary<string, ExternEntity> Exports { get; }

    /// <summary>Resources with a serial at or above this were introduced inside the type (abstract per import).</summary>
    public long FreshFrom { get; }

    public override string Describe() => $"instance {{{string.Join(", ", Exports.Keys)}}}";
}

/// <summary>A component type: named imports and exports.</summary>
internal sealed class ComponentTypeNode : TypeNode
{
    public ComponentTypeNode(IReadOnlyDictionary<string, ExternEntity> imports, IReadOnlyDictionary<string, ExternEntity> exports,
        IReadOnlyCollection<ResourceId> importedResources, long freshFrom)
    {
        Imports = imports;
        Exports = exports;
        ImportedResources = importedResources;
        FreshFrom = freshFrom;
    }

    public IReadOnlyDictionary<string, ExternEntity> Imports { get; }

    public IReadOnlyDictionary<string, ExternEntity> Exports { get; }

    /// <summary>The abstract resources the imports introduce: instantiation substitutes the supplied types for them.</summary>
    public IReadOnlyCollection<ResourceId> ImportedResources { get; }

    /// <summary>Resources with a serial at or above this (not imported) are generated afresh by each instantiation.</summary>
    public long FreshFrom { get; }

    public override string Describe() => $"component (imports {string.Join(", ", Imports.Keys)}; exports {string.Join(", ", Exports.Keys)})";
}

/// <summary>A core module type: imports and exports with core types.</summary>
internal sealed class ModuleTypeNode : TypeNode
{
    public ModuleTypeNode(IReadOnlyList<(string Module, string Name, CoreEntity Type)> imports, IReadOnlyDictionary<string, CoreEntity> exports)
    {
        Imports = imports;
        Exports = exports;
    }

    public IReadOnlyList<(string Module, string Name, CoreEntity Type)> Imports { get; }

    public IReadOnlyDictionary<string, CoreEntity> Exports { get; }

    public override string Describe() => $"core module ({Imports.Count} imports, {Exports.Count} exports)";
}

/// <summary>A core type that components cannot use beyond indexing (GC struct and array types).</summary>
internal sealed class OpaqueCoreTypeNode : TypeNode
{
    public OpaqueCoreTypeNode(CoreDefinedType type) => Type = type;

    public CoreDefinedType Type { get; }

    public override string Describe() => Type.GetType().Name;
}

/// <summary>A core function type in the core type index space.</summary>
internal sealed class CoreFuncTypeNode : TypeNode
{
    public CoreFuncTypeNode(CoreFuncType type) => Type = type;

    public CoreFuncType Type { get; }

    public override string Describe() => Type.ToString();
}

/// <summary>A resolved core item: its sort, the function type for functions and tags, the extern type otherwise.</summary>
/// <param name="Sort">The core sort.</param>
/// <param name="Func">For functions and tags: the signature.</param>
/// <param name="Type">For tables, memories and globals: the type.</param>
internal sealed record CoreEntity(Sort Sort, CoreFuncType? Func, CoreExternType? Type)
{
    public string Describe() => Func is not null ? $"{Sort.ToText()} {Func}" : $"{Sort.ToText()} {Type}";
}

/// <summary>A core instance: named core exports.</summary>
internal sealed class CoreInstanceNode
{
    public CoreInstanceNode(IReadOnlyDictionary<string, CoreEntity> exports) => Exports = exports;

    public IReadOnlyDictionary<string, CoreEntity> Exports { get; }
}

/// <summary>
/// The type of a component-level item (what an <c>externtype</c> describes): a function, value, type, component,
/// instance or core module.
/// </summary>
/// <param name="Kind">The item's kind.</param>
/// <param name="Type">Its type: a <see cref="FuncTypeNode"/>, a <see cref="ValueTypeNode"/> (value), the type itself (type),
/// a <see cref="ComponentTypeNode"/>, an <see cref="InstanceTypeNode"/> or a <see cref="ModuleTypeNode"/>.</param>
internal sealed record ExternEntity(ExternKind Kind, TypeNode Type)
{
    public Sort Sort => Kind.ToSort();

    public string Describe() => $"{Sort.ToText()} {Type.Describe()}";
}
