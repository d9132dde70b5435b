using System.Collections.Generic;
using WitSharp.Components.Model;
using WitSharp.Components.Validation.Types;

namespace WitSharp.Components.Validation;

/// <summary>
/// Checks an import or export name (well-formedness, strong uniqueness, attributes, and the <c>[constructor]</c>/
/// <c>[method]</c>/<c>[static]</c> rules of Binary.md) and records the item in its scope.
/// </summary>
internal static class NameChecker
{
    public static void Declare(Scope scope, ExternName name, ExternEntity entity, int offset, bool isImport)
    {
        string what = isImport ? "import" : "export";
        ParsedExternName parsed = ExternNameSyntax.TryParse(name.Name, out string? error)
            ?? throw TypeResolver.Fail(ValidationRules.Name, offset, $"{what} name `{name.Name}` is malformed: {error}");
        Dictionary<string, string> keys = isImport ? scope.ImportKeys : scope.ExportKeys;
        string key = ExternNameSyntax.StrongUniquenessKey(name.Name);
        if (keys.TryGetValue(key, out string? previous))
            throw TypeResolver.Fail(ValidationRules.Name, offset, $"{what} name `{name.Name}` conflicts with previous name `{previous}` (names must be strongly unique)");
        CheckAttributes(name, parsed, entity, offset);
        Dictionary<string, ResourceId> resources = isImport ? scope.ImportedResourceNames : scope.ExportedResourceNames;
        CheckAnnotation(parsed, name.Name, entity, resources, offset);

        if (entity.Type is ResourceTypeNode resource && entity.Kind == ExternKind.Type)
        {
            if (parsed.Kind == ExternNameKind.Label) resources[parsed.Label] = resource.Id;
            if (isImport && !resource.DefinedHere) scope.ImportedResources.Add(resource.Id);
            scope.NamedResources.Add(resource.Id);
        }
        if (!isImport) CheckVisibility(scope, name.Name, entity, offset);
        var used = new HashSet<ResourceId>();
        TypeRelations.CollectFreeResources(entity.Type, used);
        scope.NamedResources.UnionWith(used);
        if (isImport && entity.Kind == ExternKind.Instance)
            foreach (ResourceId id in used) if (!scope.ImportedResources.Contains(id)) scope.ImportedResources.Add(id);

        keys[key] = name.Name;
        (isImport ? scope.Imports : scope.Exports)[name.Name] = entity;
        scope.Add(entity);
    }

    private static void CheckAttributes(ExternName name, ParsedExternName parsed, ExternEntity entity, int offset)
    {
        var seen = new HashSet<ExternNameAttributeKind>();
        foreach (ExternNameAttribute attribute in name.Attributes)
        {
            if (!seen.Add(attribute.Kind))
                throw TypeResolver.Fail(ValidationRules.Name, offset, $"`{name.Name}` has the {attribute.Kind} attribute more than once");
            switch (attribute.Kind)
            {
                case ExternNameAttributeKind.Implements:
                    if (entity.Kind != ExternKind.Instance || parsed.Kind != ExternNameKind.Label)
                        throw TypeResolver.Fail(ValidationRules.Name, offset, $"`implements` is only allowed on instances with a plain name, not on `{name.Name}` ({entity.Sort.ToText()})");
                    if (ExternNameSyntax.TryParse(attribute.Value, out _) is not { Kind: ExternNameKind.Interface })
                        throw TypeResolver.Fail(ValidationRules.Name, offset, $"`implements \"{attribute.Value}\"` does not name an interface `ns:pkg/iface`");
                    break;
                case ExternNameAttributeKind.VersionSuffix:
                    if (parsed.Kind != ExternNameKind.Interface || parsed.Version is null || !ExternNameSyntax.IsCanonVersion(parsed.Version))
                        throw TypeResolver.Fail(ValidationRules.Name, offset, $"`versionsuffix` requires an interface name with a canonical version, not `{name.Name}`");
                    if (!ExternNameSyntax.IsSemver(parsed.Version + attribute.Value))
                        throw TypeResolver.Fail(ValidationRules.Name, offset, $"`{parsed.Version}` + versionsuffix `{attribute.Value}` is not a valid semantic version");
                    break;
            }
        }
    }

    private static void CheckAnnotation(ParsedExternName parsed, string name, ExternEntity entity, Dictionary<string, ResourceId> resources, int offset)
    {
        if (parsed.Kind is not (ExternNameKind.Constructor or ExternNameKind.Method or ExternNameKind.Static)) return;
        if (entity.Type is not FuncTypeNode func || entity.Kind != ExternKind.Func)
            throw TypeResolver.Fail(ValidationRules.Name, offset, $"`{name}` is annotated as a resource function but is a {entity.Sort.ToText()}");
        if (!resources.TryGetValue(parsed.Resource!, out ResourceId? resource))
            throw TypeResolver.Fail(ValidationRules.Name, offset, $"`{name}` refers to resource `{parsed.Resource}`, which no preceding import or export of this scope names");
        switch (parsed.Kind)
        {
            case ExternNameKind.Constructor:
            {
                ValueTypeNode? result = func.Result;
                bool ok = result is { Kind: ValueKind.Own } && result.Resource == resource
                    || result is { Kind: ValueKind.Result } && result.Children[0] is { Kind: ValueKind.Own } own && own.Resource == resource;
                if (!ok)
                    throw TypeResolver.Fail(ValidationRules.Name, offset, $"constructor `{name}` must return own<{parsed.Resource}> or result<own<{parsed.Resource}>, E>, not {result?.Describe() ?? "nothing"}");
                break;
            }
            case ExternNameKind.Method:
                if (func.Parameters.Count == 0 || func.Parameters[0].Label != "self"
                    || func.Parameters[0].Type is not { Kind: ValueKind.Borrow } self || self.Resource != resource)
                    throw TypeResolver.Fail(ValidationRules.Name, offset, $"method `{name}` must take `self: borrow<{parsed.Resource}>` first");
                break;
        }
    }

    private static void CheckVisibility(Scope scope, string name, ExternEntity entity, int offset)
    {
        if (entity.Kind == ExternKind.Type && entity.Type is ResourceTypeNode) return;
        var used = new HashSet<ResourceId>();
        TypeRelations.CollectFreeResources(entity.Type, used);
        // An exported instance introduces the resource types it exports itself.
        var introduced = new HashSet<ResourceId>();
        if (entity.Type is InstanceTypeNode instance)
            foreach (ExternEntity export in instance.Exports.Values)
                if (export.Type is ResourceTypeNode resource) introduced.Add(resource.Id);
        foreach (ResourceId id in used)
        {
            if (!scope.NamedResources.Contains(id) && !introduced.Contains(id))
                throw TypeResolver.Fail(ValidationRules.ExportVisibility, offset, $"export `{name}` uses {id}, which no preceding import or export introduces (export the resource type first)");
        }
    }
}
