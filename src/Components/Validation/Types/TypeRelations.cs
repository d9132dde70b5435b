using System.Collections.Generic;
using WitSharp.Components.Model;

namespace WitSharp.Components.Validation.Types;

/// <summary>
/// Type equality, subtyping and resource substitution over the validator's type nodes (Explainer "Type Checking"):
/// value and function types are compared structurally; instance, component and module types by name, a subtype
/// exporting more and importing less; resources by identity after substitution.
/// </summary>
internal static class TypeRelations
{
    /// <summary>
    /// Whether <paramref name="actual"/> may be supplied where <paramref name="expected"/> is declared. Abstract resources
    /// of <paramref name="expected"/> listed in <paramref name="bindable"/> are bound to the supplied resources in
    /// <paramref name="bindings"/> on first use (how instantiation substitutes type imports).
    /// </summary>
    public static bool IsSubtype(ExternEntity actual, ExternEntity expected, Dictionary<ResourceId, ResourceId> bindings,
        IReadOnlyCollection<ResourceId> bindable, out string reason)
    {
        reason = "";
        if (actual.Kind != expected.Kind)
        {
            reason = $"expected a {expected.Sort.ToText()}, found a {actual.Sort.ToText()}";
            return false;
        }
        return IsSubtype(actual.Type, expected.Type, bindings, bindable, out reason);
    }

    public static bool IsSubtype(TypeNode actual, TypeNode expected, Dictionary<ResourceId, ResourceId> bindings,
        IReadOnlyCollection<ResourceId> bindable, out string reason)
    {
        reason = "";
        switch (expected)
        {
            case ResourceTypeNode expectedResource:
            {
                if (actual is not ResourceTypeNode actualResource)
                {
                    reason = $"expected a resource type, found {actual.Describe()}";
                    return false;
                }
                if (bindings.TryGetValue(expectedResource.Id, out ResourceId? bound))
                {
                    if (bound == actualResource.Id) return true;
                }
                else if (Contains(bindable, expectedResource.Id))
                {
                    bindings[expectedResource.Id] = actualResource.Id;
                    return true;
                }
                else if (expectedResource.Id == actualResource.Id) return true;
                reason = $"resource types differ: {actualResource.Id} is not {expectedResource.Id}";
                return false;
            }
            case ValueTypeNode expectedValue:
            {
                if (actual is ValueTypeNode actualValue && actualValue.StructurallyEquals(expectedValue.Substitute(bindings))) return true;
                reason = $"value types differ: {actual.Describe()} is not {expectedValue.Substitute(bindings).Describe()}";
                return false;
            }
            case FuncTypeNode expectedFunc:
                return FuncEquals(actual as FuncTypeNode, expectedFunc, bindings, out reason);
            case InstanceTypeNode expectedInstance:
            {
                if (actual is not InstanceTypeNode actualInstance)
                {
                    reason = $"expected an instance type, found {actual.Describe()}";
                    return false;
                }
                return ExportsCover(actualInstance.Exports, expectedInstance.Exports, bindings, bindable, out reason);
            }
            case ComponentTypeNode expectedComponent:
            {
                if (actual is not ComponentTypeNode actualComponent)
                {
                    reason = $"expected a component type, found {actual.Describe()}";
                    return false;
                }
                // Contravariant imports: everything the actual component imports must be offered by the expected one.
                foreach (var (name, actualImport) in actualComponent.Imports)
                {
                    if (!expectedComponent.Imports.TryGetValue(name, out ExternEntity? offered))
                    {
                        reason = $"the component imports `{name}`, which the expected type does not provide";
                        return false;
                    }
                    var local = new Dictionary<ResourceId, ResourceId>(bindings);
                    if (!IsSubtype(offered, actualImport, local, actualComponent.ImportedResources, out string inner))
                    {
                        reason = $"import `{name}`: {inner}";
                        return false;
                    }
                }
                return ExportsCover(actualComponent.Exports, expectedComponent.Exports, bindings, bindable, out reason);
            }
            case ModuleTypeNode expectedModule:
            {
                if (actual is not ModuleTypeNode actualModule)
                {
                    reason = $"expected a core module type, found {actual.Describe()}";
                    return false;
                }
                foreach (var (module, name, type) in actualModule.Imports)
                {
                    bool found = false;
                    foreach (var (m, n, offered) in expectedModule.Imports)
                    {
                        if (m != module || n != name) continue;
                        found = CoreEntityMatches(offered, type, out reason);
                        if (!found) { reason = $"import `{module}` `{name}`: {reason}"; return false; }
                    }
                    if (!found)
                    {
                        reason = $"the module imports `{module}` `{name}`, which the expected type does not provide";
                        return false;
                    }
                }
                foreach (var (name, type) in expectedModule.Exports)
                {
                    if (!actualModule.Exports.TryGetValue(name, out CoreEntity? export))
                    {
                        reason = $"the module does not export `{name}`";
                        return false;
                    }
                    if (!CoreEntityMatches(export, type, out reason)) { reason = $"export `{name}`: {reason}"; return false; }
                }
                return true;
            }
            case CoreFuncTypeNode expectedCore:
                if (actual is CoreFuncTypeNode actualCore && actualCore.Type.SignatureEquals(expectedCore.Type)) return true;
                reason = $"core function types differ: {actual.Describe()} is not {expectedCore.Describe()}";
                return false;
            default:
                if (ReferenceEquals(actual, expected)) return true;
                reason = $"{actual.Describe()} is not {expected.Describe()}";
                return false;
        }
    }

