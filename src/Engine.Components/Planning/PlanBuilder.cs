using System;
using System.Collections.Generic;
using WitSharp.Components.Model;
using WitSharp.Engine.Components.Engines;
using WitSharp.Runtime;
using WitSharp.WitParser.Abi;
using WitSharp.WitParser.Resolution;
using CanonicalOptions = WitSharp.Runtime.CanonicalOptions;

namespace WitSharp.Engine.Components.Planning;

/// <summary>
/// Plans the instantiation of a component: walks its definitions in order (and those of every nested component it
/// instantiates), keeping each index space as static values, compiling core modules once, and recording the steps that
/// create runtime objects. Host imports become <see cref="HostImport"/>s that <c>Linking.ImportResolver</c> binds later.
/// </summary>
internal sealed class PlanBuilder
{
    private readonly CoreEngine _engine;
    private readonly ComponentPlan _plan;
    private readonly TypeConverter _types;
    private readonly HostImportReader _hostImports;
    private readonly Dictionary<CoreModuleDefinition, ModuleValue> _modules = new(ReferenceEqualityComparer.Instance);

    private PlanBuilder(CoreEngine engine)
    {
        _engine = engine;
        var resolve = new WitResolve();
        _plan = new ComponentPlan(resolve, new CanonicalTypeBuilder(new CanonicalLayout(resolve)));
        _types = new TypeConverter(_plan);
        _hostImports = new HostImportReader(_plan, _types);
    }

    /// <summary>Plans <paramref name="root"/>, compiling its core modules with <paramref name="engine"/>.</summary>
    /// <exception cref="ComponentNotSupportedException">The component uses a feature this runtime does not run, or is malformed in a way validation did not catch.</exception>
    /// <exception cref="WasmException">A core module is malformed or invalid.</exception>
    public static ComponentPlan Build(CoreEngine engine, ComponentDefinition root)
    {
        var builder = new PlanBuilder(engine);
        InstanceValue exports = builder.BuildNode(root, null, -1, builder._hostImports.Read);
        ComponentPlan plan = builder._plan;
        plan.Exports = new ExportIndex(exports, plan.Lifted.Count, plan.Resources);
        NameExports(exports, "");
        return plan;
    }

    // Lifted functions are named after the export that reaches them first, for messages.
    private static void NameExports(InstanceValue instance, string prefix)
    {
        foreach (KeyValuePair<string, object> item in instance.Items)
        {
            if (item.Value is LiftedFunction function && function.Name.StartsWith("func ", StringComparison.Ordinal)) function.Name = prefix + item.Key;
            else if (item.Value is InstanceValue nested && prefix.Length == 0) NameExports(nested, item.Key + "#");
        }
    }

    private InstanceValue BuildNode(ComponentDefinition definition, PlanScope? outer, int parent, Func<ImportDefinition, PlanScope, object?> importValue)
    {
        if (_plan.NodeParents.Count >= ComponentPlan.MaxNodes)
        {
            throw PlanException.At(definition.Offset, "instantiating it creates more than " + ComponentPlan.MaxNodes + " component instances");
        }
        int node = _plan.NodeParents.Count;
        _plan.NodeParents.Add(parent);
        _plan.NodeResources.Add(new List<int>());
        var scope = new PlanScope(outer, node);
        var exports = new InstanceValue();
        foreach (Definition item in definition.Definitions) Define(item, scope, exports, importValue);
        return exports;
    }

