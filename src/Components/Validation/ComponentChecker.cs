using System;
using System.Collections.Generic;
using WitSharp.Components.Binary;
using WitSharp.Components.Model;
using WitSharp.Components.Validation.Types;

namespace WitSharp.Components.Validation;

/// <summary>Validates the definitions of one component in binary order, building its index spaces; recurses into nested components.</summary>
internal static class ComponentChecker
{
    public static ComponentTypeNode Check(ComponentDefinition component, Scope? parent)
    {
        var scope = new Scope(ScopeKind.Component, parent, new ResourceId("scope marker").Serial);
        foreach (Definition definition in component.Definitions) CheckDefinition(scope, definition);
        return new ComponentTypeNode(scope.Imports, scope.Exports, scope.ImportedResources, scope.FreshFrom);
    }

    private static void CheckDefinition(Scope scope, Definition definition)
    {
        int offset = definition.Offset;
        switch (definition)
        {
            case CoreModuleDefinition module:
                scope.CoreModules.Add(ModuleType(module));
                break;
            case CoreInstantiation instantiation:
                scope.CoreInstances.Add(Instantiate(scope, instantiation));
                break;
            case CoreInlineExportInstance inline:
            {
                var exports = new Dictionary<string, CoreEntity>();
                foreach (CoreInlineExport export in inline.Exports)
                {
                    CoreEntity item = scope.CoreItem(export.Item.Sort, export.Item.Index)
                        ?? throw TypeResolver.Fail(ValidationRules.IndexSpace, offset, $"core export `{export.Name}`: {export.Item} is out of bounds or not a core func, table, memory, global or tag");
                    if (!exports.TryAdd(export.Name, item))
                        throw TypeResolver.Fail(ValidationRules.Name, offset, $"duplicate core export name `{export.Name}`");
                }
                scope.CoreInstances.Add(new CoreInstanceNode(exports));
                break;
            }
            case CoreTypeDefinition coreType:
                DeclaratorChecker.AddCoreType(scope, coreType);
                break;
            case NestedComponentDefinition nested:
                scope.Components.Add(Check(nested.Component, scope));
                break;
            case ComponentInstantiation instantiation:
                scope.Instances.Add(Instantiate(scope, instantiation));
                break;
            case InlineExportInstance inline:
            {
                var exports = new Dictionary<string, ExternEntity>();
                var keys = new Dictionary<string, string>();
                foreach (InlineExport export in inline.Exports)
                {
                    ExternEntity item = Item(scope, export.Item, offset, $"export `{export.Name}`");
                    if (ExternNameSyntax.TryParse(export.Name.Name, out string? error) is null)
                        throw TypeResolver.Fail(ValidationRules.Name, offset, $"instance export name `{export.Name}` is malformed: {error}");
                    string key = ExternNameSyntax.StrongUniquenessKey(export.Name.Name);
                    if (!keys.TryAdd(key, export.Name.Name))
                        throw TypeResolver.Fail(ValidationRules.Name, offset, $"instance export name `{export.Name}` conflicts with `{keys[key]}` (names must be strongly unique)");
                    exports[export.Name.Name] = item;
                }
                scope.Instances.Add(new InstanceTypeNode(exports, long.MaxValue));
                break;
            }
            case AliasDefinition alias:
                AliasResolver.Apply(scope, alias, isDeclarator: false);
                break;
            case TypeDefinition type:
                scope.Types.Add(TypeResolver.ResolveDefinedType(scope, type.Type, offset));
                break;
            case CanonDefinition canon:
                CanonChecker.Check(scope, canon);
                break;
            case StartDefinition start:
                CheckStart(scope, start);
                break;
            case ImportDefinition import:
            {
                ExternEntity entity = TypeResolver.ResolveExternType(scope, import.Type, offset, $"import `{import.Name}`");
                NameChecker.Declare(scope, import.Name, entity, offset, isImport: true);
                break;
            }
            case ExportDefinition export:
            {
                ExternEntity entity = Item(scope, export.Item, offset, $"export `{export.Name}`");
                if (export.AscribedType is ExternType ascribed)
                {
                    ExternEntity declared = TypeResolver.ResolveExternType(scope, ascribed, offset, $"export `{export.Name}`");
                    var bindings = new Dictionary<ResourceId, ResourceId>();
                    var bindable = new List<ResourceId>();
                    if (declared.Type is ResourceTypeNode abstractResource && ascribed.Bound == ExternBound.SubResource) bindable.Add(abstractResource.Id);
                    if (!TypeRelations.IsSubtype(entity, declared, bindings, bindable, out string reason))
                        throw TypeResolver.Fail(ValidationRules.TypeMismatch, offset, $"export `{export.Name}`: the ascribed type is not a supertype of the item's type: {reason}");
                    // An ascribed (sub resource) hides the resource's identity from outside but not inside: keep the item's type.
                }
                NameChecker.Declare(scope, export.Name, entity, offset, isImport: false);
                break;
            }
            case ValueDefinition value:
                scope.Values.Add(TypeResolver.ResolveValType(scope, value.Type, offset));
                break;
            default:
                throw TypeResolver.Fail(ValidationRules.TypeDefinition, offset, $"{definition.GetType().Name} is not allowed in a component");
        }
    }