    private static bool ExportsCover(IReadOnlyDictionary<string, ExternEntity> actual, IReadOnlyDictionary<string, ExternEntity> expected,
        Dictionary<ResourceId, ResourceId> bindings, IReadOnlyCollection<ResourceId> bindable, out string reason)
    {
        reason = "";
        foreach (var (name, expectedExport) in expected)
        {
            if (!actual.TryGetValue(name, out ExternEntity? actualExport))
            {
                reason = $"missing export `{name}`";
                return false;
            }
            // Abstract resources the expected type exports are bound to the actual ones, as the Explainer's ∃ rule allows.
            var exportedAbstract = new List<ResourceId>(bindable);
            if (expectedExport.Type is ResourceTypeNode resource && !bindings.ContainsKey(resource.Id)) exportedAbstract.Add(resource.Id);
            if (!IsSubtype(actualExport, expectedExport, bindings, exportedAbstract, out string inner))
            {
                reason = $"export `{name}`: {inner}";
                return false;
            }
        }
        return true;
    }

    private static bool FuncEquals(FuncTypeNode? actual, FuncTypeNode expected, Dictionary<ResourceId, ResourceId> bindings, out string reason)
    {
        reason = "";
        if (actual is null)
        {
            reason = "expected a function type";
            return false;
        }
        if (actual.IsAsync != expected.IsAsync || actual.Parameters.Count != expected.Parameters.Count || (actual.Result is null) != (expected.Result is null))
        {
            reason = $"function types differ: {actual.Describe()} is not {expected.Describe()}";
            return false;
        }
        for (int i = 0; i < actual.Parameters.Count; i++)
        {
            if (actual.Parameters[i].Label != expected.Parameters[i].Label
                || !actual.Parameters[i].Type.StructurallyEquals(expected.Parameters[i].Type.Substitute(bindings)))
            {
                reason = $"function types differ at parameter `{expected.Parameters[i].Label}`: {actual.Describe()} is not {expected.Describe()}";
                return false;
            }
        }
        if (actual.Result is not null && !actual.Result.StructurallyEquals(expected.Result!.Substitute(bindings)))
        {
            reason = $"function results differ: {actual.Describe()} is not {expected.Describe()}";
            return false;
        }
        return true;
    }

    /// <summary>Core import matching: same sort; functions and tags by signature; tables and memories by limits; globals exactly.</summary>
    public static bool CoreEntityMatches(CoreEntity actual, CoreEntity expected, out string reason)
    {
        reason = "";
        if (actual.Sort != expected.Sort)
        {
            reason = $"expected a {expected.Sort.ToText()}, found a {actual.Sort.ToText()}";
            return false;
        }
        switch (expected.Type)
        {
            case null:
                if (actual.Func is not null && expected.Func is not null && actual.Func.SignatureEquals(expected.Func)) return true;
                reason = $"expected {expected.Describe()}, found {actual.Describe()}";
                return false;
            case CoreMemoryExtern memory when actual.Type is CoreMemoryExtern actualMemory:
                if (memory.Is64 == actualMemory.Is64 && memory.Shared == actualMemory.Shared && LimitsMatch(actualMemory.Limits, memory.Limits)) return true;
                break;
            case CoreTableExtern table when actual.Type is CoreTableExtern actualTable:
                if (table.Element == actualTable.Element && LimitsMatch(actualTable.Limits, table.Limits)) return true;
                break;
            case CoreGlobalExtern global when actual.Type is CoreGlobalExtern actualGlobal:
                if (global == actualGlobal) return true;
                break;
        }
        reason = $"expected {expected.Describe()}, found {actual.Describe()}";
        return false;
    }