    private void Define(Definition definition, PlanScope scope, InstanceValue exports, Func<ImportDefinition, PlanScope, object?> importValue)
    {
        int offset = definition.Offset;
        switch (definition)
        {
            case CoreModuleDefinition module:
                scope.Add(Sort.CoreModule, Module(module));
                break;
            case CoreInstantiation instantiation:
                scope.Add(Sort.CoreInstance, InstantiateModule(instantiation, scope));
                break;
            case CoreInlineExportInstance bundle:
                scope.Add(Sort.CoreInstance, Bundle(bundle, scope));
                break;
            case CoreTypeDefinition coreType:
                for (int i = 0; i < coreType.IndexCount; i++) scope.Add(Sort.CoreType, OpaqueTypeValue.Instance);
                break;
            case TypeDefinition { Type: ResourceType resource }:
                scope.Add(Sort.Type, new ResourceValue(DefineResource(resource, scope, offset)));
                break;
            case TypeDefinition type:
                scope.Add(Sort.Type, _types.Convert(type.Type, scope, offset));
                break;
            case CoreExportAlias alias:
                scope.Add(alias.Sort, CoreExport(scope.Get<CoreInstanceValue>(Sort.CoreInstance, alias.CoreInstanceIndex, offset), alias.Name, alias.Sort, offset));
                break;
            case ExportAlias alias:
            {
                InstanceValue instance = scope.Get<InstanceValue>(Sort.Instance, alias.InstanceIndex, offset);
                if (!instance.Items.TryGetValue(alias.Name, out object? item)) throw PlanException.At(offset, "instance " + alias.InstanceIndex + " has no export '" + alias.Name + "'");
                scope.Add(alias.Sort, item);
                break;
            }
            case OuterAlias alias:
                scope.Add(alias.Sort, scope.OuterAt(alias.Count, offset).Get(alias.Sort, alias.Index, offset));
                break;
            case ImportDefinition import:
                scope.Add(import.Type.Sort, importValue(import, scope) ?? throw PlanException.At(offset, "import '" + import.Name.Name + "' has no value"));
                break;
            case CanonLift lift:
                scope.Add(Sort.Func, Lift(lift, scope));
                break;
            case CanonLower lower:
                scope.Add(Sort.CoreFunc, Lower(lower, scope));
                break;
            case CanonResourceNew resourceNew:
                scope.Add(Sort.CoreFunc, Builtin(ResourceBuiltin.New, resourceNew.TypeIndex, scope, offset));
                break;
            case CanonResourceDrop resourceDrop:
                scope.Add(Sort.CoreFunc, Builtin(ResourceBuiltin.Drop, resourceDrop.TypeIndex, scope, offset));
                break;
            case CanonResourceRep resourceRep:
                scope.Add(Sort.CoreFunc, Builtin(ResourceBuiltin.Rep, resourceRep.TypeIndex, scope, offset));
                break;
            case CanonUnsupportedBuiltin builtin:
                throw PlanException.Unsupported(offset, "canon " + builtin.Name);
            case NestedComponentDefinition nested:
                scope.Add(Sort.Component, new ComponentValue(nested.Component, scope));
                break;
            case ComponentInstantiation instantiation:
                scope.Add(Sort.Instance, InstantiateComponent(instantiation, scope));
                break;
            case InlineExportInstance bundle:
            {
                var instance = new InstanceValue();
                foreach (InlineExport export in bundle.Exports) instance.Items[export.Name.Name] = scope.Get(export.Item, offset) ?? throw PlanException.At(offset, "export '" + export.Name.Name + "' has no value");
                scope.Add(Sort.Instance, instance);
                break;
            }
            case ExportDefinition export:
            {
                object value = scope.Get(export.Item, offset) ?? throw PlanException.At(offset, "export '" + export.Name.Name + "' has no value");
                exports.Items[export.Name.Name] = value;
                // An export is also a new index of its sort.
                scope.Add(export.Item.Sort, value);
                break;
            }
            case StartDefinition:
                throw PlanException.Unsupported(offset, "a component start function");
            case ValueDefinition:
                throw PlanException.Unsupported(offset, "a component value");
            default:
                throw PlanException.Unsupported(offset, "definition " + definition.GetType().Name);
        }
    }

    private ModuleValue Module(CoreModuleDefinition definition)
    {
        if (!_modules.TryGetValue(definition, out ModuleValue? module))
        {
            module = new ModuleValue(_plan.Modules.Count, _engine.Compile(definition.Bytes));
            _plan.Modules.Add(module.Module);
            _modules.Add(definition, module);
        }
        return module;
    }

