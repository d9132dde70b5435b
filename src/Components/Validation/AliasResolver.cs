using WitSharp.Components.Model;
using WitSharp.Components.Validation.Types;

namespace WitSharp.Components.Validation;

/// <summary>Validates aliases (export, core export, outer) and adds the aliased item to its index space.</summary>
internal static class AliasResolver
{
    public static void Apply(Scope scope, AliasDefinition alias, bool isDeclarator)
    {
        int offset = alias.Offset;
        switch (alias)
        {
            case ExportAlias export:
            {
                if (isDeclarator && export.Sort is not (Sort.Instance or Sort.Type))
                    throw TypeResolver.Fail(ValidationRules.Alias, offset, $"an export alias in a type declaration may only alias instances and types, not a {export.Sort.ToText()}");
                if (export.InstanceIndex >= (uint)scope.Instances.Count)
                    throw TypeResolver.Fail(ValidationRules.IndexSpace, offset, $"instance {export.InstanceIndex} is out of bounds ({scope.Instances.Count} instances)");
                InstanceTypeNode instance = scope.Instances[(int)export.InstanceIndex];
                if (!instance.Exports.TryGetValue(export.Name, out ExternEntity? entity))
                    throw TypeResolver.Fail(ValidationRules.Alias, offset, $"instance {export.InstanceIndex} has no export named `{export.Name}`");
                if (entity.Sort != export.Sort)
                    throw TypeResolver.Fail(ValidationRules.Alias, offset, $"export `{export.Name}` of instance {export.InstanceIndex} is a {entity.Sort.ToText()}, not a {export.Sort.ToText()}");
                scope.Add(entity);
                break;
            }
            case CoreExportAlias coreExport:
            {
                if (isDeclarator)
                    throw TypeResolver.Fail(ValidationRules.Alias, offset, "core export aliases are not allowed in type declarations");
                if (coreExport.CoreInstanceIndex >= (uint)scope.CoreInstances.Count)
                    throw TypeResolver.Fail(ValidationRules.IndexSpace, offset, $"core instance {coreExport.CoreInstanceIndex} is out of bounds ({scope.CoreInstances.Count} core instances)");
                CoreInstanceNode instance = scope.CoreInstances[(int)coreExport.CoreInstanceIndex];
                if (!instance.Exports.TryGetValue(coreExport.Name, out CoreEntity? entity))
                    throw TypeResolver.Fail(ValidationRules.Alias, offset, $"core instance {coreExport.CoreInstanceIndex} has no export named `{coreExport.Name}`");
                if (entity.Sort != coreExport.Sort)
                    throw TypeResolver.Fail(ValidationRules.Alias, offset, $"export `{coreExport.Name}` of core instance {coreExport.CoreInstanceIndex} is a {entity.Sort.ToText()}, not a {coreExport.Sort.ToText()}");
                scope.Core(entity.Sort).Add(entity);
                break;
            }
            case OuterAlias outer:
                ApplyOuter(scope, outer, isDeclarator);
                break;
        }
    }

    private static void ApplyOuter(Scope scope, OuterAlias alias, bool isDeclarator)
    {
        int offset = alias.Offset;
        bool allowed = isDeclarator
            ? alias.Sort is Sort.Type or Sort.CoreType
            : alias.Sort is Sort.Type or Sort.CoreType or Sort.Component or Sort.CoreModule;
        if (!allowed)
            throw TypeResolver.Fail(ValidationRules.OuterAlias, offset, $"outer aliases may not alias a {alias.Sort.ToText()} here (only types{(isDeclarator ? " and core types" : ", core types, components and core modules")})");
        Scope target = scope;
        bool crossesComponent = false;
        for (uint i = 0; i < alias.Count; i++)
        {
            if (target.Parent is null)
                throw TypeResolver.Fail(ValidationRules.OuterAlias, offset, $"outer alias count {alias.Count} is more than the {i} enclosing scopes");
            crossesComponent |= target.Kind == ScopeKind.Component;
            target = target.Parent;
        }
        if (alias.Index >= (uint)target.Count(alias.Sort))
            throw TypeResolver.Fail(ValidationRules.IndexSpace, offset, $"outer alias index {alias.Index} is out of bounds ({target.Count(alias.Sort)} {alias.Sort.ToText()}s in the target scope)");
        int index = (int)alias.Index;
        switch (alias.Sort)
        {
            case Sort.Type:
            {
                TypeNode type = target.Types[index];
                if (crossesComponent)
                {
                    var resources = new System.Collections.Generic.HashSet<ResourceId>();
                    TypeRelations.CollectFreeResources(type, resources);
                    if (resources.Count > 0)
                        throw TypeResolver.Fail(ValidationRules.OuterAlias, offset, $"an outer alias across a component boundary may not refer to a resource type ({type.Describe()})");
                }
                scope.Types.Add(type);
                break;
            }
            case Sort.CoreType:
                scope.CoreTypes.Add(target.CoreTypes[index]);
                break;
            case Sort.Component:
                scope.Components.Add(target.Components[index]);
                break;
            default:
                scope.CoreModules.Add(target.CoreModules[index]);
                break;
        }
    }
}