    private static ModuleTypeNode ModuleType(CoreModuleDefinition module)
    {
        CoreModuleSignature signature;
        try
        {
            signature = CoreModuleSignatureReader.Read(module.Bytes, module.Offset);
        }
        catch (ComponentDecodeException error)
        {
            throw TypeResolver.Fail(ValidationRules.CoreModule, (int)error.Offset, $"the core module at 0x{module.Offset:x} is malformed: expected {error.Expected}, found {error.Found}");
        }
        var types = new List<TypeNode>(signature.Types.Count);
        foreach (CoreDefinedType type in signature.Types)
            types.Add(type is CoreFuncType f ? new CoreFuncTypeNode(f) : new OpaqueCoreTypeNode(type));
        var imports = new List<(string, string, CoreEntity)>(signature.Imports.Count);
        foreach (CoreImportDeclaration import in signature.Imports)
            imports.Add((import.Module, import.Name, ResolveInModule(types, import.Type, import.Offset)));
        var exports = new Dictionary<string, CoreEntity>(signature.Exports.Count);
        foreach (CoreExportDeclaration export in signature.Exports)
        {
            if (!exports.TryAdd(export.Name, ResolveInModule(types, export.Type, export.Offset)))
                throw TypeResolver.Fail(ValidationRules.CoreModule, export.Offset, $"the core module exports `{export.Name}` twice");
        }
        return new ModuleTypeNode(imports, exports);
    }

    private static CoreEntity ResolveInModule(List<TypeNode> types, CoreExternType type, int offset) => type switch
    {
        CoreFuncExtern func => new CoreEntity(Sort.CoreFunc, DeclaratorChecker.CoreFuncAt(types, func.TypeIndex, offset), null),
        CoreTagExtern tag => new CoreEntity(Sort.CoreTag, DeclaratorChecker.CoreFuncAt(types, tag.TypeIndex, offset), null),
        _ => new CoreEntity(type.Sort, null, type),
    };

    private static CoreInstanceNode Instantiate(Scope scope, CoreInstantiation instantiation)
    {
        int offset = instantiation.Offset;
        if (instantiation.ModuleIndex >= (uint)scope.CoreModules.Count)
            throw TypeResolver.Fail(ValidationRules.IndexSpace, offset, $"core module {instantiation.ModuleIndex} is out of bounds ({scope.CoreModules.Count} core modules)");
        ModuleTypeNode module = scope.CoreModules[(int)instantiation.ModuleIndex];
        var arguments = new Dictionary<string, CoreInstanceNode>();
        foreach (CoreInstantiateArgument argument in instantiation.Arguments)
        {
            if (argument.Item.Sort != Sort.CoreInstance)
                throw TypeResolver.Fail(ValidationRules.Instantiation, offset, $"core instantiation argument `{argument.Name}` must be a core instance, not a {argument.Item.Sort.ToText()}");
            if (argument.Item.Index >= (uint)scope.CoreInstances.Count)
                throw TypeResolver.Fail(ValidationRules.IndexSpace, offset, $"core instance {argument.Item.Index} is out of bounds ({scope.CoreInstances.Count} core instances)");
            if (!arguments.TryAdd(argument.Name, scope.CoreInstances[(int)argument.Item.Index]))
                throw TypeResolver.Fail(ValidationRules.Instantiation, offset, $"core instantiation argument `{argument.Name}` is given twice");
        }
        foreach (var (moduleName, name, expected) in module.Imports)
        {
            if (!arguments.TryGetValue(moduleName, out CoreInstanceNode? instance))
                throw TypeResolver.Fail(ValidationRules.Instantiation, offset, $"core module {instantiation.ModuleIndex} imports module `{moduleName}`, but no argument supplies it");
            if (!instance.Exports.TryGetValue(name, out CoreEntity? supplied))
                throw TypeResolver.Fail(ValidationRules.Instantiation, offset, $"core module {instantiation.ModuleIndex} imports `{moduleName}` `{name}`, which the supplied instance does not export");
            if (!TypeRelations.CoreEntityMatches(supplied, expected, out string reason))
                throw TypeResolver.Fail(ValidationRules.TypeMismatch, offset, $"core import `{moduleName}` `{name}`: {reason}");
        }
        return new CoreInstanceNode(module.Exports);
    }