    private InstantiatedCoreInstance InstantiateModule(CoreInstantiation instantiation, PlanScope scope)
    {
        int offset = instantiation.Offset;
        ModuleValue module = scope.Get<ModuleValue>(Sort.CoreModule, instantiation.ModuleIndex, offset);
        var arguments = new Dictionary<string, CoreInstanceValue>(StringComparer.Ordinal);
        foreach (CoreInstantiateArgument argument in instantiation.Arguments)
        {
            arguments[argument.Name] = scope.Get<CoreInstanceValue>(argument.Item.Sort, argument.Item.Index, offset);
        }
        IReadOnlyList<CoreModuleImport> imports = module.Module.Imports;
        var slots = new int[imports.Count];
        for (int i = 0; i < slots.Length; i++)
        {
            CoreModuleImport import = imports[i];
            if (!arguments.TryGetValue(import.Module, out CoreInstanceValue? argument))
            {
                throw PlanException.At(offset, "core module import " + import.Module + "::" + import.Name + " has no instantiation argument named '" + import.Module + "'");
            }
            slots[i] = CoreExport(argument, import.Name, SortOf(import.Kind), offset);
        }
        int slot = _plan.NewSlot();
        _plan.Steps.Add(new InstantiateModuleStep(slot, module.Index, slots, "core module " + module.Index));
        return new InstantiatedCoreInstance(slot, module.Module);
    }

    private static Sort SortOf(CoreExternKind kind) => kind switch
    {
        CoreExternKind.Function => Sort.CoreFunc,
        CoreExternKind.Table => Sort.CoreTable,
        CoreExternKind.Memory => Sort.CoreMemory,
        _ => Sort.CoreGlobal,
    };

    private BundledCoreInstance Bundle(CoreInlineExportInstance bundle, PlanScope scope)
    {
        var items = new Dictionary<string, CoreItem>(StringComparer.Ordinal);
        foreach (CoreInlineExport export in bundle.Exports)
        {
            items[export.Name] = new CoreItem(export.Item.Sort, scope.Slot(export.Item.Sort, export.Item.Index, bundle.Offset));
        }
        return new BundledCoreInstance(items);
    }

    /// <summary>The slot of export <paramref name="name"/> (of <paramref name="sort"/>) of a core instance.</summary>
    private int CoreExport(CoreInstanceValue instance, string name, Sort sort, int offset)
    {
        switch (instance)
        {
            case BundledCoreInstance bundle:
                if (!bundle.Items.TryGetValue(name, out CoreItem item)) throw PlanException.At(offset, "core instance exports no '" + name + "'");
                if (item.Sort != sort) throw PlanException.At(offset, "core export '" + name + "' is a " + item.Sort.ToText() + ", not a " + sort.ToText());
                return item.Slot;
            case InstantiatedCoreInstance instantiated:
            {
                CoreModuleExport? export = null;
                foreach (CoreModuleExport candidate in instantiated.Module.Exports)
                {
                    if (candidate.Name == name) export = candidate;
                }
                if (export is null) throw PlanException.At(offset, "core module exports no '" + name + "'");
                if (SortOf(export.Kind) != sort) throw PlanException.At(offset, "core export '" + name + "' is a " + SortOf(export.Kind).ToText() + ", not a " + sort.ToText());
                if (!instantiated.ExportSlots.TryGetValue(name, out int slot))
                {
                    slot = _plan.NewSlot();
                    _plan.Steps.Add(new CoreExportStep(slot, instantiated.Slot, name, export.Kind));
                    instantiated.ExportSlots.Add(name, slot);
                }
                return slot;
            }
            default:
                throw PlanException.At(offset, "not a core instance");
        }
    }

    private ResourceRoot DefineResource(ResourceType resource, PlanScope scope, int offset)
    {
        if (resource.Representation != CoreValType.I32) throw PlanException.Unsupported(offset, "a resource represented as " + resource.Representation);
        int destructor = resource.Destructor is uint index ? scope.Slot(Sort.CoreFunc, index, offset) : -1;
        int id = _types.NewResource("resource");
        var root = new ResourceRoot(id, "resource " + _plan.Resources.Count, scope.Node, destructor, -1);
        _plan.Resources.Add(root);
        _plan.NodeResources[scope.Node].Add(id);
        return root;
    }

