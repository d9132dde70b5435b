using System.Collections.Generic;
using WitSharp.Components.Model;
using WitSharp.Components.Validation.Types;

namespace WitSharp.Components.Validation;

/// <summary>Validates the declarators of component, instance and core module types, each in a fresh scope.</summary>
internal static class DeclaratorChecker
{
    public static ComponentTypeNode CheckComponentType(Scope parent, ComponentType type, int offset)
    {
        var scope = new Scope(ScopeKind.ComponentType, parent, new ResourceId("scope marker").Serial);
        foreach (Definition declaration in type.Declarations) Declare(scope, declaration);
        return new ComponentTypeNode(scope.Imports, scope.Exports, scope.ImportedResources, scope.FreshFrom);
    }

    public static InstanceTypeNode CheckInstanceType(Scope parent, InstanceType type, int offset)
    {
        var scope = new Scope(ScopeKind.InstanceType, parent, new ResourceId("scope marker").Serial);
        foreach (Definition declaration in type.Declarations) Declare(scope, declaration);
        return new InstanceTypeNode(scope.Exports, scope.FreshFrom);
    }

    private static void Declare(Scope scope, Definition declaration)
    {
        int offset = declaration.Offset;
        switch (declaration)
        {
            case CoreTypeDefinition coreType:
                AddCoreType(scope, coreType);
                break;
            case TypeDefinition typeDefinition:
                scope.Types.Add(TypeResolver.ResolveDefinedType(scope, typeDefinition.Type, offset));
                break;
            case AliasDefinition alias:
                AliasResolver.Apply(scope, alias, isDeclarator: true);
                break;
            case ImportDefinition import:
            {
                ExternEntity entity = TypeResolver.ResolveExternType(scope, import.Type, offset, $"import `{import.Name}`");
                NameChecker.Declare(scope, import.Name, entity, offset, isImport: true);
                break;
            }
            case ExportDeclaration export:
            {
                ExternEntity entity = TypeResolver.ResolveExternType(scope, export.Type, offset, $"export `{export.Name}`");
                NameChecker.Declare(scope, export.Name, entity, offset, isImport: false);
                break;
            }
            default:
                throw TypeResolver.Fail(ValidationRules.TypeDefinition, offset, $"{declaration.GetType().Name} is not allowed in a type declaration");
        }
    }

    /// <summary>Adds a core type definition's types (a function type, a module type, or each member of a GC group).</summary>
    public static void AddCoreType(Scope scope, CoreTypeDefinition definition)
    {
        switch (definition.Type)
        {
            case CoreFuncType func:
                scope.CoreTypes.Add(new CoreFuncTypeNode(func));
                break;
            case CoreModuleType module:
                if (scope.Kind == ScopeKind.ModuleType)
                    throw TypeResolver.Fail(ValidationRules.TypeDefinition, definition.Offset, "a module type may not define a module type");
                scope.CoreTypes.Add(CheckModuleType(scope, module, definition.Offset));
                break;
            case CoreRecursiveGroup group:
                foreach (CoreSubType member in group.Types)
                    scope.CoreTypes.Add(member.Composite is CoreFuncType f ? new CoreFuncTypeNode(f) : new OpaqueCoreTypeNode(member.Composite));
                break;
            default:
                scope.CoreTypes.Add(new OpaqueCoreTypeNode(definition.Type));
                break;
        }
    }

    private static ModuleTypeNode CheckModuleType(Scope parent, CoreModuleType type, int offset)
    {
        var scope = new Scope(ScopeKind.ModuleType, parent, new ResourceId("scope marker").Serial);
        var imports = new List<(string, string, CoreEntity)>();
        var importKeys = new HashSet<(string, string)>();
        var exports = new Dictionary<string, CoreEntity>();
        foreach (Definition declaration in type.Declarations)
        {
            switch (declaration)
            {
                case CoreTypeDefinition coreType:
                    AddCoreType(scope, coreType);
                    break;
                case OuterAlias alias:
                    AliasResolver.Apply(scope, alias, isDeclarator: true);
                    if (scope.CoreTypes[^1] is ModuleTypeNode)
                        throw TypeResolver.Fail(ValidationRules.OuterAlias, alias.Offset, "a module type may not alias a module type");
                    break;
                case CoreImportDeclaration import:
                    if (!importKeys.Add((import.Module, import.Name)))
                        throw TypeResolver.Fail(ValidationRules.Name, import.Offset, $"duplicate import `{import.Module}` `{import.Name}` in a module type");
                    imports.Add((import.Module, import.Name, ResolveCoreExtern(scope, import.Type, import.Offset)));
                    break;
                case CoreExportDeclaration export:
                    if (exports.ContainsKey(export.Name))
                        throw TypeResolver.Fail(ValidationRules.Name, export.Offset, $"duplicate export `{export.Name}` in a module type");
                    exports[export.Name] = ResolveCoreExtern(scope, export.Type, export.Offset);
                    break;
            }
        }
        return new ModuleTypeNode(imports, exports);
    }

    /// <summary>A core extern type with its function type index resolved in <paramref name="scope"/>'s core types.</summary>
    public static CoreEntity ResolveCoreExtern(Scope scope, CoreExternType type, int offset)
    {
        switch (type)
        {
            case CoreFuncExtern func:
                return new CoreEntity(Sort.CoreFunc, CoreFuncAt(scope.CoreTypes, func.TypeIndex, offset), null);
            case CoreTagExtern tag:
                return new CoreEntity(Sort.CoreTag, CoreFuncAt(scope.CoreTypes, tag.TypeIndex, offset), null);
            default:
                return new CoreEntity(type.Sort, null, type);
        }
    }

    /// <summary>The core function type at <paramref name="index"/> of a core type list.</summary>
    public static CoreFuncType CoreFuncAt(IReadOnlyList<TypeNode> types, uint index, int offset)
    {
        if (index >= (uint)types.Count)
            throw TypeResolver.Fail(ValidationRules.IndexSpace, offset, $"core type index {index} is out of bounds ({types.Count} core types)");
        if (types[(int)index] is not CoreFuncTypeNode func)
            throw TypeResolver.Fail(ValidationRules.IndexSpace, offset, $"core type {index} is {types[(int)index].Describe()}, not a function type");
        return func.Type;
    }
}