    private static bool LimitsMatch(CoreLimits actual, CoreLimits expected) =>
        actual.Minimum >= expected.Minimum && (expected.Maximum is null || (actual.Maximum is ulong max && max <= expected.Maximum));

    private static bool Contains(IReadOnlyCollection<ResourceId> set, ResourceId id)
    {
        foreach (ResourceId item in set) if (item == id) return true;
        return false;
    }

    /// <summary>Collects the resources an item's type refers to.</summary>
    public static void CollectResources(TypeNode type, HashSet<ResourceId> into)
    {
        switch (type)
        {
            case ResourceTypeNode resource: into.Add(resource.Id); break;
            case ValueTypeNode value: value.CollectResources(into); break;
            case FuncTypeNode func:
                foreach (var (_, p) in func.Parameters) p.CollectResources(into);
                func.Result?.CollectResources(into);
                break;
            case InstanceTypeNode instance:
                foreach (ExternEntity export in instance.Exports.Values) CollectResources(export.Type, into);
                break;
            case ComponentTypeNode component:
                foreach (ExternEntity import in component.Imports.Values) CollectResources(import.Type, into);
                foreach (ExternEntity export in component.Exports.Values) CollectResources(export.Type, into);
                break;
        }
    }

    /// <summary>
    /// The resources an item's type refers to from outside: those a component or instance type introduces itself
    /// (abstract inside the type, serial at or above its <c>FreshFrom</c>) are bound there and left out.
    /// </summary>
    public static void CollectFreeResources(TypeNode type, HashSet<ResourceId> into)
    {
        long boundFrom = type switch
        {
            InstanceTypeNode instance => instance.FreshFrom,
            ComponentTypeNode component => component.FreshFrom,
            _ => long.MaxValue,
        };
        if (boundFrom == long.MaxValue)
        {
            CollectResources(type, into);
            return;
        }
        var all = new HashSet<ResourceId>();
        CollectResources(type, all);
        foreach (ResourceId id in all) if (id.Serial < boundFrom) into.Add(id);
    }

    /// <summary>The type with resources replaced through <paramref name="map"/>.</summary>
    public static TypeNode Substitute(TypeNode type, IReadOnlyDictionary<ResourceId, ResourceId> map)
    {
        if (map.Count == 0) return type;
        switch (type)
        {
            case ResourceTypeNode resource:
                return map.TryGetValue(resource.Id, out ResourceId? to) ? new ResourceTypeNode(to, definedHere: false) : type;
            case ValueTypeNode value:
                return value.Substitute(map);
            case FuncTypeNode func:
            {
                var parameters = new (string, ValueTypeNode)[func.Parameters.Count];
                for (int i = 0; i < parameters.Length; i++) parameters[i] = (func.Parameters[i].Label, func.Parameters[i].Type.Substitute(map));
                return new FuncTypeNode(func.IsAsync, parameters, func.Result?.Substitute(map));
            }
            case InstanceTypeNode instance:
                return new InstanceTypeNode(Substitute(instance.Exports, map), instance.FreshFrom);
            case ComponentTypeNode component:
                return new ComponentTypeNode(Substitute(component.Imports, map), Substitute(component.Exports, map), component.ImportedResources, component.FreshFrom);
            default:
                return type;
        }
    }

    private static Dictionary<string, ExternEntity> Substitute(IReadOnlyDictionary<string, ExternEntity> items, IReadOnlyDictionary<ResourceId, ResourceId> map)
    {
        var result = new Dictionary<string, ExternEntity>(items.Count);
        foreach (var (name, entity) in items) result[name] = entity with { Type = Substitute(entity.Type, map) };
        return result;
    }

    /// <summary>
    /// Gives the resources created at or after <paramref name="freshFrom"/> (and not in <paramref name="keep"/>) new
    /// identities: each import of an instance type and each instantiation of a component generates its own resources.
    /// </summary>
    public static TypeNode Freshen(TypeNode type, long freshFrom, IReadOnlyCollection<ResourceId> keep, string origin)
    {
        var used = new HashSet<ResourceId>();
        CollectResources(type, used);
        var map = new Dictionary<ResourceId, ResourceId>();
        foreach (ResourceId id in used)
            if (id.Serial >= freshFrom && !Contains(keep, id)) map[id] = new ResourceId(origin);
        return Substitute(type, map);
    }
}