    private LiftedFunction Lift(CanonLift lift, PlanScope scope)
    {
        int offset = lift.Offset;
        if (lift.Options.IsAsync || lift.Options.Callback is not null) throw PlanException.Unsupported(offset, "canon lift async");
        FunctionSignature signature = scope.Get(Sort.Type, lift.TypeIndex, offset) is FuncTypeValue type
            ? type.Signature
            : throw PlanException.At(offset, "canon lift type " + lift.TypeIndex + " is not a function type");
        var function = new LiftedFunction(_plan.Lifted.Count, "func " + _plan.Lifted.Count, signature,
            scope.Slot(Sort.CoreFunc, lift.CoreFuncIndex, offset), Options(lift.Options, scope, offset), scope.Node);
        _plan.Lifted.Add(function);
        return function;
    }

    private int Lower(CanonLower lower, PlanScope scope)
    {
        int offset = lower.Offset;
        if (lower.Options.IsAsync) throw PlanException.Unsupported(offset, "canon lower async");
        FuncValue callee = scope.Get<FuncValue>(Sort.Func, lower.FuncIndex, offset);
        string name = callee is HostFunctionValue host ? _plan.HostImports[host.HostImport].DisplayName : callee is LiftedFunction lifted ? lifted.Name : "func " + lower.FuncIndex;
        var site = new LowerSite(_plan.LowerSites.Count, callee, Options(lower.Options, scope, offset), scope.Node, name);
        _plan.LowerSites.Add(site);
        int slot = _plan.NewSlot();
        _plan.Steps.Add(new LowerStep(slot, site.Index));
        return slot;
    }

    private int Builtin(ResourceBuiltin builtin, uint typeIndex, PlanScope scope, int offset)
    {
        ResourceRoot root = scope.Get(Sort.Type, typeIndex, offset) is ResourceValue resource
            ? resource.Root
            : throw PlanException.At(offset, "type " + typeIndex + " is not a resource type");
        if (builtin != ResourceBuiltin.Drop && root.Node != scope.Node)
        {
            throw PlanException.At(offset, "canon resource." + builtin.ToString().ToLowerInvariant() + " needs a resource type the component defines");
        }
        int slot = _plan.NewSlot();
        _plan.Steps.Add(new ResourceBuiltinStep(slot, builtin, root, scope.Node));
        return slot;
    }

    private SiteOptions Options(global::WitSharp.Components.Model.CanonicalOptions options, PlanScope scope, int offset)
    {
        int memory = options.Memory is uint m ? scope.Slot(Sort.CoreMemory, m, offset) : -1;
        int realloc = options.Realloc is uint r ? scope.Slot(Sort.CoreFunc, r, offset) : -1;
        int postReturn = options.PostReturn is uint p ? scope.Slot(Sort.CoreFunc, p, offset) : -1;
        StringEncoding encoding = options.StringEncoding switch
        {
            CanonStringEncoding.Utf16 => StringEncoding.Utf16,
            CanonStringEncoding.Latin1Utf16 => StringEncoding.Latin1Utf16,
            _ => StringEncoding.Utf8,
        };
        return new SiteOptions(memory, realloc, postReturn, new CanonicalOptions(encoding));
    }

    private InstanceValue InstantiateComponent(ComponentInstantiation instantiation, PlanScope scope)
    {
        int offset = instantiation.Offset;
        ComponentValue component = scope.Get<ComponentValue>(Sort.Component, instantiation.ComponentIndex, offset);
        var arguments = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (InstantiateArgument argument in instantiation.Arguments)
        {
            arguments[argument.Name] = scope.Get(argument.Item, offset) ?? throw PlanException.At(offset, "argument '" + argument.Name + "' has no value");
        }
        return BuildNode(component.Definition, component.Outer, scope.Node, (import, _) =>
            arguments.TryGetValue(import.Name.Name, out object? value)
                ? value
                : throw PlanException.At(import.Offset, "nested component import '" + import.Name.Name + "' is not given by its instantiation"));
    }
}
