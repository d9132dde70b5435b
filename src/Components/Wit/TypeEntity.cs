using WitSharp.Components.Model;

namespace WitSharp.Components.Wit;

/// <summary>
/// One entry of a type index space while a component's types are read. Identity matters: two indices that name the
/// same entity object are the same type (an alias, an outer alias, an instance's export), which is how a <c>use</c>
/// of one interface's type by another is recognised.
/// </summary>
internal abstract class TypeEntity;

/// <summary>A type definition as written, with the scope whose indices it refers to and its offset.</summary>
internal abstract class ScopedTypeEntity<T>(T definition, TypeScope scope, int offset) : TypeEntity
{
    public T Definition { get; } = definition;
    public TypeScope Scope { get; } = scope;
    public int Offset { get; } = offset;
}

/// <summary>A defined value type (record, list, own, …).</summary>
internal sealed class ValueTypeEntity(DefinedValueType definition, TypeScope scope, int offset)
    : ScopedTypeEntity<DefinedValueType>(definition, scope, offset);

/// <summary>A function type.</summary>
internal sealed class FuncTypeEntity(FuncType definition, TypeScope scope, int offset)
    : ScopedTypeEntity<FuncType>(definition, scope, offset);

/// <summary>An instance type, read again (with fresh resources) each time something has it as its type.</summary>
internal sealed class InstanceTypeEntity(InstanceType definition, TypeScope scope, int offset)
    : ScopedTypeEntity<InstanceType>(definition, scope, offset);

/// <summary>A component type, read again each time something has it as its type.</summary>
internal sealed class ComponentTypeEntity(ComponentType definition, TypeScope scope, int offset)
    : ScopedTypeEntity<ComponentType>(definition, scope, offset);

/// <summary>A resource type: a fresh one per <c>(sub resource)</c> import or export and per <c>resource</c> definition.</summary>
internal sealed class ResourceEntity : TypeEntity;

/// <summary>
/// A new type index equal to <see cref="Target"/>: an <c>(eq i)</c> import or export, or a type export. The reference
/// decoder calls it a "created" id whose "referenced" id is the target.
/// </summary>
internal sealed class AliasEntity(TypeEntity target) : TypeEntity
{
    public TypeEntity Target { get; } = target;
}