    private static InstanceTypeNode Instantiate(Scope scope, ComponentInstantiation instantiation)
    {
        int offset = instantiation.Offset;
        if (instantiation.ComponentIndex >= (uint)scope.Components.Count)
            throw TypeResolver.Fail(ValidationRules.IndexSpace, offset, $"component {instantiation.ComponentIndex} is out of bounds ({scope.Components.Count} components)");
        ComponentTypeNode component = scope.Components[(int)instantiation.ComponentIndex];
        var arguments = new Dictionary<string, ExternEntity>();
        foreach (InstantiateArgument argument in instantiation.Arguments)
        {
            ExternEntity item = Item(scope, argument.Item, offset, $"argument `{argument.Name}`");
            if (!arguments.TryAdd(argument.Name, item))
                throw TypeResolver.Fail(ValidationRules.Instantiation, offset, $"instantiation argument `{argument.Name}` is given twice");
        }
        // Type imports are substituted as they are supplied, so later imports and the exports see the actual types.
        var bindings = new Dictionary<ResourceId, ResourceId>();
        foreach (var (name, expected) in component.Imports)
        {
            if (!arguments.TryGetValue(name, out ExternEntity? supplied))
                throw TypeResolver.Fail(ValidationRules.Instantiation, offset, $"component {instantiation.ComponentIndex} imports `{name}`, but no argument supplies it");
            if (!TypeRelations.IsSubtype(supplied, expected, bindings, component.ImportedResources, out string reason))
                throw TypeResolver.Fail(ValidationRules.TypeMismatch, offset, $"instantiation argument `{name}`: {reason}");
        }
        var exports = new Dictionary<string, ExternEntity>(component.Exports.Count);
        foreach (var (name, export) in component.Exports) exports[name] = export with { Type = TypeRelations.Substitute(export.Type, bindings) };
        var instance = new InstanceTypeNode(exports, long.MaxValue);
        // Each instantiation generates its own resources: the ones the component created itself and does not import.
        return (InstanceTypeNode)TypeRelations.Freshen(instance, component.FreshFrom, component.ImportedResources, $"an instance of component {instantiation.ComponentIndex}");
    }

    private static ExternEntity Item(Scope scope, SortIndex item, int offset, string what)
    {
        if (item.Sort.IsCore() && item.Sort != Sort.CoreModule)
            throw TypeResolver.Fail(ValidationRules.IndexSpace, offset, $"{what}: a {item.Sort.ToText()} cannot be exported or passed to a component (only core modules of the core sorts)");
        return scope.Entity(item.Sort, item.Index)
            ?? throw TypeResolver.Fail(ValidationRules.IndexSpace, offset, $"{what}: {item.Sort.ToText()} {item.Index} is out of bounds ({scope.Count(item.Sort)} defined)");
    }

    private static void CheckStart(Scope scope, StartDefinition start)
    {
        int offset = start.Offset;
        if (start.FuncIndex >= (uint)scope.Funcs.Count)
            throw TypeResolver.Fail(ValidationRules.IndexSpace, offset, $"start function {start.FuncIndex} is out of bounds");
        FuncTypeNode func = scope.Funcs[(int)start.FuncIndex];
        if (func.Parameters.Count != start.Arguments.Count)
            throw TypeResolver.Fail(ValidationRules.TypeMismatch, offset, $"start function takes {func.Parameters.Count} arguments, {start.Arguments.Count} given");
        for (int i = 0; i < start.Arguments.Count; i++)
        {
            uint value = start.Arguments[i];
            if (value >= (uint)scope.Values.Count)
                throw TypeResolver.Fail(ValidationRules.IndexSpace, offset, $"start argument value {value} is out of bounds");
            if (!scope.Values[(int)value].StructurallyEquals(func.Parameters[i].Type))
                throw TypeResolver.Fail(ValidationRules.TypeMismatch, offset, $"start argument {i} has type {scope.Values[(int)value].Describe()}, not {func.Parameters[i].Type.Describe()}");
        }
        uint results = func.Result is null ? 0u : 1u;
        if (start.ResultCount != results)
            throw TypeResolver.Fail(ValidationRules.TypeMismatch, offset, $"start function returns {results} values, {start.ResultCount} declared");
        if (func.Result is not null) scope.Values.Add(func.Result);
    }
}
